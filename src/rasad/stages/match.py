"""Dictionary matching over tokens, aware of Arabic clitics.

A general-purpose automaton (e.g. Aho-Corasick) matches strings; what we need is to
match *token sequences* where the first token may carry proclitics (و ف ب ل ك ال) that
must be peeled off in several possible ways. The index maps a first key to the rest of
each alias, so one dictionary look-up per reading of each token suffices.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from rasad.lang.ar import Token
from rasad.lang.ar.normalize import indefinite_keys, strip_article, token_keys


@dataclass(frozen=True, slots=True)
class Match:
    tok_start: int   # position in the token sequence given
    tok_end: int
    ref: str
    clitic: str      # proclitics peeled off the first token
    keys: tuple[str, ...]


def _rest_matches(tokens: Sequence[Token], j: int, rest: tuple[str, ...]) -> bool:
    if j + len(rest) > len(tokens):
        return False
    for k, key in enumerate(rest):
        tok = tokens[j + k]
        if tok.kind == "punct":
            return False
        if strip_article(tok.norm) != key and tok.norm != key:
            return False
    return True


def _has_article(norm: str, clitic: str, key: str) -> bool:
    if clitic.endswith(("ال", "لل")):
        return True
    rest = norm[len(clitic):]
    return rest.startswith("ال") and rest[2:] == key


#: Singular place words a name follows without its article: "قضاء بعاج", "ناحية عامرية".
_PLACE_WORDS = frozenset({"قضاء", "ناحيه", "مدينه", "بلده", "قريه", "محافظه"})


def _after_place_word(tok: Token) -> bool:
    return tok.kind != "punct" and bool(indefinite_keys(tok.norm) & _PLACE_WORDS)


def match_kinds(tokens: Sequence[Token], index: Mapping[str, tuple[tuple[tuple[str, ...], str, bool, str], ...]],
                kinds: Sequence[str]) -> dict[str, list[Match]]:
    """`match_all` for several dictionaries at once (one pass over the tokens).

    `index` maps a first key to (rest, ref, needs_article, kind) entries, longest first.
    Matches are leftmost-longest and non-overlapping within each kind.
    """
    out: dict[str, list[Match]] = {k: [] for k in kinds}
    free = {k: 0 for k in kinds}
    n = len(tokens)
    for i in range(n):
        tok = tokens[i]
        if tok.kind == "punct":
            continue
        best: dict[str, Match] = {}
        nxt = tokens[i + 1] if i + 1 < n else None
        nxt_keys = (strip_article(nxt.norm), nxt.norm) if nxt is not None and nxt.kind != "punct" else ()
        for clitic, key in token_keys(tok.norm):
            entries = index.get(key)
            if not entries:
                continue
            for rest, ref, needs_article, kind in entries:
                if free[kind] > i or (rest and rest[0] not in nxt_keys):
                    continue
                cur = best.get(kind)
                length = 1 + len(rest)
                if cur is not None and length <= cur.tok_end - cur.tok_start:
                    continue
                if needs_article and not _has_article(tok.norm, clitic, key) and not (
                        kind == "place" and not clitic and i > 0 and _after_place_word(tokens[i - 1])):
                    continue  # (but "في قضاء بعاج": after a place word the name needs no article)
                if _rest_matches(tokens, i + 1, rest):
                    best[kind] = Match(i, i + length, ref, clitic, (key, *rest))
        for kind, m in best.items():
            out[kind].append(m)
            free[kind] = m.tok_end
    return out
