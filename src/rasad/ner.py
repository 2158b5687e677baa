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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol, Sequence

from rasad.lang.ar.normalize import normalize_token, strip_article, token_keys

#: Entity types the tagger emits (BIO tags over these).
TYPES = ("PERS", "ORG", "LOC")

MODEL_FILE = "ner.crfsuite"
LEXICON_FILE = "ner_lexicon.json"

#: Words (normalized, without article or proclitic) that often stand right before a
#: person's name: titles, ranks and verbs of saying.
TITLE_WORDS = frozenset(normalize_token(w) for w in (
    "عميد", "لواء", "فريق", "عقيد", "مقدم", "رائد", "نقيب", "ملازم", "مشير", "ركن",
    "رئيس", "وزير", "نائب", "سيد", "سيده", "شيخ", "دكتور", "د", "حاج", "استاذ", "مهندس",
    "قاضي", "محافظ", "ملك", "امير", "زعيم", "مرشد", "اميري", "قائد", "متحدث", "ناطق",
    "مستشار", "سفير", "مدير", "امين", "عضو", "مبعوث", "مواطن", "امام",
    "قال", "اضاف", "اكد", "اوضح", "صرح", "اعلن", "ذكر", "افاد", "لفت", "اشار",
))  # folded as the tokens are ("رئيس" -> "رييس")

#: Tokens that end a sentence; `tag` splits long inputs there, as the training data was.
_SENT_END = frozenset({".", "!", "?", "؟"})


class _TokenLike(Protocol):
    norm: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    """Word lists that ship with the model, made by scripts/train_ner.py (see the README).

    `vocab`: stems seen at least twice in training, used to pick a token's clitic reading
    (a proclitic is peeled only if what remains is a known word: وقال -> قال, but
    كردستان stays whole). `first_names`: words that mostly open person names (plus a
    hand list). `name_parts`: words that are mostly inside person names. Names are looked
    up under `name_forms`.
    """

    vocab: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    name_parts: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, data: dict) -> "Lexicon":
        return cls(frozenset(data.get("vocab", ())), frozenset(data.get("first_names", ())),
                   frozenset(data.get("name_parts", ())))

    def to_json(self) -> dict:
        return {"vocab": sorted(self.vocab), "first_names": sorted(self.first_names),
                "name_parts": sorted(self.name_parts)}


EMPTY_LEXICON = Lexicon()


def _safe_clitic(clitic: str) -> bool:
    return clitic in ("و", "ف") or clitic.endswith("ال") or clitic.endswith("لل")


def choose_reading(norm: str, vocab: frozenset[str]) -> tuple[str, str]:
    """The (clitic, key) reading of a word (`token_keys` gives the candidates).

    The most peeled reading whose key is a known stem; else the literal one if known;
    for an unknown word, the most peeled reading whose clitic is و/ف or ends in the article
    (ومسعود -> مسعود, والنجيفي -> نجيفي), never a bare ب/ل/ك (بارزاني stays whole).
    """
    readings = token_keys(norm)
    for reading in reversed(readings[1:]):
        if reading[1] in vocab:
            return reading
    if readings[0][1] in vocab:
        return readings[0]
    for reading in reversed(readings[1:]):
        if _safe_clitic(reading[0]):
            return reading
    return readings[0]


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


@lru_cache(maxsize=50_000)
def name_forms(norm: str) -> tuple[str, ...]:
    """Forms under which a word is looked up in the name lists: as written, without a
    leading conjunction و/ف, and, when it has the article behind proclitics, as ال + stem
    (بالعبادي -> العبادي). The article is kept: the family name الصدر is not the verb صدر."""
    forms = [norm]
    if len(norm) >= 4 and norm[0] in "وف":
        forms.append(norm[1:])
    for clitic, key in token_keys(norm):
        if clitic.endswith("ال") or clitic.endswith("لل") or (not clitic and key != norm):
            forms.append("ال" + key)
    return tuple(dict.fromkeys(forms))


_VOWELS = frozenset("اوي")


def _vowel_pattern(key: str) -> str:
    """Consonant/long-vowel skeleton (C/V), capped: transliterated foreign names are vowel-rich."""
    return "".join("V" if c in _VOWELS else "C" for c in key[:8])


def _len_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 else "6-7" if n <= 7 else "8+"


