"""Stage 1: sentences and tokens with offsets into the original text."""
from __future__ import annotations

from rasad.lang.ar import split_sentences, tokenize
from rasad.model import Document, Sentence


def segment(doc: Document) -> None:
    text = doc.text
    all_tokens = []
    for i, (start, end) in enumerate(split_sentences(text)):
        toks = tokenize(text[start:end], offset=start)
        # Re-index tokens document-wide.
        toks = [type(t)(len(all_tokens) + j, t.start, t.end, t.text, t.norm, t.kind) for j, t in enumerate(toks)]
        all_tokens.extend(toks)
        doc.sentences.append(Sentence(i, start, end, text[start:end], tuple(toks)))
    doc.tokens = all_tokens
