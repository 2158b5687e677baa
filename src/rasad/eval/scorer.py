"""Scoring exactly as ../shared/spec/annotation-guide.md defines it.

Events: a system and a gold event of one article are a candidate pair when their PLOVER
types are equal, their admin1 agree (or gold admin1 is null) and their dates are
compatible (|difference| within the tolerance of the coarser precision: 1 day, 7 days,
31 days). Pairs are matched one to one, preferring pairs whose evidence sentences
overlap. Field accuracies are computed on matched pairs.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from rasad.eval.gold import GoldArticle
from rasad.eval.normalize import content_words, mentions_match, normalized_text

TOLERANCE = {1: 1, 2: 7, 3: 31}
_ADMIN1_SPELLINGS = {"ninewa": "nineveh", "ninawa": "nineveh", "dahuk": "duhok", "dohuk": "duhok",
                     "thi qar": "dhi qar", "salahuddin": "salah al-din", "salah ad-din": "salah al-din",
                     "saladin": "salah al-din", "sulaimaniyah": "sulaymaniyah", "sulaymaniya": "sulaymaniyah",
                     "al-sulaymaniyah": "sulaymaniyah", "arbil": "erbil", "babylon": "babil", "kerbala": "karbala",
                     "al-qadisiyah": "qadisiyah", "al-qadisiyyah": "qadisiyah", "diwaniyah": "qadisiyah",
                     "missan": "maysan", "al-muthanna": "muthanna", "basrah": "basra", "al-anbar": "anbar",
                     "ta'mim": "kirkuk", "tameem": "kirkuk"}


def norm_admin1(name: str | None) -> str | None:
    if not name:
        return None
    # Fold Latin diacritics ("Diyarbakır", "Şırnak") and the article in any of its assimilated
    # forms ("Al-", "Ar-Raqqa", "As-Suwayda").
    n = unicodedata.normalize("NFKD", name.strip().lower().replace("ı", "i"))
    n = "".join(ch for ch in n if not unicodedata.combining(ch))
    n = re.sub(r"^a[lrsdtzn]h?[- ]", "", n)
    return _ADMIN1_SPELLINGS.get(n, n)


def _date(v) -> dt.date | None:
    if not v:
        return None
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(v)


def dates_compatible(gd, gp, sd, sp) -> bool:
    gd, sd = _date(gd), _date(sd)
    if gd is None or sd is None:
        return gd is None and sd is None
    tol = TOLERANCE.get(max(gp or 1, sp or 1), 31)
    return abs((gd - sd).days) <= tol


@dataclass
class ArticleResult:
    article_id: str
    gold_events: list[dict]
    sys_events: list[dict]
    pairs: list[tuple[int, int]]                  # (gold index, system index)
    gold_quotes: list[dict]
    sys_quotes: list[dict]
    quote_pairs: list[tuple[int, int]]
    admin1_checks: list[tuple[dict, dict]] = field(default_factory=list)
    text: str = ""


def _span_of(text: str, sub: str | None) -> tuple[int, int] | None:
    if not sub:
        return None
    i = text.find(sub)
    return (i, i + len(sub)) if i >= 0 else None


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    from rasad.lang.ar import split_sentences

    for s, e in split_sentences(text):
        if s <= start < e:
            return s, e
    return start, start


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match_events(text: str, gold: list[dict], system: list[dict], use_admin1: bool = True) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        gspan = _span_of(text, g.get("evidence"))
        if gspan:
            gspan = _sentence_bounds(text, gspan[0])
        for si, s in enumerate(system):
            if g.get("plover") != s.get("plover"):
                continue
            if use_admin1 and g.get("admin1"):
                sa = (s.get("location") or {}).get("admin1")
                if norm_admin1(g["admin1"]) != norm_admin1(sa):
                    continue
            if not dates_compatible(g.get("event_date"), g.get("time_precision"), s.get("event_date"),
                                    s.get("time_precision")):
                continue
            ev = s.get("evidence") or {}
            sspan = (ev.get("start"), ev.get("end")) if ev.get("start") is not None else None
            overlap = _overlap(gspan, sspan)
            gd, sd = _date(g.get("event_date")), _date(s.get("event_date"))
            diff = abs((gd - sd).days) if gd and sd else 0
            # Ties (a report of several places, several events of one type) go to the pair that
            # agrees most: same governorate, same place, same doer.
            loc = s.get("location") or {}
            same_admin1 = bool(g.get("admin1")) and norm_admin1(g["admin1"]) == norm_admin1(loc.get("admin1"))
            agree = same_admin1 + mentions_match(g.get("location"), loc.get("mention")) + mentions_match(
                g.get("actor1"), (s.get("actor1") or {}).get("mention"))
            cands.append((not overlap, -agree, diff, gi, si))
    cands.sort()
    used_g, used_s, pairs = set(), set(), []
    for *_, gi, si in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return pairs


def match_quotes(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        gt = normalized_text(g.get("text") or "")
        for si, s in enumerate(system):
            if si in used:
                continue
            if gt and gt in normalized_text(s.get("text") or ""):
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def score_article(gold: GoldArticle, record: dict) -> ArticleResult:
    text = gold.article.text if gold.article else ""
    g_ev, s_ev = list(gold.events), list(record.get("events", []))
    pairs = match_events(text, g_ev, s_ev)
    # admin1 accuracy: gold events with admin1 matched to a system event on type and date alone.
    loose = match_events(text, g_ev, s_ev, use_admin1=False)
    checks = [(g_ev[gi], s_ev[si]) for gi, si in loose if g_ev[gi].get("admin1")]
    g_q, s_q = list(gold.quotes), list(record.get("quotes", []))
    return ArticleResult(gold.article_id, g_ev, s_ev, pairs, g_q, s_q, match_quotes(g_q, s_q), checks, text)


def _prf(matched: int, n_sys: int, n_gold: int) -> dict:
    p = matched / n_sys if n_sys else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "matched": matched,
            "system": n_sys, "gold": n_gold}


def field_checks(g: dict, s: dict) -> dict[str, bool]:
    loc = s.get("location") or {}
    a1 = (s.get("actor1") or {}).get("mention")
    a2 = (s.get("actor2") or {}).get("mention")
    location_ok = mentions_match(g.get("location"), loc.get("mention")) or (
        bool(g.get("admin2")) and (g.get("admin2") or "").lower() == (loc.get("admin2") or "").lower())
    if not g.get("location") and not loc:
        location_ok = True
    return {
        "sub_event_type": (g.get("acled_sub_event_type") or None) == (s.get("acled_sub_event_type") or None),
        "actor1": mentions_match(g.get("actor1"), a1),
        "actor2": mentions_match(g.get("actor2"), a2),
        "location": location_ok,
        "event_date": (g.get("event_date") or None) == (s.get("event_date") or None),
        "fatalities": g.get("fatalities") == s.get("fatalities"),
    }


def speaker_ok(g: dict, s: dict) -> bool:
    sp = s.get("speaker") or {}
    gold = g.get("speaker")
    if mentions_match(gold, sp.get("mention")):
        return True
    gw = content_words(gold)
    return bool(gw) and (gw <= content_words(sp.get("name")) or gw <= content_words(sp.get("mention")))


def via_ok(g: dict, s: dict) -> bool:
    gv = g.get("via")
    sv = s.get("via_mention") or s.get("via")
    if not gv and not sv:
        return True
    if not gv or not sv:
        return False
    return mentions_match(gv, sv) or mentions_match(gv, s.get("via"))


def summarize(results: list[ArticleResult]) -> dict:
    n_gold = sum(len(r.gold_events) for r in results)
    n_sys = sum(len(r.sys_events) for r in results)
    matched = sum(len(r.pairs) for r in results)
    out = {"articles": len(results), "events": _prf(matched, n_sys, n_gold)}
    fields = ("sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities")
    correct = {f: 0 for f in fields}
    strict = 0
    for r in results:
        for gi, si in r.pairs:
            checks = field_checks(r.gold_events[gi], r.sys_events[si])
            for f in fields:
                correct[f] += checks[f]
            strict += all(checks[f] for f in ("actor1", "actor2", "location", "event_date"))
    out["fields"] = {f: round(correct[f] / matched, 4) if matched else 0.0 for f in fields}
    checks = [(g, s) for r in results for g, s in r.admin1_checks]
    ok = sum(norm_admin1(g["admin1"]) == norm_admin1((s.get("location") or {}).get("admin1")) for g, s in checks)
    out["fields"]["admin1"] = round(ok / len(checks), 4) if checks else 0.0
    out["admin1_checked"] = len(checks)
    out["strict_recall"] = round(strict / n_gold, 4) if n_gold else 0.0
    qg = sum(len(r.gold_quotes) for r in results)
    qs = sum(len(r.sys_quotes) for r in results)
    qm = sum(len(r.quote_pairs) for r in results)
    out["quotes"] = _prf(qm, qs, qg)
    sp = sum(speaker_ok(r.gold_quotes[gi], r.sys_quotes[si]) for r in results for gi, si in r.quote_pairs)
    vi = sum(via_ok(r.gold_quotes[gi], r.sys_quotes[si]) for r in results for gi, si in r.quote_pairs)
    out["quotes"]["speaker"] = round(sp / qm, 4) if qm else 0.0
    out["quotes"]["via"] = round(vi / qm, 4) if qm else 0.0
    return out


def score_documents(golds: list[GoldArticle], records: dict[str, dict]) -> tuple[dict, list[ArticleResult]]:
    results = [score_article(g, records.get(g.article_id, {"events": [], "quotes": []})) for g in golds]
    return summarize(results), results


def score_sentences(items: list[dict], predictions: dict[str, set[str]]) -> dict:
    """Per-type precision/recall/F1 for sentence sets labelled with PLOVER types."""
    types = sorted({t for it in items for t in it.get("labels", [])} | {t for p in predictions.values() for t in p})
    out = {}
    for t in types:
        tp = sum(1 for it in items if t in it.get("labels", []) and t in predictions.get(str(it["id"]), set()))
        fp = sum(1 for it in items if t not in it.get("labels", []) and t in predictions.get(str(it["id"]), set()))
        fn = sum(1 for it in items if t in it.get("labels", []) and t not in predictions.get(str(it["id"]), set()))
        out[t] = _prf(tp, tp + fp, tp + fn)
    return out
