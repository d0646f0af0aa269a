"""Word lists on Aho-Corasick automata, matched against normalized text by spelling and by sound.

Terms pass through the same `Normalizer` as the text, so a term written 微信 matches 薇❤信,
"wei xin", "weixin" and 維信 alike. Each term is stored in one automaton under the sound key
(`sound.py`) of each of its forms: the term itself, its stand-in variants (加微信 → 加vx, 加绿泡泡;
`variants.py`) and curated pinyin initials (jwwx). One pass over the text's sound key finds both
spelled hits and homophones; Latin pinyin is read in a second pass only when the text has some.

An allowlist phrase (also normalized) that covers a hit suppresses it, and a hit may not run
across sentence punctuation that was not used as stuffing between the characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick

from qungui.text.normalize import NormalizedText, Normalizer, default_normalizer
from qungui.text.sound import Entry, Mode, entries_for, scan, scan_latin
from qungui.text.variants import expand, variant_tables


@dataclass(frozen=True, slots=True)
class LexiconHit:
    term: str  # the lexicon entry as written
    start: int  # offsets in the compact form
    end: int
    via: frozenset[str] = field(default_factory=frozenset)  # homophone, pinyin, initials, variant
    tag: Any = None  # what the term was added with (a category, a cue class)


_NONE: tuple[LexiconHit, ...] = ()
MAX_HITS = 1000  # per text and lexicon: bounds the work on a megabyte of repeated terms


class Lexicon:
    """A set of terms and an allowlist, both normalized like the text they are matched against."""

    def __init__(
        self,
        terms: Iterable[str] | Iterable[tuple[str, Any]],
        allow: Iterable[str] = (),
        *,
        normalizer: Normalizer | None = None,
        by_sound: bool = True,
        variants: bool = True,
    ) -> None:
        self.normalizer = normalizer or default_normalizer()
        pinyin = self.normalizer.pinyin
        keyed: dict[str, list[Entry]] = {}
        tables = variant_tables() if variants else None
        canon = self._canonical_variants(tables) if tables else ()
        self.size = 0
        seen: set[tuple[str, Any]] = set()
        for item in terms:
            term, tag = (item, None) if isinstance(item, str) else item
            key = self.normalizer.compact(term)
            if not key or (key, tag) in seen:
                continue
            seen.add((key, tag))
            self.size += 1
            forms = [(key, frozenset())]
            forms += [(v, frozenset({"variant"})) for v in expand(key, canon)]
            if tables:
                forms += [(self.normalizer.compact(c), frozenset({"initials"})) for c in tables.initials.get(key, ())]
            for form, via in forms:
                for entry in entries_for(term, form, tag, via, pinyin):
                    if not by_sound and entry.mode is not Mode.SPELLED:
                        entry = replace(entry, mode=Mode.SPELLED)
                    keyed.setdefault(entry.key, []).append(entry)
        self._automaton = ahocorasick.Automaton()
        for key, entries in keyed.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        if keyed:
            self._automaton.make_automaton()
        self._latin = by_sound and any(e.mode is not Mode.SPELLED for es in keyed.values() for e in es)
        self._allow = ahocorasick.Automaton()
        allow_count = 0
        for phrase in allow:
            key = self.normalizer.compact(phrase)
            if key and key not in self._allow:
                self._allow.add_word(key, len(key))
                allow_count += 1
        if allow_count:
            self._allow.make_automaton()
        self._has_allow = allow_count > 0

    def _canonical_variants(self, tables) -> tuple[tuple[str, tuple[str, ...]], ...]:
        compact = self.normalizer.compact
        return tuple((compact(c), tuple(compact(v) for v in vs)) for c, vs in tables.variants)

    def find(self, text: NormalizedText | str) -> Iterator[LexiconHit]:
        """Yield every term occurrence in `text` (a NormalizedText, or a string to normalize) not allowlisted."""
        norm = text if isinstance(text, NormalizedText) else self.normalizer.normalize(text)
        yield from self.hits(norm)

    def hits(self, norm: NormalizedText) -> Sequence[LexiconHit]:
        """Every hit in `norm`, computed once per text and lexicon (cached on `norm`)."""
        found = norm.cache.get(self)
        if found is None:
            found = norm.cache[self] = self._scan(norm) if self.size and norm.compact else _NONE
        return found

    def _scan(self, norm: NormalizedText) -> Sequence[LexiconHit]:
        latin = self._latin and norm.latin_sound() is not None
        if not latin and next(self._automaton.iter(norm.sound), None) is None:
            return _NONE  # most texts: no key of any term in the sound key at all
        found: dict[tuple[int, int, str, Any], LexiconHit] = {}
        passes = [scan(norm, self._automaton)]
        if latin:
            passes.append(scan_latin(norm, self._automaton))
        for matches in passes:
            for entry, start, end, how in matches:
                key = (start, end, entry.term, entry.tag)
                if key not in found:
                    found[key] = LexiconHit(entry.term, start, end, entry.via | how, entry.tag)
                    if len(found) >= MAX_HITS:
                        break  # a pathological text: the first hits are evidence enough
        if not found:
            return _NONE
        compact = norm.compact
        covered: list[tuple[int, int]] = []
        if self._has_allow:
            covered = [(end - length + 1, end + 1) for end, length in self._allow.iter(compact)]
        out: list[LexiconHit] = []
        reach: dict[tuple[str, Any], int] = {}  # per term: the furthest end kept so far
        for hit in sorted(found.values(), key=lambda h: (h.start, -h.end)):
            if reach.get((hit.term, hit.tag), -1) >= hit.end:
                continue  # inside a longer hit of the same term
            if covered and any(a <= hit.start and hit.end <= b for a, b in covered):
                continue
            if norm.crosses_sentence(hit.start, hit.end):
                continue
            reach[(hit.term, hit.tag)] = hit.end
            out.append(hit)
        return out
