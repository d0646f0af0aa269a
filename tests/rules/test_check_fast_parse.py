"""`_well_formed` (the usual line's shortcut, decoded and checked by msgspec in one pass) reads a line exactly
as `parse_record` reads the decoded record, or declines it."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, timedelta, timezone

from pydantic_core import from_json

from qungui.rules.check_input import CheckMessage, _well_formed, parse_line, parse_record

TZ = timezone(timedelta(hours=8))
USUAL = {
    "id": "m1",
    "text": "加我微信",
    "kind": "text",
    "sender": "u1",
    "group": "g1",
    "ts": "2026-11-02T08:00:00+08:00",
}
VALUES = {
    "id": ["m1", "", None, 7, "x" * 255, "x" * 256],
    "text": ["加我微信", "", None, ["a"], "\U0001f600" * 3],
    "kind": ["text", "image", "voice", "TEXT", "nope", None, 1],
    "sender": ["u1", "", None, 3, "s" * 256],
    "group": ["g1", "", None, 2.5, "g" * 256],
    "ts": ["2026-11-02T08:00:00+08:00", "2026-11-02 08:00:00", "2026-11-02T08:00:00Z", "yesterday", None, 5],
}


def _records():
    yield dict(USUAL)
    for field, values in VALUES.items():
        for value in values:
            yield {**USUAL, field: value}
            without = {k: v for k, v in USUAL.items() if k != field}
            yield without
    yield {**USUAL, "image": "aGVsbG8="}
    yield {**USUAL, "extra": {"nested": [1, 2]}}
    yield [USUAL]
    for a, b in itertools.combinations(VALUES, 2):  # two fields off at once
        yield {**USUAL, a: VALUES[a][-1], b: VALUES[b][-2]}


def _lines():
    for record in _records():
        yield json.dumps(record, ensure_ascii=False).encode()
    usual = json.dumps(USUAL, ensure_ascii=False)[1:-1]
    yield ('{"id": "first", ' + usual + "}").encode()  # duplicate keys: the last one counts
    yield ("{" + usual + ', "id": "last"}').encode()
    yield ("{" + usual + ', "kind": "voice", "kind": "text"}').encode()
    yield ("{" + usual + ', "extra": NaN, "big": 1e999, "n": 123456789012345678901234567890}').encode()
    yield ("{" + usual + ', "deep": ' + "[" * 3000 + "]" * 3000 + "}").encode()
    yield ("{" + usual + ', "lone": "\\ud800"}').encode()
    yield (b'{"id": "m1", "text": "\\ud800x", "group": "g", "sender": "s", "ts": "2026-11-02T08:00:00"}')
    yield (b'{"id": "\\udfff", "text": "t", "group": "g", "sender": "s", "ts": "2026-11-02T08:00:00"}')
    yield (b'{"id": "m1", "text": "\\ud83d\\ude00", "group": "g", "sender": "s", "ts": "2026-11-02T08:00:00"}')
    yield ("{" + usual + ', "image": null}').encode()
    yield ("{" + usual + "}").encode().replace(b"u1", b"\xff")  # not UTF-8
    yield b"{}"
    yield b"{ }"


def _full_reader(line: bytes, number: int):
    """The contract's reader without the shortcut: the decoded record through `parse_record`."""
    try:
        return parse_record(from_json(line, cache_strings="keys"), number, TZ, True)
    except ValueError:
        try:
            return parse_record(json.loads(line), number, TZ, False)
        except (ValueError, RecursionError):
            return None


def test_shortcut_agrees_with_the_contract_reader() -> None:
    taken = declined = 0
    for number, line in enumerate(_lines(), 1):
        fast = _well_formed(line, number, TZ)
        full = _full_reader(line, number)
        if fast is None:
            declined += 1
        else:
            taken += 1
            assert isinstance(full, CheckMessage) and fast == full, line
        assert parse_line(line, number, TZ) == (fast if fast is not None else full) or full is None, line
    assert taken > 10 and declined > 30


def test_usual_line_takes_the_shortcut_and_naive_times_get_the_zone() -> None:
    line = json.dumps({**USUAL, "ts": "2026-11-02T08:00:00"}, ensure_ascii=False).encode()
    message = parse_line(line, 3, TZ)
    assert isinstance(message, CheckMessage) and message.ts.utcoffset() == timedelta(hours=8)
    assert _well_formed(line, 3, TZ) == message
    aware = _well_formed(json.dumps({**USUAL, "ts": "2026-11-02T00:00:00Z"}).encode(), 4, TZ)
    assert aware is not None and aware.ts.tzinfo == UTC and aware.stateful


def test_problems_still_get_their_messages() -> None:
    line = json.dumps({**USUAL, "kind": "nope"}).encode()
    out = parse_line(line, 9, TZ)
    assert isinstance(out, dict) and out["error"].startswith('line 9: "kind" must be one of')
    out = parse_line(json.dumps({**USUAL, "ts": "yesterday"}).encode(), 2, TZ)
    assert isinstance(out, dict) and "ISO 8601" in out["error"]
