"""`qungui user …`: console accounts — the first owner, users, roles, API tokens, password resets.

There is no default password: `create-owner` asks for one twice (or reads `--password-stdin`) and
refuses weak ones. `ensure_demo_owner` makes the simulator demo's `demo` owner with a random password.
Heavy imports happen inside the commands, so `qungui --help` stays fast.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

app = typer.Typer(help="Console accounts (后台账号): owner, users, roles, API tokens.", no_args_is_help=True)

DEMO_USERNAME = "demo"
DatabaseUrl = Annotated[
    str | None, typer.Option("--database-url", help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL)", show_default=False)
]
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="read the password from the first line of standard input")
]
ROLE_HELP = "owner 群主 / admin 管理员 / dept_head 部门负责人 / auditor 审计 / viewer 查看"
RoleOption = Annotated[str, typer.Option("--role", help=ROLE_HELP)]
GroupOption = Annotated[str | None, typer.Option("--group", help="group number or PLATFORM:GROUP_ID (default: all)")]
DepartmentOption = Annotated[str | None, typer.Option("--department", help="a department head's department")]
MemberOption = Annotated[str | None, typer.Option("--member", help="their member id in the chat (to decide cases)")]


@app.callback()
def user() -> None:
    """Console accounts (后台账号): owner, users, roles, API tokens."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def _transaction(database_url: str | None) -> Iterator[tuple[Session, datetime]]:
    """One transaction on the migrated database; account errors print their Chinese reason and exit 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from qungui.core.clock import SystemClock
    from qungui.governance.accounts.service import AccountError
    from qungui.settings import Settings
    from qungui.storage.db import make_engine, make_session_factory

    settings = Settings()
    engine = make_engine(database_url or settings.database_url)
    try:
        with make_session_factory(engine).begin() as session:
            yield session, SystemClock().now()
    except AccountError as exc:
        raise _fail(exc.reason_zh if settings.language == "zh-CN" else exc.reason_en) from None
    except SQLAlchemyError as exc:
        raise _fail(
            f"数据库错误（先运行 qungui db migrate？）/ database error: {exc.__class__.__name__}: {exc}"
        ) from None
    finally:
        engine.dispose()


def _read_password(from_stdin: bool, username: str) -> str:
    """A new password: the first stdin line, or asked twice (hidden); refused when weak."""
    from qungui.governance.accounts.passwords import password_problem

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("新密码 / new password", hide_input=True)
        again = typer.prompt("再输入一次 / again", hide_input=True)
        if password != again:
            raise _fail("两次输入的密码不一致 / the passwords differ")
    problem = password_problem(password, username=username)
    if problem:
        raise _fail(problem)
    return password


def _role(value: str):
    from qungui.governance.accounts.roles import ConsoleRole

    try:
        return ConsoleRole(value)
    except ValueError:
        raise _fail(f"不认识的角色 {value!r}；可选：{ROLE_HELP}") from None


def _group_id(session: Session, value: str | None) -> int | None:
    """A group given as its number or PLATFORM:GROUP_ID (None: every group)."""
    if value is None or value in ("all", "*"):
        return None
    from qungui.governance.groups.service import find_group

    if value.isdigit():
        return int(value)
    platform, sep, external = value.partition(":")
    found = find_group(session, platform=platform, external_id=external) if sep else None
    if found is None:
        raise _fail(f"没有找到群 {value!r}（用编号或 PLATFORM:GROUP_ID）")
    return found.id


def _grant(session: Session, account, role, group_id: int | None, department, member, now: datetime) -> None:
    """Grant `role` as the CLI does (in one group or all; a department; the member id to decide as)."""
    from qungui.governance.accounts.service import grant_role

    grant_role(
        session, user=account, role=role, group_id=group_id, department=department, member_id=member, actor="cli",
        now=now,
    )  # fmt: skip


@app.command("create-owner")
def create_owner(
    username: Annotated[str, typer.Argument(help="the owner's username")] = "owner",
    display_name: Annotated[str | None, typer.Option("--name", help="shown name (default: the username)")] = None,
    password_stdin: PasswordStdin = False,
    force: Annotated[bool, typer.Option("--force", help="create another owner even when one exists")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """First run: create the owner account (all groups, every permission)."""
    from qungui.governance.accounts.roles import ConsoleRole
    from qungui.governance.accounts.service import create_user, grant_role, owner_exists

    with _transaction(database_url) as (session, now):
        if owner_exists(session) and not force:
            raise _fail("已有群主账号；如确需再建一个，请加 --force / an owner exists (use --force)")
        password = _read_password(password_stdin, username)
        owner = create_user(
            session, username=username, password=password, display_name=display_name, actor="cli", now=now
        )
        grant_role(session, user=owner, role=ConsoleRole.OWNER, actor="cli", now=now)
    typer.echo(f"已创建群主账号 {username}。登录：/login / owner {username} created.")


@app.command("add")
def add_user(
    username: str,
    role: RoleOption,
    group: GroupOption = None,
    department: DepartmentOption = None,
    member: MemberOption = None,
    display_name: Annotated[str | None, typer.Option("--name", help="shown name")] = None,
    password_stdin: PasswordStdin = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Add a user with one role (in one group or all)."""
    from qungui.governance.accounts.service import create_user

    chosen = _role(role)
    with _transaction(database_url) as (session, now):
        group_id = _group_id(session, group)
        password = _read_password(password_stdin, username)
        account = create_user(
            session, username=username, password=password, display_name=display_name, actor="cli", now=now
        )
        _grant(session, account, chosen, group_id, department, member, now)
    typer.echo(f"已添加 {username}（{chosen.value}）/ added {username}")


