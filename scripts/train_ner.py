"""Train the Arabic name tagger shipped in src/rasad/models/ (rasad.ner.NameTagger).

    .venv/bin/python scripts/train_ner.py [--data ../shared/data/ner] [--out src/rasad/models]

Data (read from the shared folder, never copied into the package):
  * ANERcorp (`token TAG` per line, no sentence breaks): the token stream is re-tokenized
    with rasad's tokenizer and split into sentences as the tagger does at run time
    (after . ! ? ؟); sentences 0-80% train, 80-90% dev, 90-100% test, by index
    (contiguous blocks, so test articles are unseen). MISC is dropped.
  * Wojood sample (nested, several tags per token): for each token the first of
    PERS/ORG/GPE/LOC/FAC is kept (GPE, LOC, FAC -> LOC); its own train/val/test split.

Both corpora are mostly about other countries, so the training sentences with a person
name get one copy each where the names are replaced by Iraqi/Kurdish names from the hand
lists below (and, after a title, sometimes an Iraqi place is put before the name:
"محافظ نينوى <name>"); `--no-augment` turns this off. Dev and test are never copied.

The CRF (python-crfsuite, L-BFGS) is fit on train for each (c1, c2) of a small grid; the
best on dev (micro F1, exact spans) among models under MAX_BYTES is refit on train+dev,
scored on test and written out with its word lists (ner_lexicon.json) and a README with
sources, licences, command, date and scores. Deterministic: the same data and code give a
byte-identical model and word lists. About 5 minutes on one core.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pycrfsuite  # noqa: E402

from rasad.lang.ar import tokenize  # noqa: E402
from rasad.lang.ar.normalize import normalize_token, strip_article, token_keys  # noqa: E402
from rasad.ner import (LEXICON_FILE, MODEL_FILE, TITLE_WORDS, TYPES, Lexicon, bio_to_spans,  # noqa: E402
                       name_forms, sentence_features, split_sentences)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
DEFAULT_OUT = ROOT / "src" / "rasad" / "models"
GRID = [(c1, c2) for c1 in (0.1, 0.2, 0.4) for c2 in (0.01, 0.05)]
MAX_BYTES = 1_700_000  # grid points whose model is larger are not chosen (the final fit adds ~15%: under 2 MB)
MAX_ITER = 150
FOLDS = 5  # jackknife folds for the name-list features on training data

#: Common first names in Iraqi and Kurdish news, written by hand (general knowledge), added to
#: the first names counted from the training data. Words that are also ordinary nouns or
#: ranks (صباح، رائد، طالب، أمين، سلام، جمال، كريم، نجم، بدر، سيف، مالك، كفاح) are left out.
HAND_FIRST_NAMES = """
محمد أحمد محمود علي حسين حسن عباس جعفر باقر كاظم جواد مهدي هادي صادق حيدر مقتدى عمار
قيس فالح قاسم عثمان سليم أسامة أثيل نوري إياد صالح عادل مصطفى ضياء رعد ثامر عامر عمر
وليد ماجد يحيى قتيبة زهير هشام خالد إبراهيم يوسف سعد سعدون عبد جاسم حميد عزت طارق
رافع ظافر ناظم شاكر عدي قصي صدام همام حامد رشيد مثنى ليث أكرم سامي لؤي فائق محسن
حسان خميس غانم نعيم مشعان أبو فاضل منصور ناصر سلمان فيصل إسماعيل موسى عيسى
نزار غسان بهاء جلال كمال رياض أياد فلاح عواد هيثم مازن نبيل وائل شيروان
مسعود نيجيرفان مسرور قباد كوسرت هوشيار برهم هيرو بافل لاهور شوان ريبوار آزاد دلشاد
سردار هيمن كاوه بختيار فؤاد عدنان نوزاد سيروان جبار رزكار آرام دارا شيرزاد فريدون
قادر رؤوف أرشد بيشوا سامان ديندار كاروان زانا شاخوان ريباز
""".split()
#: Iraqi and Kurdish family names and nisbas, written by hand (general knowledge): the
#: augmentation below puts them, with the first names above, into copies of training
#: sentences in place of their person names (the corpora are mostly about other countries).
#: Names that are also common words (السوداني، الراوي، المهندس، البصري، رسول، أمين، صالح، جاف)
#: are left out.
HAND_FAMILY_NAMES = """
العبادي المالكي الصدر الحكيم الجعفري العامري المهندس الخزعلي النجيفي الجبوري الدليمي
العيساوي الكربولي الحلبوسي المطلك الهاشمي العلواني الشمري الزبيدي الساعدي الكعبي الموسوي
الحسيني الياسري البياتي العبيدي الغانمي الأعرجي السامرائي التكريتي الراوي العاني الفهداوي
المحمدي الخفاجي الربيعي الأسدي البدري الطائي الجنابي العزاوي الكبيسي المشهداني اللامي
الكاظمي علاوي الزاملي العطية الفتلاوي الشابندر النعماني الحمداني
بارزاني طالباني زيباري هورامي دزيي شواني كاكائي سنجاري دوسكي برزنجي خوشناو
ريكاني بابان مريواني كركوكي سورچي هركي عثمان مصطفى قادر عزيز
""".split()
#: Places put between a title and the name in some copies ("محافظ نينوى <name>",
#: "رئيس إقليم كردستان <name>"), a pattern the corpora hardly have; (words, tags).
HAND_TITLE_PLACES = [
    (p.split(), ["O"] * (len(p.split()) - len(loc.split())) + ["B-LOC"] + ["I-LOC"] * (len(loc.split()) - 1))
    for p, loc in [
        ("نينوى", "نينوى"), ("الأنبار", "الأنبار"), ("بغداد", "بغداد"), ("البصرة", "البصرة"),
        ("كركوك", "كركوك"), ("ديالى", "ديالى"), ("صلاح الدين", "صلاح الدين"), ("أربيل", "أربيل"),
        ("السليمانية", "السليمانية"), ("دهوك", "دهوك"), ("بابل", "بابل"), ("كربلاء", "كربلاء"),
        ("النجف", "النجف"), ("واسط", "واسط"), ("ميسان", "ميسان"), ("ذي قار", "ذي قار"),
        ("حلبجة", "حلبجة"), ("إقليم كردستان", "كردستان"), ("إقليم كردستان العراق", "كردستان العراق"),
        ("العراق", "العراق"), ("الموصل", "الموصل"), ("الفلوجة", "الفلوجة"),
    ]
]
WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Sentence = tuple[list, list[str]]  # (rasad tokens, BIO tags)


# --- reading -------------------------------------------------------------------------------

def _retokenize(words: list[tuple[str, str]]) -> tuple[list, list[str]]:
    """Run rasad's tokenizer over each data token; spread its tag over the pieces."""
    toks, tags = [], []
    for word, tag in words:
        pieces = tokenize(word)
        if not pieces:
            continue
        typ = tag[2:] if tag != "O" else None
        word_idx = [i for i, p in enumerate(pieces) if p.kind != "punct"]
        lo, hi = (word_idx[0], word_idx[-1]) if word_idx else (len(pieces), -1)
        first = True
        for i, p in enumerate(pieces):
            if typ is None or i < lo or i > hi:
                t = "O"  # punctuation glued to the edge of an entity token: outside
            elif first:
                t, first = tag, False
            else:
                t = "I-" + typ
            toks.append(p)
            tags.append(t)
    return toks, tags


