"""Console accounts: argon2 passwords, weak ones refused, grants, the last owner kept, sessions, throttling, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from qungui.cli.accounts import ensure_demo_owner
from qungui.governance.accounts.models import ConsoleSession, ConsoleUser
from qungui.governance.accounts.passwords import hash_password, password_problem, verify_password
from qungui.governance.accounts.roles import ConsoleRole, Permission
from qungui.governance.accounts.service import (
    AccountError,
    create_user,
    get_user,
    grant_role,
    owner_exists,
    principal_for,
    revoke_role,
    set_password,
)
from qungui.governance.accounts.sessions import (
    IDLE,
    MAX_CLIENT_FAILURES,
    authenticate,
    create_api_token,
    session_principal,
    start_session,
    token_principal,
)
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
GOOD = "Correct-Horse-42"


def test_passwords_are_argon2id_salted_and_verified():
    first, second = hash_password(GOOD), hash_password(GOOD)
    assert first.startswith("$argon2id$") and first != second  # a salt each time
    assert verify_password(first, GOOD) and not verify_password(first, GOOD + "!")
    assert not verify_password(None, GOOD)  # unknown user: still no
    assert not verify_password("not-a-hash", GOOD)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short1A", "太短"),
        ("password123", "太常见"),
        ("aaaaaaaaaaaa", "太常见"),
        ("onlylowercaseletters", "至少两类字符"),
        ("alice-is-great-1", "用户名"),
        (" Leading-space-1", "空格"),
    ],
)
def test_weak_passwords_are_refused_in_chinese(password, reason):
    problem = password_problem(password, username="alice")
    assert problem is not None and reason in problem
    assert password_problem(GOOD, username="alice") is None


def test_create_grant_and_principal(session):
    with session.begin():
        user = create_user(session, username="alice", password=GOOD, actor="cli", now=NOW, display_name="爱丽丝")
        assert user.password_hash != GOOD and user.password_hash.startswith("$argon2id$")
        grant_role(session, user=user, role=ConsoleRole.AUDITOR, actor="cli", now=NOW)
        principal = principal_for(session, user=user)
    assert principal.display_name == "爱丽丝"
    assert principal.can(Permission.VIEW_AUDIT) and not principal.can(Permission.DECIDE, 5)
    with session.begin(), pytest.raises(AccountError, match="已被使用"):
        create_user(session, username="alice", password=GOOD, actor="cli", now=NOW)
    with session.begin(), pytest.raises(AccountError, match="部门负责人须指定部门"):
        grant_role(session, user=get_user(session, username="alice"), role=ConsoleRole.DEPT_HEAD, actor="c", now=NOW)
    with session.begin():
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert actions == ["account.created", "account.granted"]
        assert verify_chain(session).ok


def test_the_last_owner_cannot_be_revoked(session):
    with session.begin():
        owner = create_user(session, username="boss", password=GOOD, actor="cli", now=NOW)
        grant_role(session, user=owner, role=ConsoleRole.OWNER, actor="cli", now=NOW)
        assert owner_exists(session)
    with session.begin(), pytest.raises(AccountError, match="最后一位群主"):
        revoke_role(session, user=get_user(session, username="boss"), role=ConsoleRole.OWNER, actor="cli", now=NOW)
    with session.begin():
        assert owner_exists(session)


def test_sessions_expire_when_idle_and_end_on_password_change(session):
    with session.begin():
        user = create_user(session, username="carol", password=GOOD, actor="cli", now=NOW)
        token, _ = start_session(session, user=user, client="10.0.0.1", now=NOW)
    with session.begin():
        stored = session.scalars(select(ConsoleSession.token_hash)).one()
        assert stored != token and len(stored) == 64
        assert session_principal(session, token=token, now=NOW + IDLE - timedelta(seconds=1)) is not None
    with session.begin():
        assert session_principal(session, token=token, now=NOW + 2 * IDLE) is None
        fresh, _ = start_session(session, user=get_user(session, username="carol"), client="x", now=NOW)
    with session.begin():
        set_password(session, user=get_user(session, username="carol"), password="Another-Pass-7", actor="cli", now=NOW)
    with session.begin():
        assert session_principal(session, token=fresh, now=NOW) is None


def test_throttle_per_client_address_across_usernames(session):
    with session.begin():
        create_user(session, username="dave", password=GOOD, actor="cli", now=NOW)
    for index in range(MAX_CLIENT_FAILURES):
        with session.begin():
            result = authenticate(session, username=f"guess{index}", password="x", client="6.6.6.6", now=NOW)
            assert result.user is None and result.error == "用户名或密码错误。"
    with session.begin():
        locked = authenticate(session, username="dave", password=GOOD, client="6.6.6.6", now=NOW)
        assert locked.user is None and "锁定" in locked.error and locked.retry_after > 0
        other = authenticate(session, username="dave", password=GOOD, client="7.7.7.7", now=NOW)
        assert other.user is not None and other.user.last_login_at == NOW


def test_api_tokens_are_hashed_and_resolve_to_the_user(session):
    with session.begin():
        user = create_user(session, username="erin", password=GOOD, actor="cli", now=NOW)
        secret, row = create_api_token(session, user=user, name="script", actor="cli", now=NOW)
        assert secret.startswith("qg_") and row.token_hash != secret and secret.startswith(row.prefix)
    with session.begin():
        principal = token_principal(session, token=secret, now=NOW)
        assert principal is not None and principal.username == "erin"
        assert token_principal(session, token=secret + "x", now=NOW) is None


def test_demo_owner_gets_a_random_password_once(session):
    with session.begin():
        first = ensure_demo_owner(session, NOW, member_id="wxid_owner")
    assert first is not None
    username, password = first
    assert password_problem(password, username=username) is None
    with session.begin():
        assert ensure_demo_owner(session, NOW) is None  # never shown again, never reset
        user = session.scalars(select(ConsoleUser).where(ConsoleUser.username == username)).one()
        assert verify_password(user.password_hash, password)
        assert principal_for(session, user=user).member_in(1) == "wxid_owner"
    with session.begin():
        again = ensure_demo_owner(session, NOW)
    assert again is None


def test_a_saved_rulebook_is_validated_kept_and_read_back(session):
    from qungui.core.errors import RulebookError
    from qungui.core.events import GroupRef
    from qungui.governance.accounts.rulebooks import load_stored_rulebook, save_rulebook
    from qungui.governance.groups.service import ensure_group
    from qungui.rules.compiled import compile_rulebook
    from qungui.rules.loader import load_template
    from qungui.web.api.rulebooks import rulebook_yaml

    text = rulebook_yaml(compile_rulebook(load_template("department")))
    with session.begin():
        group = ensure_group(session, ref=GroupRef(platform="sim", id="g1"), now=NOW, rulebook="chamber")
        assert load_stored_rulebook(session, group=group) is None
        with pytest.raises(RulebookError):
            save_rulebook(session, group=group, text="name: broken\n", actor="console:x", now=NOW)
        assert load_stored_rulebook(session, group=group) is None
        saved = save_rulebook(session, group=group, text=text, actor="console:x", now=NOW)
        assert saved.name == "department" and group.rulebook == "department"
    with session.begin():
        again = load_stored_rulebook(session, group=group)
        assert again is not None and [c.id for c in again.clauses] == [c.id for c in saved.clauses]


@pytest.mark.parametrize("name", ["chamber", "community", "company", "department", "vip-store"])
def test_the_yaml_the_api_shows_reads_back_to_the_same_rulebook(name):
    from qungui.rules.compiled import compile_rulebook
    from qungui.rules.loader import load_template, parse_rulebook
    from qungui.web.api.rulebooks import rulebook_yaml

    template = load_template(name)
    assert parse_rulebook(rulebook_yaml(compile_rulebook(template))) == template
