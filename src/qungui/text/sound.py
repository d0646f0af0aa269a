"""Lexicon entries keyed by sound class, and the checks that tell a spelled hit from a homophone.

Every term form is stored under its sound key (`PinyinTable.sound_key`: Han characters as the
class of their toneless reading, everything else unchanged). The text's sound key has the same
length as its compact form, so a single automaton pass over it finds spelled hits (the compact
text equals the form) and homophones (it only sounds the same) at compact offsets. Latin pinyin
gets a second key (`PinyinTable.latin_key`) with its own index map.

How far a form may match by sound depends on its length in syllables:
- one syllable (or no Han character, or curated initials): spelling only;
- two syllables: first readings only and the same toned reading on every Han character (私我 sī wǒ
  is not 死我 sǐ wǒ in 笑死我了): short homophones are everywhere in chat;
- three or more: any reading, any tone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from qungui.text.normalize import NormalizedText
from qungui.text.pinyin import PinyinTable


class Mode(IntEnum):
    SPELLED = 0
    TONED = 1
    SOUND = 2


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass(frozen=True, slots=True)
class Entry:
    """One key of one form of one term."""

    key: str
    term: str
    tag: Any
    via: frozenset[str]
    form: str  # the compact form
    tones: tuple[str, ...]  # toned first reading per character of `form` ("" for non-Han)
    mode: Mode
    whole_token: bool  # an all-Latin form must not touch other letters


def entries_for(term: str, form: str, tag: Any, via: frozenset[str], pinyin: PinyinTable) -> list[Entry]:
    """Every key under which `form` is stored (one unless a 3+ syllable term has heteronyms)."""
    tones = tuple((pinyin.toned(ch)[:1] or ("",))[0] if is_han(ch) else "" for ch in form)
    latin_runs = sum(1 for i, ch in enumerate(form) if not tones[i] and (i == 0 or tones[i - 1]))
    syllables = sum(1 for t in tones if t) + latin_runs
    whole = form.isascii() and form.isalnum()
    if not any(tones) or syllables < 2 or "initials" in via:
        mode = Mode.SPELLED
    else:
        mode = Mode.TONED if syllables == 2 else Mode.SOUND
    keys = pinyin.term_keys(form, first_only=mode is not Mode.SOUND)
    return [Entry(key, term, tag, via, form, tones, mode, whole) for key in keys]


def scan(norm: NormalizedText, automaton) -> Iterator[tuple[Entry, int, int, frozenset[str]]]:
    """(entry, start, end, how) for every hit; start/end are compact offsets, `how` empty when spelled."""
    compact = norm.compact
    pinyin = norm.pinyin()
    for end, (length, entries) in automaton.iter(norm.sound):
        start, stop = end + 1 - length, end + 1
        piece = compact[start:stop]
        for entry in entries:
            if piece == entry.form:
                if not entry.whole_token or _token_edges(norm, start, stop):
                    yield entry, start, stop, frozenset()
            elif entry.mode is Mode.SOUND or (entry.mode is Mode.TONED and _same_tones(piece, entry, pinyin)):
                yield entry, start, stop, frozenset({"homophone"})


def scan_latin(norm: NormalizedText, automaton) -> Iterator[tuple[Entry, int, int, frozenset[str]]]:
    """Hits that need Latin pinyin read as syllables ("jia wo weixin", "wei信")."""
    latin = norm.latin_sound()
    if latin is None:
        return
    key, index = latin
    compact = norm.compact
    for end, (length, entries) in automaton.iter(key):
        start, stop = index[end + 1 - length], index[end + 1]
        if not any("a" <= compact[k] <= "z" for k in range(start, stop)):
            continue  # the plain sound key found it already
        for entry in entries:
            if entry.mode is Mode.SPELLED:
                continue
            how = {"pinyin"}
            if any(is_han(ch) and ch not in entry.form for ch in compact[start:stop]):
                how.add("homophone")
            yield entry, start, stop, frozenset(how)


def _same_tones(piece: str, entry: Entry, pinyin: PinyinTable) -> bool:
    for offset, wanted in enumerate(entry.tones):
        ch = piece[offset]
        if wanted and ch != entry.form[offset] and pinyin.toned(ch)[:1] != (wanted,):
            return False
    return True


def _token_edges(norm: NormalizedText, start: int, end: int) -> bool:
    """An all-Latin key must not be glued to other letters (jwwx in "ajwwxb" is no match)."""
    compact = norm.compact
    if start > 0 and "a" <= compact[start - 1] <= "z" and not norm.gap_before(start):
        return False
    return not (end < len(compact) and "a" <= compact[end] <= "z" and not norm.gap_before(end))
