"""Sentence splitting for Arabic news text.

Splits at line breaks and at . ! ? ؟ followed by space, except inside a quotation that
closes later in the same paragraph, and except after a one-letter abbreviation (د. أ.).
"""
from __future__ import annotations

import re

_OPENERS = {"«": "»", "“": "”", "„": "”", "‘": "’"}
_ENDERS = set(".!?؟…")


def _quote_closes(text: str, i: int, close: str, limit: int) -> bool:
    j = text.find(close, i + 1, limit)
    return j != -1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences; whitespace around them is excluded."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p_start, p_end = para.span()
        start = p_start
        open_close: str | None = None  # the closing mark we are waiting for
        i = p_start
        while i < p_end:
            c = text[i]
            if open_close is not None:
                if c == open_close:
                    open_close = None
            elif c in _OPENERS and _quote_closes(text, i, _OPENERS[c], p_end):
                open_close = _OPENERS[c]
            elif c == '"':
                # Straight quotes toggle; open only when a partner follows in the paragraph.
                if _quote_closes(text, i, '"', p_end):
                    open_close = '"'
            elif c in _ENDERS:
                nxt = text[i + 1] if i + 1 < p_end else " "
                prev_word = re.search(r"(\S+)$", text[start:i])
                abbreviation = prev_word is not None and len(prev_word.group(1)) == 1
                if nxt.isspace() and not abbreviation:
                    spans.append((start, i + 1))
                    start = i + 1
            i += 1
        if start < p_end:
            spans.append((start, p_end))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result
