"""`qungui notices export`: a notice's acknowledgement matrix as a CSV file, from the live service's database."""

from __future__ import annotations

import csv

from typer.testing import CliRunner

from e2e.office import office, post
from qungui.cli.notices import app
from qungui.storage.db import make_engine, make_session_factory, migrate

runner = CliRunner()


def _group_with_a_notice(url: str):
    engine = make_engine(url)
    migrate(engine)
    g = office(make_session_factory(engine))
    _handled, announcement = post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    g.say("zhang", "收到", reply_to=announcement.id)
    return engine, g


def test_export_writes_one_row_per_audience_member(tmp_path):
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    engine, g = _group_with_a_notice(url)
    try:
        out = tmp_path / "n1.csv"
        args = ["export", "--group", f"{g.ref.platform}:{g.ref.id}", "--notice", "N1", "--out", str(out)]
        result = runner.invoke(app, [*args, "--database-url", url])
        assert result.exit_code == 0, result.output
        assert "1/3" in result.output
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [(r["成员"], r["部门"], r["状态"], r["确认方式"]) for r in rows] == [
            ("张三", "工程部", "已确认", "回复"),
            ("李四", "工程部", "未确认", ""),
            ("赵六", "工程部", "未确认", ""),
        ]
        printed = runner.invoke(app, [*args[:5], "--database-url", url])
        assert printed.exit_code == 0 and printed.output.splitlines()[0].startswith("通知,成员ID,成员")
    finally:
        engine.dispose()


def test_export_explains_a_wrong_group_or_number(tmp_path):
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    engine, g = _group_with_a_notice(url)
    try:
        group = f"{g.ref.platform}:{g.ref.id}"
        for args, expected in [
            (["--group", "sim:nope", "--notice", "N1"], "没有这个群"),
            (["--group", group, "--notice", "N9"], "没有通知 N9"),
            (["--group", group, "--notice", "Q1"], "通知编号应为 N12"),
            (["--group", "nogroup", "--notice", "N1"], "PLATFORM:GROUP_ID"),
        ]:
            result = runner.invoke(app, ["export", *args, "--database-url", url])
            assert result.exit_code == 2 and expected in result.output, result.output
    finally:
        engine.dispose()
