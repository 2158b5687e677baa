"""Audit place names that are common Arabic words, using the development corpus.

For every one-word place name or alias, count how often it occurs in the corpus and how
often a locative word (في، من، إلى، قرب، مدينة، محافظة، بلدة...) or a ب/في clitic stands
before it. A name that is frequent but almost never used as a place ("مكن", "عنه") is
a common word: the audit lists it, and with --write the gazetteer build's stoplist
(scripts/gazetteer_extra/alias_stoplist_auto.json) records it so the build drops it.

    python3 scripts/place_alias_audit.py [--write | --write-clitic-words]     # needs ../shared/corpora

It also lists words that look like a clitic before a place name but are words of their
own ("ورقة" "paper", not و + الرقة; "بحجة" "on the pretext", not in Hajjah): a combined form
that the corpus also writes with the article ("الورقة"), or a ب-form far more frequent than the
name's own uses as a place, is a word. With --write they go to src/rasad/kb/data/place_clitic_words.json,
and the mention finder does not read a place inside them.

Only the decisions (lists of normalized words) are kept, no corpus text.
"""
from __future__ import annotations

import collections
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from rasad.lang.ar import tokenize  # noqa: E402
from rasad.lang.ar.normalize import strip_article, token_keys  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"
LOCATIVE = {"في", "من", "الي", "قرب", "مدينه", "محافظه", "بلده", "قضاء", "ناحيه", "قريه", "داخل", "نحو",
            "باتجاه", "شمال", "جنوب", "شرق", "غرب", "عاصمه", "اطراف", "حي", "منطقه", "ولايه", "اقليم"}


def main() -> None:
    names: dict[str, set[str]] = collections.defaultdict(set)
    for line in (ROOT / "src/rasad/kb/data/places.jsonl").open(encoding="utf-8"):
        p = json.loads(line)
        for alias in [p["name_ar"], *p["aliases_ar"]]:
            toks = [t for t in tokenize(alias) if t.kind == "word"]
            if len(toks) == 1:
                names[strip_article(toks[0].norm)].add(p["id"])
    total = collections.Counter()
    placed = collections.Counter()
    forms = collections.Counter()
    bare_placed = collections.Counter()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            toks = tokenize(json.loads(line)["text"])
            for i, t in enumerate(toks):
                if t.kind != "word":
                    continue
                forms[t.norm] += 1
                for clitic, key in token_keys(t.norm):
                    if key in names:
                        total[key] += 1
                        prev = strip_article(toks[i - 1].norm) if i else ""
                        if prev in LOCATIVE or clitic.startswith(("ب", "وب", "فب")) or clitic.endswith("بال"):
                            placed[key] += 1
                        if prev in LOCATIVE and clitic in ("", "ال"):
                            bare_placed[key] += 1
                        break
    common = sorted(k for k in total if total[k] >= 30 and placed[k] / total[k] < 0.05)
    for k in common:
        print(f"{k}\t{total[k]}\t{placed[k]}\t{','.join(sorted(names[k]))[:80]}")
    print(f"{len(common)} common-word place names", file=sys.stderr)
    # A combined form the corpus also writes with the article ("الورقة") is a word; so is a
    # ب-form far more frequent than the name's own uses as a place ("بحجة" "on the pretext" against
    # "في حجة").
    clitic_words = sorted({c + k for k in names for c in ("و", "ف", "ب", "ل", "ك")
                           if forms["ال" + c + k] >= 3
                           or (c == "ب" and forms[c + k] >= 10 and forms[c + k] > 3 * max(bare_placed[k], 1))})
    print(f"{len(clitic_words)} words that look like clitic + place name: {' '.join(clitic_words)}", file=sys.stderr)
    if "--write" in sys.argv:
        out = ROOT / "scripts" / "gazetteer_extra" / "alias_stoplist_auto.json"
        # The gazetteer already lacks the names dropped before: keep them listed.
        common = sorted(set(common) | set(json.loads(out.read_text(encoding="utf-8"))["normalized_names"]))
        out.write_text(json.dumps({"normalized_names": common}, ensure_ascii=False, indent=0), encoding="utf-8")
    if "--write" in sys.argv or "--write-clitic-words" in sys.argv:
        out = ROOT / "src" / "rasad" / "kb" / "data" / "place_clitic_words.json"
        out.write_text(json.dumps({"source": "scripts/place_alias_audit.py over the development corpus",
                                   "normalized_words": clitic_words}, ensure_ascii=False, indent=0),
                       encoding="utf-8")


if __name__ == "__main__":
    main()
