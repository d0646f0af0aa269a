"""Rulebook loading: every problem reported at once, each with its YAML path and line."""

from __future__ import annotations

import pytest
import yaml

from qungui.core.errors import RulebookError
from qungui.rules.loader import load_rulebook_file, parse_rulebook

GOOD = """\
name: ok
title: 好
group_kind: custom
ladders:
  warn: {title: 警告, steps: [{action: warn}]}
clauses:
  - id: 一.1
    text: 新人入群后建议首先阅读本群规。
    title: 新人先读群规
    enforcement: manual
    reason: 阅读与否只有本人知道
"""


def problems_of(text: str) -> list:
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(text, source="x.yaml")
    return caught.value.problems


def test_a_good_rulebook_loads():
    book = parse_rulebook(GOOD)
    assert book.clause("一.1").enforcement.value == "manual"
    assert book.timezone == "Asia/Shanghai"


def test_broken_yaml_names_the_line():
    (problem,) = problems_of(GOOD + "  - id: [unclosed\n")
    assert problem.line == 13 and "YAML syntax" in problem.message
    assert str(problem).startswith("x.yaml:13")


def test_every_problem_is_reported_with_path_and_line():
    text = GOOD.replace("group_kind: custom", "group_kind: club") + (
        "  - id: 二\n"
        "    text: 广告\n"
        "    title: 不打广告\n"
        "    enforcement: auto\n"
        "    ladder: warn\n"
        "    detectors:\n"
        "      - type: telepathy\n"
        "      - type: flood\n"
        "        settings: {max_messages: 1, per: soon}\n"
    )
    found = {(p.path, p.line) for p in problems_of(text)}
    assert ("group_kind", 3) in found
    assert ("clauses[1].detectors[0].type", 18) in found
    assert ("clauses[1].detectors[1].settings.max_messages", 20) in found
    assert ("clauses[1].detectors[1].settings.per", 20) in found
    messages = " ".join(p.message for p in problems_of(text))
    assert "unknown detector 'telepathy'" in messages and "not a duration" in messages


def test_references_are_checked():
    text = GOOD.replace(
        "enforcement: manual\n    reason: 阅读与否只有本人知道",
        "enforcement: auto\n    ladder: nope\n    detectors: [{type: flood}]\n    active_during: evenings",
    )
    text += "naming: {clause: 九.9, description: 实名, pattern: '.+'}\n"
    paths = {p.path: p.message for p in problems_of(text)}
    assert "unknown ladder 'nope'" in paths["clauses[0].ladder"]
    assert "unknown schedule 'evenings'" in paths["clauses[0].active_during"]
    assert "unknown clause '九.9'" in paths["naming.clause"]


def test_duplicate_keys_and_ids_are_errors_not_silent_overrides():
    dup_key = GOOD.replace("title: 好\n", "title: 好\ntitle: 坏\n")
    assert any("duplicate key 'title'" in p.message and p.line == 3 for p in problems_of(dup_key))
    dup_id = GOOD + "  - {id: 一.1, text: x, title: y, enforcement: manual, reason: z}\n"
    assert any("duplicate clause id" in p.message for p in problems_of(dup_id))


def test_manual_clauses_need_a_reason_and_auto_clauses_a_mechanism():
    text = GOOD.replace("    reason: 阅读与否只有本人知道\n", "")
    assert any("needs a reason" in p.message for p in problems_of(text))
    auto = GOOD.replace("enforcement: manual\n    reason: 阅读与否只有本人知道", "enforcement: auto")
    assert any("needs detectors or workflows" in p.message for p in problems_of(auto))


def test_a_catastrophic_naming_pattern_cannot_stall_loading():
    text = GOOD + "naming: {clause: 一.1, description: x, pattern: '^(a+)+$', example: '" + "a" * 40 + "b'}\n"
    messages = [p.message for p in problems_of(text)]
    assert any("too long" in m or "does not match" in m for m in messages)


def test_non_utf8_files_and_missing_files(tmp_path):
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes(GOOD.encode("gbk"))
    with pytest.raises(RulebookError) as caught:
        load_rulebook_file(gbk)
    assert "not UTF-8" in caught.value.problems[0].message
    with pytest.raises(RulebookError) as caught:
        load_rulebook_file(tmp_path / "missing.yaml")
    assert "cannot read" in caught.value.problems[0].message
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(RulebookError, match="empty"):
        load_rulebook_file(empty)
    listy = tmp_path / "list.yaml"
    listy.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(RulebookError, match="mapping"):
        load_rulebook_file(listy)


def test_reference_problems_come_together_with_schema_problems():
    text = GOOD.replace("group_kind: custom", "group_kind: club") + (
        "  - {id: 一.1, text: x, title: y, enforcement: auto, ladder: nope, detectors: [{type: flood}]}\n"
    )
    messages = {p.path: p.message for p in problems_of(text)}
    assert "group_kind" in messages
    assert "duplicate clause id" in messages["clauses[1].id"]
    assert "unknown ladder 'nope'" in messages["clauses[1].ladder"]


def test_a_yaml_alias_bomb_is_refused_before_anything_expands_it(monkeypatch):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )

    def expand(*args, **kwargs):
        raise AssertionError("the aliases were handed to the YAML composer (4^20 values)")

    monkeypatch.setattr(yaml, "compose", expand)
    monkeypatch.setattr(yaml.SafeLoader, "get_single_data", expand)
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(bomb, source="bomb.yaml")
    (problem,) = caught.value.problems
    assert problem.line == 2 and "别名" in problem.message and "aliases" in problem.message
