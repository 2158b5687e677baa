"""Normalization of Arabic text for matching.

Matching never changes the text we report: offsets always point into the original.
`normalize` folds characters one to one where it can, so a normalized token can be
mapped back to its original span by the tokenizer (which normalizes token by token).
"""
from __future__ import annotations

from functools import lru_cache

from rasad.lang.ar.resources import DIACRITICS, LETTER_MAP, PROCLITICS, TATWEEL, WORD_VARIANTS

_TRANSLATE = {ord(k): v for k, v in LETTER_MAP.items()}
for _c in DIACRITICS:
    _TRANSLATE[ord(_c)] = None
_TRANSLATE[ord(TATWEEL)] = None
_TRANSLATE[0x200C] = None  # zero-width non-joiner (Persian/Kurdish typing)
_TRANSLATE[0x200D] = None
_TRANSLATE[0x200F] = None  # right-to-left mark


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian/Kurdish letters, digits.

    Word-level Kurdish spellings (كوردستان → كردستان) are unified per whitespace token.
    """
    folded = text.translate(_TRANSLATE)
    if any(w in folded for w in ("كورد", "بشمرك", "بيشمرك")):
        folded = " ".join(WORD_VARIANTS.get(w, w) for w in folded.split(" "))
    return folded


@lru_cache(maxsize=50_000)
def normalize_token(token: str) -> str:
    """Normalize one token (no spaces)."""
    t = token.translate(_TRANSLATE)
    return WORD_VARIANTS.get(t, t)


def strip_article(norm: str) -> str:
    """Remove a leading definite article ال (and لل) from a normalized token, if a stem remains."""
    if norm.startswith("ال") and len(norm) > 3:
        return norm[2:]
    if norm.startswith("لل") and len(norm) > 3:
        return norm[2:]
    return norm


@lru_cache(maxsize=50_000)
def token_keys(norm: str) -> tuple[tuple[str, str], ...]:
    """Candidate (proclitics, key) readings of a normalized token, most literal first.

    The key is the stem without the definite article. A reading is offered only when the
    remaining stem has at least two letters, so short words are not torn apart. The caller
    chooses the first reading that matches its dictionary.
    """
    readings = [("", strip_article(norm))]
    seen = {readings[0][1]}
    for clitic in PROCLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
            rest = norm[len(clitic):]
            if clitic.endswith("ال") or clitic.endswith("لل"):
                key = rest  # article already consumed
            else:
                key = strip_article(rest)
            if len(key) >= 2 and key not in seen:
                seen.add(key)
                readings.append((clitic, key))
    return tuple(readings)


def indefinite_keys(norm: str) -> frozenset[str]:
    """The keys of a token's readings that carry no article: "مدينه" for "ومدينة" and "بمدينة",
    none for "المدينة" or "بالمدينة" (the city just named, no name to follow)."""
    return frozenset(k for c, k in token_keys(norm) if "ال" not in c and not norm[len(c):].startswith("ال"))


def fold_adjective(key: str) -> str:
    """Fold a nisba adjective ending so تركيا, التركي and التركية meet (used in scoring)."""
    for suffix in ("يون", "يين", "يه", "يا", "ي"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)]
    return key


@lru_cache(maxsize=50_000)
def readings(norm: str) -> frozenset[str]:
    """Every key a normalized token can be read as (with and without its clitics), and itself."""
    return frozenset(k for _, k in token_keys(norm)) | {norm}
