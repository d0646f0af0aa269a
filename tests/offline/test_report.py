"""report.html and report.json: written, complete, and offline."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from qungui.adapters.exports import read_export
from qungui.offline.audit import run_audit
from qungui.offline.report import render_html, write_report
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook

from .test_audit import RULEBOOK, hand_built_log

JSON_KEYS = {
    "schema",
    "rulebook",
    "totals",
    "clauses",
    "members",
    "removed_by_rules",
    "silent",
    "nicknames",
    "notices",
    "actions",
    "action_counts",
    "violations",
    "row_errors",
    "notes",
}


@pytest.fixture(scope="module")
def result():
    book = compile_rulebook(parse_rulebook(RULEBOOK))
    return run_audit(hand_built_log(), book, admins={"商会秘书处陈秘书长"})


def test_both_files_are_written_with_the_documented_keys(tmp_path, result):
    html_path, json_path = write_report(result, tmp_path / "out")
    assert html_path.name == "report.html" and json_path.name == "report.json"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert set(data) == JSON_KEYS
    assert data["schema"] == "qungui.audit/1"
    assert data["totals"]["events"] == 50 and data["totals"]["row_errors"] == 1
    assert data["clauses"][0]["clause"] == "一.6" and data["clauses"][0]["count"] == 4
    assert data["removed_by_rules"][0]["removed_at"] == "2026-11-02T09:30:00+08:00"
    assert data["notices"][0]["rate"] == 0.5
    assert data["silent"][0]["silent_for"].startswith("9天")
    wang = next(m for m in data["members"] if m["member_id"] == "wang")
    assert [s["action"] for s in wang["ladders"][0]["steps"]] == ["warn", "warn_apology", "remove"]
    assert data["row_errors"] == [
        {"line": 14, "column": 3, "field": None, "level": "error", "message": "不是有效的 JSON"}
    ]


def test_html_shows_clause_text_and_needs_nothing_from_the_network(result):
    html = render_html(result)
    assert "【一.6】" in html and "漫骂他人" in html  # the clause id with its text
    assert "按群规应于 11-02 09:30 请出" in html
    assert "回复率 50%" in html and "阳光明媚" in html
    assert "第 14 行 第 3 列" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import|<script|<link", html, re.IGNORECASE)
    assert '<meta name="viewport"' in html


def test_user_text_is_escaped(result, tmp_path):
    book = compile_rulebook(parse_rulebook(RULEBOOK))
    items = hand_built_log()
    notice = next(i for i in items if getattr(i, "text", "").startswith("通知"))
    items[items.index(notice)] = notice.model_copy(
        update={"text": '通知：<img src="https://evil.example/x.png">收到请回复'}
    )
    html = render_html(run_audit(items, book, admins={"chen"}))
    assert "<img" not in html and "&lt;img" in html


def test_report_on_the_bundled_wechat_sample(tmp_path):
    sample = resources.files("qungui.offline.samples").joinpath("sample-wechat.csv")
    book = compile_rulebook(parse_rulebook(RULEBOOK))
    result = run_audit(read_export(str(sample)), book, admins={"安徽商会秘书处陈立群"})
    html_path, json_path = write_report(result, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["totals"]["warnings"] == 1 and data["totals"]["recalls"] == 2
    assert "引用回复" in html_path.read_text(encoding="utf-8")