def _token_info(tok: _TokenLike, lex: Lexicon) -> dict[str, str]:
    """Per-token values reused by the token itself and its neighbours."""
    norm = tok.norm
    if tok.kind == "word":
        readings = token_keys(norm)
        clitic, key = choose_reading(norm, lex.vocab)
    else:
        readings, clitic, key = (("", norm),), "", norm
    stem = strip_article(norm)
    has_al = norm.startswith(("ال", "لل")) or clitic.endswith(("ال", "لل"))
    info = {
        "n": norm,
        "k": key,
        "s": stem,
        "sh": _shape(tok),
        "al": "1" if has_al else "0",
        "pc": clitic or "-",
        "vp": _vowel_pattern(key),
        "kl": readings[-1][1],
        "ti": "1" if (stem in TITLE_WORDS or key in TITLE_WORDS) else "0",
    }
    forms = name_forms(norm)
    if lex.first_names and not lex.first_names.isdisjoint(forms):
        info["fn"] = "1"
    if lex.name_parts and not lex.name_parts.isdisjoint(forms):
        info["np"] = "1"
    return info


def sentence_features(tokens: Sequence[_TokenLike], lex: Lexicon = EMPTY_LEXICON,
                      memo: dict | None = None) -> list[list[str]]:
    """CRF features (crfsuite attribute strings) for each token of one sentence.

    Per token: normalized form, clitic-stripped key (`choose_reading`), article-stripped
    stem, most-peeled key, shape (ar/latin/num/punct), article, proclitic, key length
    bucket, key prefixes and suffixes of 1-4 letters, consonant/vowel skeleton, title word,
    first-name and name-word list hits, sentence begin/end. Neighbours at -2..+2: key,
    title and list hits; at -1/+1 also form, shape, article, proclitic, first letter and
    last two letters of the key, and the key pair with this token.
    """
    if memo is None:
        infos = [_token_info(t, lex) for t in tokens]
    else:
        # Per-token values depend only on the token's text and kind: remember them.
        infos = []
        for t in tokens:
            k = (t.text, t.kind)
            info = memo.get(k)
            if info is None:
                if len(memo) > 50_000:
                    memo.clear()
                info = memo[k] = _token_info(t, lex)
            infos.append(info)
    n = len(infos)
    out: list[list[str]] = []
    for i, inf in enumerate(infos):
        key = inf["k"]
        f = [
            "b",
            "n=" + inf["n"], "k=" + key, "s=" + inf["s"], "kl=" + inf["kl"], "sh=" + inf["sh"],
            "al=" + inf["al"], "pc=" + inf["pc"], "len=" + _len_bucket(len(key)),
            "p1=" + key[:1], "p2=" + key[:2], "p3=" + key[:3],
            "x1=" + key[-1:], "x2=" + key[-2:], "x3=" + key[-3:],
            "p4=" + key[:4], "x4=" + key[-4:], "vp=" + inf["vp"],
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
                f.append(f"{d}:p1=" + o["k"][:1])
                f.append(f"{d}:pc=" + o["pc"])
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

    __slots__ = ("_crf", "_lock", "_lex", "_path", "_memo")

    def __init__(self, crf, lex: Lexicon, path: Path):
        object.__setattr__(self, "_crf", crf)
        object.__setattr__(self, "_lock", threading.Lock())
        object.__setattr__(self, "_lex", lex)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_memo", {})  # token features, filled as tokens are seen

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
        lex_file = model.parent / LEXICON_FILE
        lex = EMPTY_LEXICON
        if lex_file.is_file():
            lex = Lexicon.from_json(json.loads(lex_file.read_text(encoding="utf-8")))
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        return cls(crf, lex, model)

    @property
    def path(self) -> Path:
        return self._path

    def tag(self, tokens: Sequence[_TokenLike]) -> list[str]:
        """BIO tags (B-PERS, I-ORG, O, ...) for `tokens`, one per token.

        Long inputs are tagged sentence by sentence (split after . ! ? ؟).
        """
        tags: list[str] = []
        for start, end in split_sentences(tokens):
            with self._lock:  # a crfsuite Tagger keeps per-call state; the memo is shared too
                xseq = sentence_features(tokens[start:end], self._lex, self._memo)
                tags.extend(self._crf.tag(_encodable(xseq)))
        return tags

    def spans(self, tokens: Sequence[_TokenLike]) -> list[tuple[int, int, str]]:
        """(start, end, type) over token indexes of `tokens` (end exclusive)."""
        return bio_to_spans(self.tag(tokens))


def _encodable(xseq: list[list[str]]) -> list[list[str]]:
    """crfsuite takes UTF-8: a lone surrogate in the text (a broken escape in the input JSON)
    becomes "?" in the features instead of failing the article (one check per sentence)."""
    try:
        "\x00".join("\x00".join(x) for x in xseq).encode("utf-8")
    except UnicodeEncodeError:
        return [[f.encode("utf-8", "replace").decode("utf-8") for f in x] for x in xseq]
    return xseq
