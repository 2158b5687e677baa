"""Numbers written in digits or words, with hedges ("نحو 20", "أكثر من 40", "العشرات")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rasad.lang.ar.normalize import strip_article, token_keys
from rasad.lang.ar.resources import NUMBER_WORDS, TEEN_SUFFIX, VAGUE_QUANTITIES
from rasad.lang.ar.tokenize import Token


@dataclass(frozen=True, slots=True)
class Number:
    value: int | None   # None for vague quantities ("عشرات")
    start: int          # token index of the first token of the figure
    end: int            # token index after the figure
    vague: bool = False


#: Words that multiply the figure before them (folded: آلاف → الاف).
_MULTIPLIERS = {"الاف": 1000, "الف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}


def _word_value(norm: str) -> int | None:
    # ("الفي", "الفين": not the article on "في", "فين")
    bare = norm[1:] if norm.startswith("و") and len(norm) > 3 else norm
    if bare in ("الف", "الفي", "الفين", "الفان"):
        return NUMBER_WORDS.get(bare)
    for _, key in token_keys(norm):
        if key in NUMBER_WORDS:
            return NUMBER_WORDS[key]
    return None


def parse_number(tokens: Sequence[Token], i: int) -> Number | None:
    """Read a number starting at token `i` (digits, number words, compounds with و)."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok.kind == "num":
        digits = tok.norm.replace(",", "").replace("٬", "")
        try:
            value = int(float(digits))
        except ValueError:
            return None
        # "25 ألف", "3 آلاف", "1.5 مليون": digits with a multiplier word
        multiplier = _MULTIPLIERS.get(tokens[i + 1].norm) if i + 1 < len(tokens) else None
        if multiplier:
            return Number(int(float(digits) * multiplier), i, i + 2)
        return Number(value, i, i + 1)
    if tok.kind != "word":
        return None
    for _, k in token_keys(tok.norm):
        if k in VAGUE_QUANTITIES or tok.norm in VAGUE_QUANTITIES:
            return Number(None, i, i + 1, vague=True)
    value = _word_value(tok.norm)
    if value is None:
        return None
    end = i + 1
    # Teens: "ثلاثة عشر"
    if end < len(tokens) and strip_article(tokens[end].norm) in TEEN_SUFFIX and value < 10:
        return Number(value + 10, i, end + 1)
    # Compounds: "خمسة وعشرون", "مئة وعشرون"
    while end < len(tokens) and tokens[end].norm.startswith("و"):
        nxt = _word_value(tokens[end].norm[1:])
        if nxt is None:
            break
        value += nxt
        end += 1
    # Multipliers: "ثلاثة آلاف", "ثلاث مئة" ("خمسمئة" in one word is in NUMBER_WORDS).
    if end < len(tokens) and value < 1000:
        multiplier = {"ميه": 100, "مايه": 100, **_MULTIPLIERS}.get(tokens[end].norm)  # (folded: مئة, مائة)
        if multiplier and not (multiplier == 100 and value >= 100):
            value *= multiplier
            end += 1
    return Number(value, i, end)
