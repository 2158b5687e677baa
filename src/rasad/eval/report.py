"""Printing evaluation results: the per-field table and, on request, every miss explained."""
from __future__ import annotations

from rasad.eval.scorer import ArticleResult, field_checks


def table(summary: dict) -> str:
    ev, q, f = summary["events"], summary["quotes"], summary["fields"]
    lines = [
        f"articles: {summary['articles']}",
        "",
        f"{'measure':<28}{'value':>8}   detail",
        f"{'-' * 60}",
        f"{'event precision':<28}{ev['precision']:>8.3f}   {ev['matched']} of {ev['system']} system events",
        f"{'event recall':<28}{ev['recall']:>8.3f}   {ev['matched']} of {ev['gold']} gold events",
        f"{'event F1':<28}{ev['f1']:>8.3f}",
        f"{'strict recall':<28}{summary['strict_recall']:>8.3f}   actor1, actor2, location and date all right",
        "",
        "on matched events (accuracy):",
    ]
    for name in ("sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities"):
        lines.append(f"  {name:<26}{f[name]:>8.3f}")
    lines.append(f"  {'admin1':<26}{f['admin1']:>8.3f}   over {summary['admin1_checked']} gold events matched on type and date")
    lines += [
        "",
        f"{'quote precision':<28}{q['precision']:>8.3f}   {q['matched']} of {q['system']} system quotes",
        f"{'quote recall':<28}{q['recall']:>8.3f}   {q['matched']} of {q['gold']} gold quotes",
        f"{'quote F1':<28}{q['f1']:>8.3f}",
        f"{'quote speaker':<28}{q['speaker']:>8.3f}",
        f"{'quote via':<28}{q['via']:>8.3f}",
    ]
    return "\n".join(lines)


def _sentence(text: str, sub: str | None) -> str:
    from rasad.lang.ar import split_sentences

    if not sub:
        return ""
    i = text.find(sub)
    if i < 0:
        return sub
    for s, e in split_sentences(text):
        if s <= i < e:
            return text[s:e]
    return sub


def details(results: list[ArticleResult]) -> str:
    out = []
    for r in results:
        matched_g = {g for g, _ in r.pairs}
        matched_s = {s for _, s in r.pairs}
        block = []
        for gi, g in enumerate(r.gold_events):
            if gi in matched_g:
                continue
            block.append(f"  MISSED   {g.get('plover')} {g.get('event_date')} p{g.get('time_precision')} "
                         f"admin1={g.get('admin1')} actor1={g.get('actor1')} location={g.get('location')}\n"
                         f"           | {_sentence(r.text, g.get('evidence'))}")
        for si, s in enumerate(r.sys_events):
            if si in matched_s:
                continue
            loc = s.get("location") or {}
            block.append(f"  SPURIOUS {s.get('plover')} {s.get('event_date')} p{s.get('time_precision')} "
                         f"admin1={loc.get('admin1')} rule={s.get('provenance', {}).get('rule')}\n"
                         f"           {s.get('notes')}\n"
                         f"           | {(s.get('evidence') or {}).get('text', '')}")
        for gi, si in r.pairs:
            g, s = r.gold_events[gi], r.sys_events[si]
            wrong = [k for k, ok in field_checks(g, s).items() if not ok]
            if wrong:
                loc = s.get("location") or {}
                sysval = {"sub_event_type": s.get("acled_sub_event_type"),
                          "actor1": (s.get("actor1") or {}).get("mention"),
                          "actor2": (s.get("actor2") or {}).get("mention"),
                          "location": loc.get("mention"), "event_date": s.get("event_date"),
                          "fatalities": s.get("fatalities")}
                goldval = {"sub_event_type": g.get("acled_sub_event_type"), "actor1": g.get("actor1"),
                           "actor2": g.get("actor2"), "location": g.get("location"),
                           "event_date": g.get("event_date"), "fatalities": g.get("fatalities")}
                diffs = "; ".join(f"{k}: gold={goldval[k]!r} system={sysval[k]!r}" for k in wrong)
                block.append(f"  FIELDS   {g.get('plover')} | {diffs}\n"
                             f"           | {_sentence(r.text, g.get('evidence'))}")
        qm_g = {g for g, _ in r.quote_pairs}
        qm_s = {s for _, s in r.quote_pairs}
        for gi, q in enumerate(r.gold_quotes):
            if gi not in qm_g:
                block.append(f"  MISSED QUOTE   {q.get('speaker')}: {q.get('text')}")
        for si, q in enumerate(r.sys_quotes):
            if si not in qm_s:
                block.append(f"  SPURIOUS QUOTE {q['speaker'].get('mention')}: {q.get('text', '')[:80]}")
        if block:
            out.append(f"== {r.article_id}\n" + "\n".join(block))
    return "\n".join(out)