def _fix_bio(tags: list[str]) -> list[str]:
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _split(toks: list, tags: list[str]) -> list[Sentence]:
    """Split into sentences as NameTagger.tag does; re-index tokens per sentence."""
    out = []
    for s, e in split_sentences(toks):
        out.append((toks[s:e], _fix_bio(tags[s:e])))
    return out


def read_anercorp(path: Path) -> list[Sentence]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue  # 191 lines with an empty token
        tag = parts[-1]
        if tag.endswith("MISC") or tag[2:] not in TYPES:
            tag = "O"
        for w in parts[:-1]:  # two lines hold two words with one tag
            words.append((w, tag))
    toks, tags = _retokenize(words)
    return _split(toks, tags)


def read_wojood(path: Path) -> list[Sentence]:
    sents, words = [], []

    def flush():
        if words:
            toks, tags = _retokenize(words)
            sents.extend(_split(toks, tags))
            words.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
            continue
        word, labels = parts[0], parts[1:]
        if word == "$#$":  # line-break marker of the source documents
            continue
        tag = "O"
        for lab in labels:
            if lab != "O" and lab[2:] in WOJOOD_MAP:
                tag = lab[:2] + WOJOOD_MAP[lab[2:]]
                break
        words.append((word, tag))
    flush()
    return sents


