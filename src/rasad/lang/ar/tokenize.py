"""Tokenization with offsets into the original text.

Words keep their attached clitics (و ف ب ل ك ال); `normalize.token_keys` offers the
clitic-stripped readings, so the matcher can try them without losing the original span.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from rasad.lang.ar.normalize import normalize_token

# A word: Arabic letters (with diacritics/tatweel/ZWNJ), Latin letters, or digits with
# decimal separators. Everything else that is not space is a one-character punctuation token.
_WORD = r"[\u0600-\u060B\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u200C\u200DA-Za-z]+"
_NUMBER = r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
# Hyphenated names ("هينيس-بلاسخارت") stay one word.
_TOKEN_RE = re.compile(rf"(?P<num>{_NUMBER})|(?P<word>{_WORD}(?:-{_WORD})*)|(?P<punct>\S)")


class Token(NamedTuple):
    """One token: its span in the original text and its normalized form (immutable)."""

    index: int
    start: int
    end: int
    text: str
    norm: str
    kind: str  # "word", "num" or "punct"

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens; offsets are shifted by `offset` (for sentence slices)."""
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        raw = m.group(0)
        # Digits of both kinds (Arabic-Indic ٠-٩ overlap the word range): classify by content.
        if kind == "word" and ("\u0660" <= raw[0] <= "\u0669" or "\u06F0" <= raw[0] <= "\u06F9") and all(
                "\u0660" <= c <= "\u0669" or "\u06F0" <= c <= "\u06F9" for c in raw):
            kind = "num"
        norm = normalize_token(raw)
        tokens.append(Token(len(tokens), m.start() + offset, m.end() + offset, raw, norm, kind))
    return tokens
