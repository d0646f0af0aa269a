"""`qungui demo`, the README's first command: loads the demo group into SQLite and reports on it."""

from __future__ import annotations

from sqlalchemy import func, select
from typer.testing import CliRunner

from qungui.cli.main import app
from qungui.governance.cases.models import Case, Sanction
from qungui.storage.db import make_engine, make_session_factory

runner = CliRunner()


def test_demo_loads_once_and_writes_a_report(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    monkeypatch.setenv("QUNGUI_DATABASE_URL", url)
    first = runner.invoke(app, ["demo", "--out", str(tmp_path / "report")])
    assert first.exit_code == 0, first.output
    assert "处理事件 221 条" in first.output and "哈希链：完好" in first.output
    html = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert "安徽商会" in html and "http://" not in html and "https://" not in html
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        fines = session.scalar(select(func.count()).select_from(Sanction).where(Sanction.kind == "fine"))
    engine.dispose()
    assert cases >= 8 and fines >= 3
    again = runner.invoke(app, ["demo", "--out", str(tmp_path / "report")])
    assert again.exit_code == 0 and "未重复记录" in again.output
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == cases
    engine.dispose()
