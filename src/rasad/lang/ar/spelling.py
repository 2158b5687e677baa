"""Near spellings: a word one letter away from a known one ("باودش" for بادوش, "سيلبوبي" for
سيلوبي).

The index holds every word and every form of it with one letter deleted; a word is looked up by
itself and by its own one-letter deletions, and the hits are checked with the optimal string
alignment distance (insertion, deletion, substitution, or two neighbouring letters swapped).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def osa_distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


class SpellingIndex:
    """Words of at least `min_len` letters, found again from a spelling one edit away."""

    def __init__(self, words: Iterable[str], min_len: int = 5):
        self.min_len = min_len
        self._words: set[str] = set()
        self._by_form: dict[str, set[str]] = defaultdict(set)
        for w in words:
            if len(w) < min_len or w in self._words:
                continue
            self._words.add(w)
            self._by_form[w].add(w)
            for d in _deletions(w):
                self._by_form[d].add(w)

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def near(self, word: str) -> set[str]:
        """The known words exactly one edit from `word` (none for a known word or a short one)."""
        if len(word) < self.min_len or word in self._words:
            return set()
        hits: set[str] = set(self._by_form.get(word, ()))
        for d in _deletions(word):
            hits |= self._by_form.get(d, set())
        return {h for h in hits if osa_distance(word, h) == 1}