def load_data(data: Path) -> dict[str, list[Sentence]]:
    aner = read_anercorp(data / "anercorp" / "ANERCorp")
    n = len(aner)
    a, b = int(n * 0.8), int(n * 0.9)
    woj = {k: read_wojood(data / "wojood-sample" / f"{k}.txt") for k in ("train", "val", "test")}
    return {
        "train": aner[:a] + woj["train"],
        "dev": aner[a:b] + woj["val"],
        "test": aner[b:] + woj["test"],
        "test_anercorp": aner[b:],
        "test_wojood": woj["test"],
    }


# --- augmentation -------------------------------------------------------------------------

def _is_title(tok) -> bool:
    return tok.kind == "word" and any(k in TITLE_WORDS for _, k in token_keys(tok.norm)) \
        and strip_article(tok.norm) not in ("قال", "اضاف", "اكد", "اوضح", "صرح", "اعلن", "ذكر", "افاد", "لفت", "اشار")


def augment_names(sents: list[Sentence], seed: int = 13) -> list[Sentence]:
    """One copy of each sentence with a person name, every PERS span replaced by an
    Iraqi/Kurdish name made from the hand lists (first [father] family, or one of them for
    a one-word span). Deterministic for a given seed."""
    rng = random.Random(seed)
    out = []
    for toks, tags in sents:
        spans = [sp for sp in bio_to_spans(tags) if sp[2] == "PERS"]
        if not spans:
            continue
        words, new_tags, pos = [], [], 0
        for s, e, _ in spans:
            words += [t.text for t in toks[pos:s]]
            new_tags += tags[pos:s]
            if s > 0 and tags[s - 1] == "O" and _is_title(toks[s - 1]) and rng.random() < 0.5:
                place_words, place_tags = rng.choice(HAND_TITLE_PLACES)
                words += place_words
                new_tags += place_tags
            if e - s == 1:
                name = [rng.choice(HAND_FIRST_NAMES if rng.random() < 0.4 else HAND_FAMILY_NAMES)]
            else:
                name = [rng.choice(HAND_FIRST_NAMES)]
                if e - s >= 3 or rng.random() < 0.25:
                    name.append(rng.choice(HAND_FIRST_NAMES))
                name.append(rng.choice(HAND_FAMILY_NAMES))
            name = " ".join(name).split()  # "عبد" names etc. stay one token per word
            words += name
            new_tags += ["B-PERS"] + ["I-PERS"] * (len(name) - 1)
            pos = e
        words += [t.text for t in toks[pos:]]
        new_tags += tags[pos:]
        new_toks = tokenize(" ".join(words))
        if len(new_toks) != len(new_tags):  # a word the tokenizer splits: skip the copy
            continue
        out.append((new_toks, new_tags))
    return out


# --- gazetteer -----------------------------------------------------------------------------

HAND_SET = frozenset(normalize_token(w) for w in HAND_FIRST_NAMES if len(w) >= 2)


def build_vocab(sents: list[Sentence]) -> frozenset[str]:
    """Stems (article stripped) seen at least twice: they decide which clitic reading a token gets."""
    c = Counter(strip_article(t.norm) for toks, _ in sents for t in toks if t.kind == "word")
    return frozenset(k for k, v in c.items() if v >= 2)


def build_gazetteer(sents: list[Sentence], hand: bool = True) -> tuple[frozenset[str], frozenset[str]]:
    """First names (forms that open PERS spans, plus the hand list) and name words (keys
    inside PERS spans), each kept when it is a name at least half the times it occurs.
    Both are looked up as written or without a leading و/ف (`rasad.ner.name_forms`), so
    the family name الصدر and the verb صدر stay apart."""
    total, first, inside = Counter(), Counter(), Counter()
    for toks, tags in sents:
        for tok, tag in zip(toks, tags):
            if tok.kind != "word":
                continue
            forms = name_forms(tok.norm)
            total.update(forms)
            if tag == "B-PERS":
                first.update(forms)
            if tag.endswith("-PERS"):
                inside.update(forms)
    fn = {k for k, c in first.items() if c >= 2 and c / total[k] >= 0.5 and len(k) >= 2}
    np = frozenset(k for k, c in inside.items() if c >= 2 and c / total[k] >= 0.5 and len(k) >= 2)
    return frozenset(fn | HAND_SET) if hand else frozenset(fn), np


