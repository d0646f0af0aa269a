"""`qungui db migrate` and `qungui db verify-audit` against a real database."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import text
from typer.testing import CliRunner

from qungui.cli.db import app
from qungui.governance.audit.service import append_audit
from qungui.storage.db import current_revision, make_engine, make_session_factory

HEAD = "0009"  # the newest migration

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
runner = CliRunner()


def _append(url: str, count: int) -> None:
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        for n in range(count):
            append_audit(session, actor="admin:张三", action="test", subject=f"s{n}", data={"n": n}, now=NOW)
    engine.dispose()


def test_migrate_then_verify_ok_then_broken(database_url):
    result = runner.invoke(app, ["migrate", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "migrated" in result.output and HEAD in result.output
    engine = make_engine(database_url)
    assert current_revision(engine) == HEAD

    _append(database_url, 4)
    result = runner.invoke(app, ["verify-audit", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output and "4 entries" in result.output

    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"))
    engine.dispose()
    result = runner.invoke(app, ["verify-audit", "--database-url", database_url])
    assert result.exit_code == 1
    assert "broken" in result.output and "seq 2" in result.output


def test_database_url_comes_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("QUNGUI_DATABASE_URL", url)
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == 0, result.output
    assert "env.sqlite3" in result.output
    engine = make_engine(url)
    assert current_revision(engine) == HEAD
    engine.dispose()


def test_verify_audit_on_an_empty_database_says_to_migrate(tmp_path):
    result = runner.invoke(app, ["verify-audit", "--database-url", f"sqlite:///{tmp_path / 'none.sqlite3'}"])
    assert result.exit_code == 2
    assert "migrate" in result.output
