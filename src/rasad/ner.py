"""A small CRF tagger for Arabic person, organization and location names.

The model is trained by `scripts/train_ner.py` on ANERcorp and the Wojood sample and ships
in `rasad/models/` (see the README there): nothing is downloaded at run time. The features
are computed on rasad tokens (`rasad.lang.ar.tokenize`), so training and tagging see the
same token boundaries and the same normalization.

    from rasad.lang.ar import tokenize
    from rasad.ner import NameTagger

    tagger = NameTagger.load()
    tokens = tokenize("وقال رئيس الوزراء حيدر العبادي إن ...")
    tagger.spans(tokens)   # [(3, 5, "PERS")]: tokens[3:5] are the name

`pycrfsuite` is imported only when a model is loaded.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Iterable, Protocol, Sequence

from rasad.lang.ar.normalize import strip_article, token_keys

#: Entity types the tagger emits (BIO tags over these).
TYPES = ("PERS", "ORG", "LOC")

MODEL_FILE = "ner.crfsuite"
GAZETTEER_FILE = "ner_gazetteer.json"

#: Words (normalized, without article or proclitic) that often stand right before a
#: person's name: titles, ranks and verbs of saying.
TITLE_WORDS = frozenset({
    "عميد", "لواء", "فريق", "عقيد", "مقدم", "رائد", "نقيب", "ملازم", "مشير", "ركن",
    "رئيس", "وزير", "نائب", "سيد", "سيده", "شيخ", "دكتور", "د", "حاج", "استاذ", "مهندس",
    "قاضي", "محافظ", "ملك", "امير", "زعيم", "مرشد", "اميري", "قائد", "متحدث", "ناطق",
    "مستشار", "سفير", "مدير", "امين", "عضو", "نائبه", "مبعوث", "مواطن", "الامام", "امام",
    "قال", "اضاف", "اكد", "اوضح", "صرح", "اعلن", "ذكر", "افاد", "لفت", "اشار",
})

#: Tokens that end a sentence; `tag` splits long inputs there, as the training data was.
_SENT_END = frozenset({".", "!", "?", "؟"})


class _TokenLike(Protocol):
    norm: str
    kind: str


def default_model_dir() -> Path:
    """The model directory shipped in the package."""
    return Path(__file__).parent / "models"


# --- features -----------------------------------------------------------------------------

def _shape(tok: _TokenLike) -> str:
    if tok.kind == "num":
        return "num"
    if tok.kind == "punct":
        return "punct"
    n = tok.norm
    if n.isascii():
        return "latin"
    if any(c.isascii() and c.isalpha() for c in n):
        return "mixed"
    return "ar"


def _len_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 else "6-7" if n <= 7 else "8+"


def _token_info(tok: _TokenLike, first_names: frozenset[str], name_parts: frozenset[str]) -> dict[str, str]:
    """Per-token values reused by the token itself and its neighbours."""
    norm = tok.norm
    readings = token_keys(norm) if tok.kind == "word" else (("", norm),)
    clitic, key = readings[-1]
    stem = strip_article(norm)
    has_al = norm.startswith("ال") or "ال" in clitic or norm.startswith("لل")
    info = {
        "n": norm,
        "k": key,
        "s": stem,
        "sh": _shape(tok),
        "al": "1" if has_al else "0",
        "pc": clitic or "-",
        "ti": "1" if (stem in TITLE_WORDS or key in TITLE_WORDS) else "0",
    }
    keys = {r[1] for r in readings}
    if first_names and keys & first_names:
        info["fn"] = "1"
    if name_parts and keys & name_parts:
        info["np"] = "1"
    return info


def sentence_features(tokens: Sequence[_TokenLike], first_names: frozenset[str] = frozenset(),
                      name_parts: frozenset[str] = frozenset()) -> list[list[str]]:
    """CRF features (crfsuite attribute strings) for each token of one sentence."""
    infos = [_token_info(t, first_names, name_parts) for t in tokens]
    n = len(infos)
    out: list[list[str]] = []
    for i, inf in enumerate(infos):
        key = inf["k"]
        f = [
            "b",
            "n=" + inf["n"], "k=" + key, "s=" + inf["s"], "sh=" + inf["sh"],
            "al=" + inf["al"], "pc=" + inf["pc"], "len=" + _len_bucket(len(key)),
            "p1=" + key[:1], "p2=" + key[:2], "p3=" + key[:3],
            "x1=" + key[-1:], "x2=" + key[-2:], "x3=" + key[-3:],
        ]
        if inf["ti"] == "1":
            f.append("ti")
        if "fn" in inf:
            f.append("fn")
        if "np" in inf:
            f.append("np")
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if j < 0 or j >= n:
                f.append(f"{d}:pad")
                continue
            o = infos[j]
            f.append(f"{d}:k=" + o["k"])
            if d in (-1, 1):
                f.append(f"{d}:n=" + o["n"])
                f.append(f"{d}:sh=" + o["sh"])
                f.append(f"{d}:al=" + o["al"])
                f.append(f"{d}:x2=" + o["k"][-2:])
                f.append(f"{d}:k|k=" + o["k"] + "|" + key)
            if o["ti"] == "1":
                f.append(f"{d}:ti")
            if "fn" in o:
                f.append(f"{d}:fn")
            if "np" in o:
                f.append(f"{d}:np")
        out.append(f)
    return out


def split_sentences(tokens: Sequence[_TokenLike]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences in `tokens`, split after . ! ? ؟"""
    ranges, start = [], 0
    for i, t in enumerate(tokens):
        if t.kind == "punct" and t.norm in _SENT_END:
            ranges.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        ranges.append((start, len(tokens)))
    return ranges


