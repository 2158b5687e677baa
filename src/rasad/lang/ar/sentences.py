"""Sentence splitting for Arabic news text.

Splits at line breaks (not after a comma: the sentence goes on), at . ! ? ؟ followed by space (or a full stop glued to the next Arabic
word, "الرمادي.وقال"), except inside a quotation that
closes later in the same paragraph, and except after a one-letter abbreviation (د. أ.).
Some outlets write whole paragraphs without a full stop: a long run without one is also
split before the words that open a new statement ("وقال", "وأضاف", "من جهته" ...).
"""
from __future__ import annotations

import re

_OPENERS = {"«": "»", "“": "”", "„": "”", "‘": "’"}
_ENDERS = set(".!?؟…")
_LONG = 300
# Words that open a new statement in news prose (with the conjunction و that starts a sentence).
_OPENING_WORDS = re.compile(
    r"\s(?=(?:وقال|وقالت|وأضاف|وأضافت|واضاف|واضافت|وأوضح|وأوضحت|واوضح|وتابع|وتابعت|وأكد|وأكدت|واكد|واكدت|"
    r"وأشار|وأشارت|واشار|واشارت|وذكر|وذكرت|وأعلن|وأعلنت|واعلن|واعلنت|وكان|وكانت|وفي|ومن جهته|ومن جهتها|"
    r"من جهته|من جهتها|من جهة أخرى|من جهة اخرى|إلى ذلك|الى ذلك|في غضون ذلك|في الأثناء|بدوره|بدورها)\s)")


def _quote_closes(text: str, i: int, close: str, limit: int) -> bool:
    j = text.find(close, i + 1, limit)
    return j != -1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences; whitespace around them is excluded."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
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
                # "الرمادي.وقال": a full stop missing its space, before an Arabic word (not "د.ب.أ").
                glued = c == "." and "\u0621" <= nxt <= "\u064a" and re.match(r"[\u0621-\u064a]{3,}", text[i + 1:p_end])
                if (nxt.isspace() or glued) and not abbreviation:
                    spans.append((start, i + 1))
                    start = i + 1
            i += 1
        if start < p_end:
            spans.append((start, p_end))
    result = []
    for s, e in (part for span in spans for part in _split_long(text, *span)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines of text; a line that ends with a comma goes on in the next one ("... القواعد الجوية
    التركية،\nولاسيما قاعدة انجرليك ...": a sentence broken by the page, not two)."""
    out: list[tuple[int, int]] = []
    comma = False
    for line in re.finditer(r"[^\n]+", text):
        s, e = line.span()
        first = text[s:e].split(maxsplit=1)[0] if text[s:e].strip() else ""
        # (a line opening with "و" + a verb is a new statement: "...،\nوعقب وصوله اجتمع")
        goes_on = first in _GOING_ON or not first.startswith("و")
        if comma and goes_on and out:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        comma = text[s:e].rstrip().endswith(("،", ","))
    return out


#: Words that carry a sentence on past a line break after a comma.
_GOING_ON = {"ولاسيما", "ولا", "وخاصة", "وخصوصا", "وبخاصة", "ومنها", "وبينها", "وهي", "وهو", "وهم"}


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run longer than _LONG with no sentence end: split before statement openers that
    stand outside quotation marks, keeping every part at least 80 characters long."""
    if end - start <= _LONG:
        return [(start, end)]
    inside = _inside_quotes(text, start, end)
    cuts = [m.start() + 1 for m in _OPENING_WORDS.finditer(text, start, end) if not inside[m.start() - start]]
    parts, last = [], start
    for c in cuts:
        if c - last >= 80 and end - c >= 80:
            parts.append((last, c))
            last = c
    parts.append((last, end))
    return parts


def _inside_quotes(text: str, start: int, end: int) -> list[bool]:
    mask, close = [], None
    for i in range(start, end):
        c = text[i]
        if close is not None:
            mask.append(True)
            if c == close:
                close = None
            continue
        if c in _OPENERS and _quote_closes(text, i, _OPENERS[c], end):
            close = _OPENERS[c]
        elif c == '"' and _quote_closes(text, i, '"', end):
            close = '"'
        mask.append(close is not None)
    return mask