def build_lexicon(sents: list[Sentence]) -> Lexicon:
    fn, np = build_gazetteer(sents)
    return Lexicon(build_vocab(sents), fn, np)


def featurize(sents: list[Sentence], lex: Lexicon) -> list[list[list[str]]]:
    return [sentence_features(toks, lex) for toks, _ in sents]


def featurize_jackknife(sents: list[Sentence]) -> list[list[list[str]]]:
    """Training features whose name-list flags come from the other folds only, so the CRF
    learns how much a list hit is worth on names it has not counted (the vocabulary,
    which only picks clitic readings, comes from all the training data)."""
    vocab = build_vocab(sents)
    out: list = [None] * len(sents)
    for k in range(FOLDS):
        held = [i for i in range(len(sents)) if i % FOLDS == k]
        rest = [s for i, s in enumerate(sents) if i % FOLDS != k]
        fn, np = build_gazetteer(rest)
        lex = Lexicon(vocab, fn, np)
        for i in held:
            out[i] = sentence_features(sents[i][0], lex)
    return out


# --- training and scoring ------------------------------------------------------------------

def train(xs, sents: list[Sentence], c1: float, c2: float, path: Path) -> None:
    tr = pycrfsuite.Trainer(verbose=False)
    for x, (_, y) in zip(xs, sents):
        tr.append(x, y)
    tr.select("lbfgs")
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": MAX_ITER,
                   "feature.minfreq": 2, "feature.possible_transitions": True})
    tr.train(str(path))


def predict(path: Path, xs) -> list[list[str]]:
    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    out = [tg.tag(x) for x in xs]
    tg.close()
    return out


