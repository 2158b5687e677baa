"""Stage 1: sentences and tokens with offsets into the original text."""
from __future__ import annotations

from rasad.lang.ar import split_sentences, tokenize
from rasad.model import Document, Sentence


def segment(doc: Document) -> None:
    text = doc.text
    spans = split_sentences(text)
    tokens = tokenize(text)  # once for the whole text; sentences take their slice
    kept = []
    k = 0
    for i, (start, end) in enumerate(spans):
        while k < len(tokens) and tokens[k].start < start:
            k += 1  # whitespace-only gaps hold no tokens; this skips nothing in practice
        first = len(kept)
        while k < len(tokens) and tokens[k].end <= end:
            t = tokens[k]
            kept.append(t if t.index == len(kept) else type(t)(len(kept), t.start, t.end, t.text, t.norm, t.kind))
            k += 1
        doc.sentences.append(Sentence(i, start, end, text[start:end], tuple(kept[first:])))
    doc.tokens = kept
