"""The `qungui check` contract: one output line per input line, errors per line, order kept."""

from __future__ import annotations

import json

import pytest

from qungui.core.categories import Category
from qungui.rules.check import CheckRunner, default_check_rulebook
from qungui.rules.compiled import compile_rulebook


def run(lines):
    runner = CheckRunner(compile_rulebook(default_check_rulebook()))
    return list(runner.run(lines))


def test_one_output_per_input_in_order_with_errors_inline():
    lines = [
        json.dumps({"id": "a", "text": "明天上午九点开会"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": "兼职刷单日结"}, ensure_ascii=False),
        "",
        json.dumps({"id": "c"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": "x", "kind": "hologram"}),
        b"\xff\xfe broken bytes",
        json.dumps({"id": "e", "text": "\ud800"}),
    ]
    out = run(lines)
    assert len(out) == len(lines)
    assert out[0] == {"id": "a", "findings": []}
    assert out[1]["id"] is None and "line 2: not JSON" in out[1]["error"]
    assert out[2]["id"] == "b" and out[2]["findings"][0]["category"] == "ad"
    assert "empty line" in out[3]["error"]
    assert out[4] == {"id": "c", "error": 'line 5: "text" must be a string'}
    assert "JSON object" in out[5]["error"]
    assert out[6]["id"] == "d" and '"kind" must be one of' in out[6]["error"]
    assert "not valid UTF-8" in out[7]["error"]
    assert out[8]["id"] == "e" and "error" in out[8]


def test_findings_carry_the_contract_fields_and_fixed_categories():
    out = run([json.dumps({"id": "x", "text": "你个傻 逼，来玩百家乐"}, ensure_ascii=False)])
    findings = out[0]["findings"]
    # "来玩百家乐" is also a gambling ad: since issue 3 spam-v1 may report it as `ad` too
    assert {"abuse", "gambling"} <= {f["category"] for f in findings} <= {"abuse", "gambling", "ad"}
    vocabulary = {c.value for c in Category}
    for finding in findings:
        assert set(finding) >= {"category", "clause", "score", "evidence"}
        assert finding["category"] in vocabulary and 0 <= finding["score"] <= 1
    abuse = next(f for f in findings if f["category"] == "abuse")
    assert abuse["evidence"] == "傻 逼" and "去除分隔符" in abuse["revealed_by"]


def test_flood_applies_only_when_sender_and_time_are_given():
    with_state = [
        json.dumps({"id": str(i), "text": f"消息{i}", "sender": "u1", "ts": f"2026-11-24T10:00:{i:02d}+08:00"})
        for i in range(12)
    ]
    out = run(with_state)
    flagged = [o["id"] for o in out if any(f["category"] == "flood" for f in o["findings"])]
    assert flagged == ["10", "11"]
    anonymous = [json.dumps({"id": str(i), "text": f"消息{i}"}) for i in range(12)]
    assert not any(f["category"] == "flood" for o in run(anonymous) for f in o["findings"])


def test_groups_keep_separate_state_and_bad_timestamps_are_reported():
    lines = [
        json.dumps({"id": f"{g}{i}", "text": "同一句话", "sender": "u1", "group": g, "ts": "2026-11-24T10:00:00"})
        for i in range(3)
        for g in ("g1", "g2")
    ]
    lines.append(json.dumps({"id": "z", "text": "同一句话", "sender": "u1", "ts": "yesterday"}))
    out = run(lines)
    assert all(o["findings"] == [] for o in out[:-1]), "three repeats per group is within the default"
    assert out[-1] == {"id": "z", "error": "line 7: \"ts\" is not an ISO 8601 time: 'yesterday'"}


def test_huge_and_odd_inputs_are_handled():
    out = run(
        [
            json.dumps({"id": "big", "text": "正常内容" * 260_000}),
            json.dumps({"id": "emoji", "text": "😀😀🎉🎉👍"}),
            json.dumps({"id": "empty", "text": ""}),
            json.dumps({"id": "deep", "text": "x", "extra": [[[[[[[[[[]]]]]]]]]]}),
        ]
    )
    assert "longer than" in out[0]["error"]
    assert out[1] == {"id": "emoji", "findings": []}
    assert out[2] == {"id": "empty", "findings": []}
    assert out[3] == {"id": "deep", "findings": []}


def test_images_carry_qr_codes_into_the_findings():
    import base64
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "data" / "qr"

    def image(name: str) -> str:
        return base64.b64encode((fixtures / name).read_bytes()).decode()

    out = run(
        [
            json.dumps({"id": "invite", "text": "", "image": image("group_invite.png")}),
            json.dumps({"id": "photo", "text": "", "image": image("photo.jpg")}),
            json.dumps({"id": "junk", "text": "", "image": "not base64!"}),
            json.dumps({"id": "corrupt", "text": "", "image": image("truncated.png")}),
        ]
    )
    assert out[0]["findings"][0]["category"] == "solicitation" and "二维码" in out[0]["findings"][0]["evidence"]
    assert out[1] == {"id": "photo", "findings": []}
    assert out[2] == {"id": "junk", "error": 'line 3: "image" is not valid base64'}
    assert out[3] == {"id": "corrupt", "findings": []}


# --- the fast path finds exactly what the engine finds -------------------------------------------


def reference(book, lines):
    """What `qungui check` computed before its fast path: one pydantic event and one `engine.scan` per line."""
    from datetime import datetime

    from qungui.core.clock import ensure_aware
    from qungui.core.events import GroupRef, MemberRef, MessageEvent, MessageKind
    from qungui.rules.check import ANONYMOUS_EPOCH
    from qungui.rules.engine import scan

    states = {}
    out = []
    for number, line in enumerate(lines, start=1):
        record = json.loads(line)
        stateful = isinstance(record.get("sender"), str) and isinstance(record.get("ts"), str)
        group = record.get("group", "default")
        event = MessageEvent(
            id=record["id"],
            group=GroupRef(platform="check", id=group),
            ts=ensure_aware(datetime.fromisoformat(record["ts"]), book.rulebook.tz) if stateful else ANONYMOUS_EPOCH,
            sender=MemberRef(platform="check", id=record["sender"] if stateful else f"line-{number}"),
            kind=MessageKind(record.get("kind", "text")),
            text=record["text"],
        )
        state = states.setdefault(group, book.new_state(group))
        findings, decision = scan(event, book, state, event.ts)
        if stateful:
            state.apply(decision)
        out.append({"id": record["id"], "findings": [f.as_dict() for f in findings]})
    return out


def busy_stream(count=1500, seed=3):
    """Few senders writing fast: repeats, floods, runs of images and voice, anonymous lines, late timestamps."""
    import random
    from datetime import datetime, timedelta, timezone

    rng = random.Random(seed)
    ts = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    texts = [
        "收到",
        "好的",
        "同一句话",
        "明天开会",
        "加我薇❤信 wx12345",
        "你个傻 逼",
        "兼职刷单日结",
        "http://bit.ly/x",
    ]
    lines = []
    for i in range(count):
        ts += timedelta(seconds=rng.choice([0.5, 1, 2, 5, 30]))
        at = ts - timedelta(seconds=40) if rng.random() < 0.05 else ts  # now and then out of order
        record = {"id": f"m{i}", "text": rng.choice(texts), "group": rng.choice(["g1", "g2"])}
        roll = rng.random()
        if roll < 0.25:
            record.update(kind="image", text="")
        elif roll < 0.35:
            record.update(kind="voice", text="")
        if rng.random() > 0.05:
            record.update(sender=f"u{rng.randrange(4)}", ts=at.isoformat())
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


@pytest.mark.parametrize("template", [None, "community", "chamber", "company"])
def test_runner_finds_what_engine_scan_finds_in_order_with_state(template):
    from qungui.rules.loader import load_rulebook

    book = compile_rulebook(load_rulebook(template) if template else default_check_rulebook())
    lines = busy_stream()
    expected = reference(book, lines)
    assert list(CheckRunner(book).run(lines)) == expected
    assert list(CheckRunner(book, block=7).run(lines)) == expected, "blocks of any size give the same answers"
    categories = {f["category"] for record in expected for f in record["findings"]}
    assert {"flood", "abuse"} <= categories or template in ("chamber", "company")


def test_the_cache_gives_the_same_findings_and_is_bounded():
    book = compile_rulebook(default_check_rulebook())
    lines = busy_stream(800)
    cached = CheckRunner(book, cache_entries=4, block=50)
    assert list(cached.run(lines)) == list(CheckRunner(book, cache_entries=0).run(lines))
    assert cached.cache.hits > 0 and len(cached.cache) <= 4
    json_lines = list(CheckRunner(book).run_json(lines))
    assert json_lines == [json.dumps(r, ensure_ascii=False) for r in CheckRunner(book, cache_entries=0).run(lines)]


def test_workers_keep_order_flood_state_and_findings():
    book = compile_rulebook(default_check_rulebook())
    lines = busy_stream(1200)
    lines += [
        json.dumps({"id": f"u{i}", "text": f"订单{i}号已发货，加我薇信 wx{i:05d}"}, ensure_ascii=False)
        for i in range(300)
    ]
    expected = list(CheckRunner(book).run_json(lines))
    with CheckRunner(book, workers=3, block=200) as runner:
        assert runner.workers in (1, 3)  # 1 where processes cannot be forked
        assert list(runner.run_json(lines)) == expected
    with CheckRunner(book, workers=2) as runner:  # line by line, as on an interactive stdin
        one_by_one = [runner.check_line(line, number) for number, line in enumerate(lines[:60], start=1)]
    assert [json.dumps(r, ensure_ascii=False) for r in one_by_one] == expected[:60]
    assert any('"flood"' in line for line in expected)


def test_malformed_lines_keep_the_contract_messages():
    long_id = "a" * 256
    lines = [
        json.dumps({"id": long_id, "text": "x"}),
        json.dumps({"id": "g", "text": "x", "group": "g" * 256}),
        json.dumps({"id": "s", "text": "x", "sender": "s" * 256, "ts": "2026-11-24T10:00:00"}),
        json.dumps({"id": "s2", "text": "x", "sender": "s" * 256}),
        json.dumps({"id": "k", "text": "x", "kind": ["text"]}),
        json.dumps({"id": "t", "text": "x", "sender": "u", "ts": ""}),
        '{"id": "nan", "text": "x", "v": NaN}',
        json.dumps({"id": "a", "text": "x", "group": "\ud800"}),
        json.dumps({"id": "\ud800", "text": "x"}),
        "[[[[" * 5000,
    ]
    out = run(lines)
    too_long = "id: String should have at most 255 characters"
    assert out[0] == {"id": long_id, "error": f"line 1: {too_long}"}
    assert out[1] == {"id": "g", "error": f"line 2: {too_long}"}
    assert out[2] == {"id": "s", "error": f"line 3: {too_long}"}
    assert out[3] == {"id": "s2", "findings": []}, "without a time the sender is not used"
    assert out[4]["error"].startswith('line 5: "kind" must be one of text, image')
    assert out[5] == {"id": "t", "error": "line 6: \"ts\" is not an ISO 8601 time: ''"}
    assert out[6] == {"id": "nan", "findings": []}
    assert out[7]["error"] == "line 8: id: Input should be a valid string, unable to parse raw data as a unicode string"
    assert out[8]["id"] is None and "line 9: id:" in out[8]["error"], "an id that cannot be written is given as null"
    assert out[9] == {"id": None, "error": "line 10: not JSON (nested too deeply)"}
    for line in CheckRunner(compile_rulebook(default_check_rulebook())).run_json(lines):
        line.encode("utf-8")  # every output line can be written
