"""`qungui audit` through Typer's CliRunner: the bundled samples, and files it cannot read."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from qungui.cli.audit import audit_command
from qungui.rules.loader import template_names

from .test_audit import RULEBOOK


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    app.command()(audit_command)
    return app


@pytest.fixture
def rulebook_file(tmp_path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULEBOOK, encoding="utf-8")
    return path


def sample(name: str) -> str:
    return str(resources.files("qungui.offline.samples").joinpath(name))


@pytest.mark.parametrize("name", ["demo-chamber.jsonl", "sample-wechat.csv"])
def test_audit_of_a_bundled_sample_writes_both_files(app, tmp_path, rulebook_file, name):
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, [sample(name), "--rulebook", str(rulebook_file), "--out", str(out), "--admin", "安徽商会秘书处陈立群"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "report.html").is_file() and (out / "report.json").is_file()
    assert "审计结果" in result.output and "report.html" in result.output
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["totals"]["events"] > 40 and data["notices"]


def test_default_rulebook_is_the_chamber_template(app, tmp_path):
    if "chamber" not in template_names():
        pytest.skip("the chamber template is not written yet")
    out = tmp_path / "r"
    result = CliRunner().invoke(app, [sample("demo-chamber.jsonl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["rulebook"]["name"] == "chamber"
    assert {v["category"] for v in data["violations"]} >= {"ad", "abuse"}


def test_missing_file_exits_1_with_a_message(app, tmp_path):
    result = CliRunner().invoke(app, [str(tmp_path / "nope.csv"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 1
    assert "无法读取聊天记录" in result.output and "不存在" in result.output
    assert not (tmp_path / "r").exists()


def test_undecodable_file_exits_1(app, tmp_path, rulebook_file):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"localId,Type,StrContent,CreateTime\n1,1,\x80\xff\xfe,1\n")
    result = CliRunner().invoke(app, [str(bad), "-r", str(rulebook_file), "--out", str(tmp_path / "r")])
    assert result.exit_code == 1
    assert "字节偏移" in result.output


def test_bad_rulebook_prints_its_problems(app, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: x\ntitle: t\ngroup_kind: custom\nclauses: []\n", encoding="utf-8")
    result = CliRunner().invoke(app, [sample("sample-wechat.csv"), "-r", str(broken), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "clauses" in result.output
