"""`qungui user …`: the first owner without a default password, users, roles, tokens, resets."""

from __future__ import annotations

from sqlalchemy import select
from typer.testing import CliRunner

from qungui.cli.main import app
from qungui.core.clock import SystemClock
from qungui.governance.accounts.models import ApiToken, ConsoleGrant, ConsoleUser
from qungui.governance.accounts.passwords import verify_password
from qungui.governance.accounts.sessions import token_principal
from qungui.storage.db import make_session_factory

runner = CliRunner()
GOOD = "Owner-Pass-2026"


def _run(database_url: str, *args: str, stdin: str | None = None):
    return runner.invoke(app, ["user", *args, "--database-url", database_url], input=stdin)


def test_create_owner_reads_stdin_refuses_weak_and_a_second_owner(engine, database_url):
    weak = _run(database_url, "create-owner", "boss", "--password-stdin", stdin="123456\n")
    assert weak.exit_code == 2 and "密码太短" in weak.output
    made = _run(database_url, "create-owner", "boss", "--password-stdin", stdin=GOOD + "\n")
    assert made.exit_code == 0, made.output
    again = _run(database_url, "create-owner", "boss2", "--password-stdin", stdin=GOOD + "\n")
    assert again.exit_code == 2 and "已有群主账号" in again.output
    forced = _run(database_url, "create-owner", "boss2", "--password-stdin", "--force", stdin="Other-Pass-2026\n")
    assert forced.exit_code == 0, forced.output
    with make_session_factory(engine).begin() as session:
        boss = session.scalars(select(ConsoleUser).where(ConsoleUser.username == "boss")).one()
        assert verify_password(boss.password_hash, GOOD)
        roles = session.scalars(select(ConsoleGrant.role).where(ConsoleGrant.user_id == boss.id)).all()
        assert roles == ["owner"]


def test_create_owner_asks_twice_and_refuses_a_mismatch(engine, database_url):
    differ = _run(database_url, "create-owner", "boss", stdin=f"{GOOD}\n{GOOD}x\n")
    assert differ.exit_code == 2 and "不一致" in differ.output
    same = _run(database_url, "create-owner", "boss", stdin=f"{GOOD}\n{GOOD}\n")
    assert same.exit_code == 0, same.output


def test_add_grant_list_token_and_reset(engine, database_url):
    added = _run(database_url, "add", "li", "--role", "auditor", "--password-stdin", stdin="Auditor-Pass-1\n")
    assert added.exit_code == 0, added.output
    bad_role = _run(database_url, "grant", "li", "--role", "god")
    assert bad_role.exit_code == 2 and "不认识的角色" in bad_role.output
    no_group = _run(database_url, "grant", "li", "--role", "viewer", "--group", "sim:nowhere")
    assert no_group.exit_code == 2 and "没有找到群" in no_group.output
    listed = _run(database_url, "list")
    assert listed.exit_code == 0 and "li" in listed.output and "auditor@all" in listed.output
    created = _run(database_url, "token", "create", "li", "--name", "bi")
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[0]
    factory = make_session_factory(engine)
    with factory.begin() as session:
        assert token_principal(session, token=secret, now=SystemClock().now()).username == "li"
        assert session.scalars(select(ApiToken.token_hash)).one() != secret
    assert _run(database_url, "token", "revoke", "li", "bi").exit_code == 0
    with factory.begin() as session:
        assert session.scalars(select(ApiToken.revoked_at)).one() is not None
    reset = _run(database_url, "reset-password", "li", "--password-stdin", stdin="Brand-New-Pass-9\n")
    assert reset.exit_code == 0, reset.output
    with factory.begin() as session:
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.username == "li")).one()
        assert verify_password(user.password_hash, "Brand-New-Pass-9")
    unknown = _run(database_url, "reset-password", "nobody", "--password-stdin", stdin="Brand-New-Pass-9\n")
    assert unknown.exit_code == 2 and "没有名为 nobody 的账号" in unknown.output


def test_user_is_listed_in_help():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "user" in result.output