def score(sents: list[Sentence], preds: list[list[str]]) -> dict[str, dict[str, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for (_, gold), pred in zip(sents, preds):
        g, p = set(bio_to_spans(gold)), set(bio_to_spans(pred))
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    res = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[t] = {"p": p, "r": r, "f1": f, "gold": a + c}
    return res


def table(res) -> str:
    lines = ["| type | precision | recall | F1 | gold spans |", "|---|---|---|---|---|"]
    for t, v in res.items():
        lines.append(f"| {t} | {v['p']:.3f} | {v['r']:.3f} | {v['f1']:.3f} | {v['gold']} |")
    return "\n".join(lines)


README = """# Models

Generated by `scripts/train_ner.py`; do not edit by hand.

* `{model}`: CRF named-entity tagger for Arabic (PERS, ORG, LOC; BIO tags) used by
  `rasad.ner.NameTagger` ({size} bytes).
* `{lex}`: word lists counted from the same training data: {nvoc} vocabulary stems (to
  choose clitic readings), {nfn} first names and {nnp} name words (gazetteer features).

## Training data

| data | use | source | licence |
|---|---|---|---|
| ANERcorp (150,313 tokens, news) | PERS, ORG, LOC (MISC dropped); sentences 0-80% train, 80-90% dev, 90-100% test (contiguous) | Benajiba et al., copy from HassanAzzam/Arabic-NER @ 056cbc1 | free for research use |
| Wojood sample (nested NER) | first of PERS/ORG/GPE/LOC/FAC per token (GPE, LOC, FAC -> LOC); its own train/val/test | SinaLab/ArabicNER @ ef3a7f4 `data/` | MIT, Copyright (c) 2021 Mohammed Khalilia |
| hand lists in `scripts/train_ner.py` | {nhf} first names, {nhs} family names, {nhp} places of Iraq and the Kurdistan Region: first-name feature, and {naug} name-replaced copies of training sentences with a person | general knowledge | project licence |

Both corpora were read from the project's shared data folder; none of their text ships:
the model holds feature weights over single words, adjacent word pairs and affixes, and
the word lists hold single words. ANERcorp is licensed for research use only: check that before any
commercial use of this model.

## Command

    .venv/bin/python scripts/train_ner.py{flags}

python-crfsuite {crfver}, L-BFGS, max {maxiter} iterations, feature.minfreq 2; c1/c2 chosen
on dev (micro F1) among models under {maxbytes} bytes from {grid}: **c1={c1}, c2={c2}** (dev
F1 {devf1:.3f}). The final model is fit on train+dev. Trained {date} in {secs:.0f} s.
Re-running gives byte-identical `{model}` and `{lex}`.

## Test scores (span-level exact match)

Both test sets together ({ntest} sentences, {ntok} tokens):

{test}

ANERcorp test part (2000s news, many foreign names):

{test_a}

Wojood sample test part:

{test_w}

The corpora have few Iraqi or Kurdish names; the name copies are what teaches the model
"محافظ نينوى أثيل النجيفي" and "رئيس إقليم كردستان مسعود بارزاني". No Iraqi test set exists
yet: these scores say nothing about Iraqi news specifically.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--grid", default=None, help="c1:c2,c1:c2,... (default: built-in grid)")
    ap.add_argument("--no-augment", action="store_true", help="no Iraqi/Kurdish name copies")
    args = ap.parse_args(argv)
    t0 = time.time()
    grid = GRID if not args.grid else [tuple(map(float, g.split(":"))) for g in args.grid.split(",")]

    data = load_data(args.data)
    for k in ("train", "dev", "test"):
        n = sum(len(t) for t, _ in data[k])
        print(f"{k}: {len(data[k])} sentences, {n} tokens", flush=True)

    def with_copies(sents):
        return sents if args.no_augment else sents + augment_names(sents)

    train_set = with_copies(data["train"])
    print(f"training on {len(train_set)} sentences ({len(train_set) - len(data['train'])} name copies)")
    x_train = featurize_jackknife(train_set)
    x_dev = featurize(data["dev"], build_lexicon(train_set))
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        for c1, c2 in grid:
            t1 = time.time()
            path = Path(tmp) / f"m_{c1}_{c2}.crfsuite"
            train(x_train, train_set, c1, c2, path)
            f1 = score(data["dev"], predict(path, x_dev))["ALL"]["f1"]
            size = path.stat().st_size
            print(f"c1={c1} c2={c2}: dev F1 {f1:.4f}, {size} bytes ({time.time() - t1:.0f} s)", flush=True)
            if size <= MAX_BYTES and (best is None or f1 > best[0]):
                best = (f1, c1, c2)
    if best is None:
        raise SystemExit(f"no grid point gives a model under {MAX_BYTES} bytes")
    dev_f1, c1, c2 = best

    full = with_copies(data["train"] + data["dev"])
    lex = build_lexicon(full)
    args.out.mkdir(parents=True, exist_ok=True)
    model = args.out / MODEL_FILE
    train(featurize_jackknife(full), full, c1, c2, model)
    (args.out / LEXICON_FILE).write_text(
        json.dumps(lex.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")

    results = {}
    for k in ("test", "test_anercorp", "test_wojood"):
        results[k] = score(data[k], predict(model, featurize(data[k], lex)))
        print(f"\n{k}:\n{table(results[k])}")
    secs = time.time() - t0
    size = model.stat().st_size
    print(f"\nbest c1={c1} c2={c2} (dev F1 {dev_f1:.4f}); model {size} bytes; {secs:.0f} s")

    from importlib.metadata import version
    flags = "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
    (args.out / "README.md").write_text(README.format(
        model=MODEL_FILE, lex=LEXICON_FILE, size=size, nvoc=len(lex.vocab), nfn=len(lex.first_names),
        nnp=len(lex.name_parts), nhf=len(HAND_SET), nhs=len(HAND_FAMILY_NAMES), nhp=len(HAND_TITLE_PLACES),
        naug=len(full) - len(data["train"]) - len(data["dev"]), flags=flags,
        crfver=version("python-crfsuite"), maxiter=MAX_ITER, maxbytes=f"{MAX_BYTES:,}",
        grid=", ".join(f"({a}, {b})" for a, b in grid), c1=c1, c2=c2, devf1=dev_f1,
        date=dt.date.today().isoformat(), secs=secs, ntest=len(data["test"]),
        ntok=sum(len(t) for t, _ in data["test"]), test=table(results["test"]),
        test_a=table(results["test_anercorp"]), test_w=table(results["test_wojood"])), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
