"""The `qungui check` contract: one output line per input line, errors per line, order kept."""

from __future__ import annotations

import json

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
    assert {f["category"] for f in findings} == {"abuse", "gambling"}
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
