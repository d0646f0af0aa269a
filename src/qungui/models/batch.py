"""Hashed n-gram buckets of many texts at once, in numpy: the same buckets as the per-text featurizers.

Both featurizers (`features.Featurizer`, `linear.HashedFeaturizer`) hash a gram by extending the CRC-32
of its prefix: ``h1 = crc32(first[i], seed)``, ``hk = crc32(joined[i+k-1], h(k-1))``. CRC-32 is affine in
its start value: ``crc32(data, v) == crc32(data, 0) ^ Z(v, len(data))`` where ``Z(·, L)`` advances the
register over L zero bytes and is linear, so four 256-entry tables per length give it for a whole array
at once. A batch is a list of *segments* (texts or windows of texts); `BatchHasher.distinct` returns,
for each segment, its distinct buckets — exactly the set `buckets(segment)` returns — as flat arrays.

Only numpy is needed (already a dependency of the spam model); the per-text paths stay pure Python.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

MAX_TOKEN_BYTES = 64  # longer tokens (a Latin run that is not pinyin) send their segment to the per-text path
_POLY = 0xEDB88320
START, END = "\x02", "\x03"


def _crc_table() -> np.ndarray:
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(_POLY), table >> 1).astype(np.uint32)
    return table


@dataclass(frozen=True, slots=True)
class Stream:
    """A token stream of many segments back to back: per position the CRC-32 (from 0) and byte length of
    the token alone and of the token with its joiner, and the segment it belongs to (`codes`: the code
    points, for a character stream)."""

    crc_first: np.ndarray
    len_first: np.ndarray
    crc_joined: np.ndarray
    len_joined: np.ndarray
    segment: np.ndarray
    codes: np.ndarray | None = None

    def where(self, keep: np.ndarray) -> Stream:
        """The positions where `keep` is true (whole segments, so each stays contiguous)."""
        codes = self.codes[keep] if self.codes is not None else None
        return Stream(
            *(a[keep] for a in (self.crc_first, self.len_first, self.crc_joined, self.len_joined)),
            self.segment[keep],
            codes,
        )


@dataclass(frozen=True, slots=True)
class Readings:
    """A featurizer's pinyin table as arrays: per code point U+4E00–U+9FFF its syllable (0: none), and per
    syllable the CRC-32 and byte length of its text."""

    first: int
    syllable: np.ndarray
    crc: np.ndarray
    length: np.ndarray

    @classmethod
    def build(cls, first: int, syllables: Sequence[str], table: Sequence[int]) -> Readings:
        encoded = [s.encode() for s in syllables]
        return cls(
            first,
            np.asarray(table, dtype=np.intp),
            np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(encoded)),
            np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)),
        )


class BatchHasher:
    """CRC-32 shift tables and the UTF-8 CRC of every BMP character; build once per model."""

    def __init__(self) -> None:
        table = _crc_table()
        self._table = table
        state = np.arange(256, dtype=np.uint32)[None, :] << (np.arange(4, dtype=np.uint32) * 8)[:, None]
        shifts = np.empty((MAX_TOKEN_BYTES + 2, 4, 256), dtype=np.uint32)
        shifts[0] = state
        for length in range(1, MAX_TOKEN_BYTES + 2):
            state = table[state & 0xFF] ^ (state >> 8)
            shifts[length] = state
        self._shifts = shifts.reshape(-1)
        codes = np.arange(0x10000, dtype=np.uint32)
        self.bmp_len = np.where(codes < 0x80, 1, np.where(codes < 0x800, 2, 3)).astype(np.int64)
        self.bmp_crc = self._utf8_crc(codes, self.bmp_len)

    def shift(self, value: np.ndarray, length: np.ndarray) -> np.ndarray:
        """Z(value, length): the CRC register `value` advanced over `length` zero bytes (elementwise)."""
        base = length.astype(np.intp) * 1024
        s = self._shifts
        return (
            s[base + (value & 0xFF)]
            ^ s[base + 256 + ((value >> 8) & 0xFF)]
            ^ s[base + 512 + ((value >> 16) & 0xFF)]
            ^ s[base + 768 + (value >> 24)]
        )

    def _utf8_crc(self, codes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """crc32(chr(code).encode("utf-8", "surrogatepass")) for each code point, given its UTF-8 length."""
        lead = np.select(
            [lengths == 1, lengths == 2, lengths == 3],
            [codes, 0xC0 | (codes >> 6), 0xE0 | (codes >> 12)],
            0xF0 | (codes >> 18),
        )
        tail = [0x80 | ((codes >> shift) & 0x3F) for shift in (12, 6, 0)]  # the continuation bytes of a 4-byte form
        table = self._table
        crc = np.full(len(codes), 0xFFFFFFFF, dtype=np.uint32)
        for index in range(4):
            # byte `index` of a form of `lengths` bytes is the lead (index 0) or continuation 4 - lengths + index
            byte = lead if index == 0 else np.choose(np.clip(4 - lengths + index - 1, 0, 2), tail)
            step = table[(crc ^ byte.astype(np.uint32)) & 0xFF] ^ (crc >> 8)
            crc = np.where(lengths > index, step, crc)
        return crc ^ np.uint32(0xFFFFFFFF)

    def char_stream(self, segments: Sequence[str], *, surrogates: bool = True) -> Stream | None:
        """Every character of every padded segment (START + segment + END).

        Without `surrogates` (a featurizer that encodes strictly), None when a segment holds a lone surrogate.
        """
        joined = "".join([f"{START}{s}{END}" for s in segments])
        try:
            raw = joined.encode("utf-32-le", "surrogatepass" if surrogates else "strict")
        except UnicodeEncodeError:
            return None
        codes = np.frombuffer(raw, dtype="<u4")
        crc = self.bmp_crc[np.minimum(codes, 0xFFFF)]
        length = self.bmp_len[np.minimum(codes, 0xFFFF)]
        astral = codes > 0xFFFF
        if astral.any():
            length[astral] = 4
            crc[astral] = self._utf8_crc(codes[astral], length[astral])
        sizes = np.fromiter((len(s) + 2 for s in segments), dtype=np.int64, count=len(segments))
        segment = np.repeat(np.arange(len(segments), dtype=np.int64), sizes)
        return Stream(crc, length, crc, length, segment, codes)

    def reading_stream(self, chars: Stream, readings: Readings, joiner: bytes) -> Stream:
        """The token stream of segments whose tokens are their characters read through `readings` (a Han
        character with a reading becomes its syllable, anything else stays itself): what the featurizers'
        tokenizers give for a segment without Latin or digit runs, START and END included."""
        assert chars.codes is not None
        offset = chars.codes.astype(np.intp) - readings.first
        inside = (offset >= 0) & (offset < len(readings.syllable))
        syllable = np.where(inside, readings.syllable[np.where(inside, offset, 0)], 0)
        read = syllable > 0
        crc = np.where(read, readings.crc[syllable], chars.crc_first)
        length = np.where(read, readings.length[syllable], chars.len_first)
        prefix = np.full(len(crc), zlib.crc32(joiner), dtype=np.uint32)
        return Stream(crc, length, crc ^ self.shift(prefix, length), length + len(joiner), chars.segment)

    def token_stream(
        self, token_lists: Sequence[Sequence[str]], joiner: bytes, owners: Sequence[int] | None = None
    ) -> Stream | None:
        """Tokens of every segment, padded with START and END; None if a token is too long for the tables.

        `owners`: the segment number of each token list (default 0, 1, 2 …)."""
        flat: list[str] = []
        for tokens in token_lists:
            flat.append(START)
            flat += tokens
            flat.append(END)
        index = {token: number for number, token in enumerate(dict.fromkeys(flat))}
        ids = list(map(index.__getitem__, flat))
        encoded = [token.encode("utf-8", "surrogatepass") for token in index]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        if len(lengths) and int(lengths.max()) > MAX_TOKEN_BYTES:
            return None
        crc = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(encoded))
        prefix = np.full(len(encoded), zlib.crc32(joiner), dtype=np.uint32)
        crc_joined = crc ^ self.shift(prefix, lengths)  # crc32(joiner + token) from crc32(token)
        at = np.asarray(ids, dtype=np.intp)
        sizes = np.fromiter((len(t) + 2 for t in token_lists), dtype=np.int64, count=len(token_lists))
        numbers = np.arange(len(token_lists)) if owners is None else np.asarray(owners)
        segment = np.repeat(numbers.astype(np.int64), sizes)
        return Stream(crc[at], lengths[at], crc_joined[at], (lengths + len(joiner))[at], segment)

    def grams(self, stream: Stream, seed: int, lo: int, hi: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """(hashes, segments) of the n-grams lo <= n <= hi that stay within one segment."""
        hashes: list[np.ndarray] = []
        owners: list[np.ndarray] = []
        seeds = np.full(len(stream.crc_first), seed, dtype=np.uint32)
        h = stream.crc_first ^ self.shift(seeds, stream.len_first)
        segment = stream.segment
        for size in range(1, hi + 1):
            if size > 1:
                h = stream.crc_joined[size - 1 :] ^ self.shift(h[:-1], stream.len_joined[size - 1 :])
            if not len(h):
                break
            if size >= lo:
                if size == 1:
                    hashes.append(h)
                    owners.append(segment)
                else:
                    inside = segment[: len(h)] == segment[size - 1 :]
                    hashes.append(h[inside])
                    owners.append(segment[: len(h)][inside])
        return hashes, owners

    @staticmethod
    def distinct(hashes: list[np.ndarray], owners: list[np.ndarray], bits: int) -> tuple[np.ndarray, np.ndarray]:
        """The distinct (segment, bucket) pairs of the grams, sorted by segment."""
        count = max((int(o.max()) + 1 for o in owners if len(o)), default=0)
        dtype = np.uint32 if count << bits <= 1 << 32 else np.uint64  # smaller keys sort faster
        mask = dtype((1 << bits) - 1)
        keys = np.concatenate(
            [(o.astype(dtype) << dtype(bits)) | (h.astype(dtype) & mask) for h, o in zip(hashes, owners, strict=True)]
        )
        keys.sort()
        if len(keys):
            first = np.empty(len(keys), dtype=bool)
            first[0] = True
            np.not_equal(keys[1:], keys[:-1], out=first[1:])
            keys = keys[first]
        return (keys >> dtype(bits)).astype(np.intp), (keys & mask).astype(np.intp)


def token_streams(
    hasher: BatchHasher,
    chars: Stream,
    segments: Sequence[str],
    readings: Readings,
    tokenize: Callable[[str], list[str]],
    runs: re.Pattern[str],
    joiner: bytes,
) -> list[Stream] | None:
    """The token streams of `segments`: read straight off the character stream where a segment has no
    match of `runs` (the featurizer's tokenizer then reads character by character), else from `tokenize`."""
    python = [i for i, segment in enumerate(segments) if runs.search(segment) is not None]
    streams = []
    if len(python) < len(segments):
        keep = np.ones(len(segments), dtype=bool)
        keep[python] = False
        streams.append(hasher.reading_stream(chars.where(keep[chars.segment]), readings, joiner))
    if python:
        stream = hasher.token_stream([tokenize(segments[i]) for i in python], joiner, python)
        if stream is None:
            return None
        streams.append(stream)
    return streams


def windows(compact: str, window: int, max_scan: int) -> list[str]:
    """The pieces a long text is scored in (the whole text when it fits one window)."""
    if len(compact) <= window:
        return [compact]
    scan = compact[:max_scan]
    step = window // 2
    return [scan[i : i + window] for i in range(0, max(1, len(scan) - window + step), step)]
