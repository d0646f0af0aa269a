"""Word lists on Aho-Corasick automata, matched against normalized text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from qungui.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class LexiconHit:
    term: str  # the lexicon entry as written
    start: int  # offsets in the compact form
    end: int


class Lexicon:
    """A set of terms and an allowlist, both normalized like the text they are matched against."""

    def __init__(self, terms: Iterable[str], allow: Iterable[str] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for term in terms:
            key = normalize(term).compact
            if key and key not in self._automaton:
                self._automaton.add_word(key, (len(key), term))
                self.size += 1
        self._allow = ahocorasick.Automaton()
        allow_count = 0
        for term in allow:
            key = normalize(term).compact
            if key:
                self._allow.add_word(key, len(key))
                allow_count += 1
        if self.size:
            self._automaton.make_automaton()
        if allow_count:
            self._allow.make_automaton()
        self._has_allow = allow_count > 0

    def find(self, compact: str) -> Iterator[LexiconHit]:
        """Yield every term occurrence in `compact` not covered by an allowlisted phrase."""
        if not self.size or not compact:
            return
        covered: list[tuple[int, int]] = []
        if self._has_allow:
            covered = [(end - length + 1, end + 1) for end, length in self._allow.iter(compact)]
        for end, (length, term) in self._automaton.iter(compact):
            start = end - length + 1
            if any(a <= start and end + 1 <= b for a, b in covered):
                continue
            yield LexiconHit(term, start, end + 1)
