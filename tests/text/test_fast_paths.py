"""The shortcuts taken for throughput give the same results as the plain computations they replace."""

from __future__ import annotations

import random

from qungui.text.contact_context import _QQ_CEILING, _ceiling, contact_cues, score_contacts
from qungui.text.contacts import Kind, find_candidates
from qungui.text.domains import DomainParser, canonical_host
from qungui.text.lexicons import shipped_lexicon
from qungui.text.normalize import Normalizer, _compute_spans, default_normalizer
from qungui.text.sound import scan


def _walked_spans(norm) -> tuple[list[int], list[int]]:
    """Offsets by walking the original one character at a time (the path unit_starts replaces)."""
    table = norm._fold().table
    starts: list[int] = []
    for index, ch in enumerate(norm.original):
        out = table.get(ord(ch))
        if out is None:
            starts.append(index)
        elif out:
            starts.extend([index] * len(out))
    ends = [s + 1 for s in starts]
    for position in reversed(norm._merged):
        ends[position] = ends[position + 1]
        del starts[position + 1], ends[position + 1]
    return starts, ends


def _alphabet(normalizer: Normalizer, rng: random.Random) -> list[str]:
    table = normalizer.fold.table
    removed = [chr(cp) for cp, out in table.items() if out == ""]
    several = [chr(cp) for cp, out in table.items() if len(out) > 1]
    kept = [chr(cp) for cp, out in table.items() if len(out) == 1]
    return (
        rng.sample(removed, 40)
        + rng.sample(several, 20)
        + rng.sample(kept, 60)
        + [min(removed), min(several)]  # the characters unit_starts marks with
        + list("加微信一三八零弓虽口口 ,.。!？abcXYZ0123456789")
    )


def test_spans_match_a_walk_over_every_character() -> None:
    normalizer = default_normalizer()
    rng = random.Random(5)
    alphabet = _alphabet(normalizer, rng)
    texts = ["", " ", "加 微 信 138 0013 8000", "①③⑧-⓪⓪①③", "弓虽哥", "\u200b\u200d", "ａｂｃ　１２３"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(4000)]
    fast = 0
    for text in texts:
        norm = normalizer.normalize(text)
        starts, ends = _compute_spans(norm)
        assert (list(starts), list(ends)) == _walked_spans(norm), text
        fast += normalizer.unit_starts(text) is not None
    assert fast > 500  # the shortcut did the work for many texts (the others expand a character)


def test_unit_starts_declines_characters_that_expand() -> None:
    normalizer = default_normalizer()
    several = next(chr(cp) for cp, out in normalizer.fold.table.items() if len(out) > 1)
    assert normalizer.unit_starts("ab" + several) is None
    removed = next(chr(cp) for cp, out in normalizer.fold.table.items() if out == "")
    assert normalizer.unit_starts(f"a{removed}{removed}b{removed}c") == [0, 3, 5]


def _phone_texts(rng: random.Random, count: int) -> list[str]:
    pieces = ["138", "0013", "8000", "400", "800", "6001", "2023", "1124", "0", "86", "12345", "021", "5", "99"]
    words = ["订单号", "电话", "加我", "微信", "vx", "qq", "股票", "房间", "联系", "，", " ", "-", "·", "wx", "号"]
    return [
        "".join(rng.choice(pieces) if rng.random() < 0.6 else rng.choice(words) for _ in range(rng.randrange(1, 12)))
        for _ in range(count)
    ]


def test_phones_only_skips_nothing_a_scorer_would_keep() -> None:
    rng = random.Random(11)
    cues = contact_cues()
    skipped = 0
    for text in _phone_texts(rng, 5000):
        norm = default_normalizer().normalize(text)
        every = find_candidates(norm)
        fewer = find_candidates(norm, phones_only=True)
        assert all(c in every for c in fewer), text
        dropped = [c for c in every if c not in fewer]
        assert all(c.kind is Kind.QQ and not c.prefix and _ceiling(c) == _QQ_CEILING for c in dropped), text
        skipped += bool(dropped)
        if not cues.trigger_hits(norm):  # what score_contacts keeps without a trigger cue, from either list
            kept = [c for c in every if c.prefix or _ceiling(c) >= 0.7]
            assert [m.candidate for m in score_contacts(norm, cues, floor=0.7)] == sorted(
                kept, key=lambda c: -next(m.score for m in score_contacts(norm, cues) if m.candidate == c)
            ), text
    assert skipped > 100


def test_phones_only_keeps_phone_numbers_in_long_runs() -> None:
    norm = default_normalizer().normalize("订单 20231124123 电话 13800138000 股票 600123")
    kinds = [c.kind for c in find_candidates(norm, phones_only=True)]
    assert Kind.MOBILE in kinds and len(kinds) == 2  # the stock code cannot be a phone number


def test_lexicon_quick_reject_only_skips_texts_a_scan_finds_nothing_in() -> None:
    lexicon = shipped_lexicon()
    rng = random.Random(3)
    rejected = scanned = 0
    for text in [*_phone_texts(rng, 300), "加我薇❤信", "jia wo weixin", "百家乐真人荷官", "明天开会", "wei信"]:
        norm = default_normalizer().normalize(text)
        latin = norm.latin_sound() is not None
        if not latin and next(lexicon._automaton.iter(norm.sound), None) is None:
            rejected += 1
            assert lexicon._scan(norm) == () and not list(scan(norm, lexicon._automaton)), text
        else:
            scanned += 1
    assert rejected > 50 and scanned > 5
    assert [h.term for h in lexicon.hits(default_normalizer().normalize("jia wo weixin"))]


def test_domain_parser_remembers_hosts_and_digit_runs_are_no_ip() -> None:
    parser = DomainParser()
    first = parser.parse("hb219.example.top")
    assert first is not None and first.registrable == "example.top"
    assert parser.parse("hb219.example.top") is first
    assert parser.parse("not a host") is None and parser.parse("not a host") is None
    assert canonical_host("20231124123") == "20231124123"  # a digit run: a label, not an IP address
    assert canonical_host("1.2.3.4") == "1.2.3.4" and canonical_host("[::1]") == "::1"
    assert canonical_host("12345:80") is None and canonical_host("") is None
