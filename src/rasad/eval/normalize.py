"""Content words for comparing an actor, place or speaker mention with a gold substring.

As the annotation guide says: diacritics and tatweel removed, أإآ→ا, ى→ي, ة→ه; clitics
و/ف/ب/ل/ك and the article ال/لل removed; the nisba ending ي/ية folded (تركيا, التركي and
التركية meet); generic words such as قوات, عناصر, مسلحين do not count.
"""
from __future__ import annotations

from functools import lru_cache

from rasad.lang.ar import normalize, tokenize
from rasad.lang.ar.normalize import fold_adjective
from rasad.lang.ar.resources import PROCLITICS

GENERIC_WORDS = frozenset({
    "قوات", "قوه", "عناصر", "عنصر", "مسلحين", "مسلحون", "مسلح", "مقاتلي", "مقاتلين", "مقاتلو", "افراد", "جنود",
    "تنظيم", "جماعه", "مجموعه", "منطقه", "مناطق", "مدينه", "محافظه", "قضاء", "ناحيه", "قريه", "حي", "في",
    "من", "علي", "الي", "عن", "مع", "و", "او", "قبل", "بين", "حكومه", "وزاره", "عسكريه", "امنيه", "امني",
    "جيش", "حرس", "طيران", "طائرات", "مقاتلات", "ابناء", "مصادر", "مصدر", "مسؤول", "مسؤولون", "تحالف",
})
_CLITICS = PROCLITICS + ("ال",)


def _strip(word: str) -> str:
    for c in sorted(_CLITICS, key=len, reverse=True):
        if word.startswith(c) and len(word) - len(c) >= 3:
            word = word[len(c):]
            break
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return fold_adjective(word)


@lru_cache(maxsize=50_000)
def content_words(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    words = set()
    for tok in tokenize(normalize(text)):
        if tok.kind != "word":
            continue
        w = _strip(tok.norm)
        if w in GENERIC_WORDS or tok.norm in GENERIC_WORDS or len(w) < 2:
            continue
        words.add(w)
    return frozenset(words)


def mentions_match(gold: str | None, system: str | None) -> bool:
    """Both null, or they share a content word.

    A mention made only of generic words ("القوات") has no content word to share; two such
    mentions that are the same words (after normalization) still name the same thing.
    """
    if not gold and not system:
        return True
    if not gold or not system:
        return False
    if not content_words(gold):
        return _stripped(gold) == _stripped(system)
    return bool(content_words(gold) & content_words(system))


def _stripped(text: str) -> tuple[str, ...]:
    return tuple(_strip(t.norm) for t in tokenize(normalize(text)) if t.kind == "word")


def normalized_text(text: str) -> str:
    return " ".join(t.norm for t in tokenize(normalize(text)) if t.kind != "punct")