def bio_to_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) spans from BIO tags; an I- without a matching B- opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, typ = None, None
    i = -1
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != typ):
            if typ is not None:
                spans.append((start, i, typ))
            start, typ = i, tag[2:]
        elif tag == "O" or not tag.startswith("I-"):
            if typ is not None:
                spans.append((start, i, typ))
            start, typ = None, None
    if typ is not None:
        spans.append((start, i + 1, typ))
    return spans


# --- the tagger ---------------------------------------------------------------------------

class NameTagger:
    """A loaded NER model. Immutable; safe to share between threads."""

    __slots__ = ("_crf", "_lock", "_first_names", "_name_parts", "_path")

    def __init__(self, crf, first_names: frozenset[str], name_parts: frozenset[str], path: Path):
        object.__setattr__(self, "_crf", crf)
        object.__setattr__(self, "_lock", threading.Lock())
        object.__setattr__(self, "_first_names", first_names)
        object.__setattr__(self, "_name_parts", name_parts)
        object.__setattr__(self, "_path", path)

    def __setattr__(self, name, value):
        raise AttributeError("NameTagger is immutable")

    def __delattr__(self, name):
        raise AttributeError("NameTagger is immutable")

    def __repr__(self) -> str:
        return f"NameTagger({str(self._path)!r})"

    @classmethod
    def load(cls, path: str | Path | None = None) -> "NameTagger":
        """Load a model directory (default: the one shipped in the package) or a .crfsuite file."""
        import pycrfsuite  # deferred: only users of the tagger pay for it

        p = Path(path) if path is not None else default_model_dir()
        model = p / MODEL_FILE if p.is_dir() else p
        if not model.is_file():
            raise FileNotFoundError(f"NER model not found: {model}")
        gaz_file = model.parent / GAZETTEER_FILE
        first, parts = frozenset(), frozenset()
        if gaz_file.is_file():
            gaz = json.loads(gaz_file.read_text(encoding="utf-8"))
            first = frozenset(gaz.get("first_names", ()))
            parts = frozenset(gaz.get("name_parts", ()))
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        return cls(crf, first, parts, model)

    @property
    def path(self) -> Path:
        return self._path

    def tag(self, tokens: Sequence[_TokenLike]) -> list[str]:
        """BIO tags (B-PERS, I-ORG, O, ...) for `tokens`, one per token.

        Long inputs are tagged sentence by sentence (split after . ! ? ؟).
        """
        tags: list[str] = []
        for start, end in split_sentences(tokens):
            xseq = sentence_features(tokens[start:end], self._first_names, self._name_parts)
            with self._lock:  # a crfsuite Tagger keeps per-call state
                tags.extend(self._crf.tag(xseq))
        return tags

    def spans(self, tokens: Sequence[_TokenLike]) -> list[tuple[int, int, str]]:
        """(start, end, type) over token indexes of `tokens` (end exclusive)."""
        return bio_to_spans(self.tag(tokens))