@app.command("grant")
def grant(
    username: str,
    role: RoleOption,
    group: GroupOption = None,
    department: DepartmentOption = None,
    member: MemberOption = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Give a user a role (or link their member id to a role they hold)."""
    from qungui.governance.accounts.service import get_user

    chosen = _role(role)
    with _transaction(database_url) as (session, now):
        account = get_user(session, username=username)
        group_id = _group_id(session, group)
        _grant(session, account, chosen, group_id, department, member, now)
    typer.echo(f"已授予 {username} {chosen.value} / granted")


@app.command("revoke")
def revoke(
    username: str,
    role: RoleOption,
    group: GroupOption = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Take a role away from a user."""
    from qungui.governance.accounts.service import get_user, revoke_role

    chosen = _role(role)
    with _transaction(database_url) as (session, now):
        account = get_user(session, username=username)
        revoke_role(session, user=account, role=chosen, group_id=_group_id(session, group), actor="cli", now=now)
    typer.echo(f"已撤销 {username} 的 {chosen.value} / revoked")


@app.command("list")
def list_users(database_url: DatabaseUrl = None) -> None:
    """Every user with their roles."""
    from rich.console import Console
    from rich.table import Table

    from qungui.governance.accounts.service import grants_of
    from qungui.governance.accounts.service import list_users as all_users

    table = Table("用户名", "名称", "状态", "角色", "最近登录")
    with _transaction(database_url) as (session, _):
        for account in all_users(session):
            roles = "; ".join(
                f"{g.role}@{g.group_id or 'all'}"
                + (f"[{g.department}]" if g.department else "")
                + (f"={g.member_id}" if g.member_id else "")
                for g in grants_of(session, user_id=account.id)
            )
            last = account.last_login_at.isoformat(timespec="minutes") if account.last_login_at else "-"
            table.add_row(account.username, account.display_name, "启用" if account.active else "停用", roles, last)
    Console().print(table)


@app.command("reset-password")
def reset_password(username: str, password_stdin: PasswordStdin = False, database_url: DatabaseUrl = None) -> None:
    """Set a new password for a user (their sessions end)."""
    from qungui.governance.accounts.service import get_user, set_password

    with _transaction(database_url) as (session, now):
        account = get_user(session, username=username)
        set_password(session, user=account, password=_read_password(password_stdin, username), actor="cli", now=now)
    typer.echo(f"已重置 {username} 的密码，其登录已全部退出 / password reset")


@app.command("disable")
def disable(username: str, database_url: DatabaseUrl = None) -> None:
    """Disable a user: their sessions end and their API tokens are revoked."""
    from qungui.governance.accounts.service import get_user, set_active

    with _transaction(database_url) as (session, now):
        set_active(session, user=get_user(session, username=username), active=False, actor="cli", now=now)
    typer.echo(f"已停用 {username} / disabled")


token_app = typer.Typer(help="API tokens (API 令牌) for scripts: Authorization: Bearer <token>.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    username: str,
    name: Annotated[str, typer.Option("--name", help="what the token is for")] = "api",
    database_url: DatabaseUrl = None,
) -> None:
    """Create an API token; it is printed once and only its hash is kept."""
    from qungui.governance.accounts.service import get_user
    from qungui.governance.accounts.sessions import create_api_token

    with _transaction(database_url) as (session, now):
        secret, _ = create_api_token(
            session, user=get_user(session, username=username), name=name, actor="cli", now=now
        )
    typer.echo(secret)
    typer.echo("请立即保存：令牌只显示这一次 / store it now: it is shown only once", err=True)


@token_app.command("revoke")
def token_revoke(
    username: str,
    token: Annotated[str, typer.Argument(help="the token's id, name or prefix")],
    database_url: DatabaseUrl = None,
) -> None:
    """Revoke one of a user's API tokens."""
    from qungui.governance.accounts.service import get_user
    from qungui.governance.accounts.sessions import revoke_api_token

    with _transaction(database_url) as (session, now):
        revoke_api_token(session, user=get_user(session, username=username), token=token, actor="cli", now=now)
    typer.echo("已撤销 / revoked")


def ensure_demo_owner(session: Session, now: datetime, *, member_id: str | None = None) -> tuple[str, str] | None:
    """Create the `demo` owner with a random password for the simulator demo and return (username, password) once.

    None when any owner already exists (the password is never stored in clear, so it cannot be shown
    again). `member_id` links the account to the demo group's owner, so console decisions work.
    Does not commit.
    """
    from qungui.governance.accounts.roles import ConsoleRole
    from qungui.governance.accounts.service import create_user, grant_role, owner_exists

    if owner_exists(session):
        return None
    password = f"Qg-{secrets.token_urlsafe(12)}"
    owner = create_user(
        session, username=DEMO_USERNAME, password=password, display_name="演示群主", actor="system", now=now
    )
    grant_role(session, user=owner, role=ConsoleRole.OWNER, member_id=member_id, actor="system", now=now)
    return DEMO_USERNAME, password
