"""Logging in: throttled password checks, server-side sessions and API tokens.

A session cookie and an API token are random 256-bit values; only their SHA-256 is stored, so a copy
of the database does not let anyone log in. Sessions end after `IDLE` without a request, `LIFETIME`
after login, at logout, and when the password changes. Failed logins are rows in the database, so
the limits hold across workers: `MAX_USER_FAILURES` per username and `MAX_CLIENT_FAILURES` per client
address within `THROTTLE_WINDOW`.

Every function runs in the caller's transaction and never commits.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from qungui.governance.accounts.models import (
    CLIENT_LENGTH,
    USERNAME_LENGTH,
    ApiToken,
    ConsoleSession,
    ConsoleUser,
    LoginAttempt,
)
from qungui.governance.accounts.passwords import hash_password, needs_rehash, verify_password
from qungui.governance.accounts.roles import Principal
from qungui.governance.accounts.service import AccountError, actor_of, find_user, principal_for
from qungui.governance.audit.service import append_audit

IDLE = timedelta(hours=2)
LIFETIME = timedelta(hours=12)
KEEP_ENDED = timedelta(days=7)  # ended sessions stay this long (who was logged in from where), then go
TOUCH_EVERY = timedelta(minutes=1)  # a request writes last_seen_at at most this often
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_USER_FAILURES = 5
MAX_CLIENT_FAILURES = 20
TOKEN_PREFIX = "qg_"
TOKEN_NAME_LENGTH = 64


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class LoginResult:
    """The user when the login succeeded; otherwise a Chinese message (and seconds to wait when locked)."""

    user: ConsoleUser | None
    error: str = ""
    retry_after: int = 0


def _failures(session: Session, column, value: str, since: datetime) -> tuple[int, datetime | None]:
    row = session.execute(
        select(func.count(LoginAttempt.id), func.min(LoginAttempt.at)).where(column == value, LoginAttempt.at > since)
    ).one()
    return int(row[0]), row[1]


def throttled(session: Session, *, username: str, client: str, now: datetime) -> int:
    """Seconds until `username` from `client` may try again (0: now)."""
    since = now - THROTTLE_WINDOW
    waits = []
    for column, value, limit in (
        (LoginAttempt.username, username[:USERNAME_LENGTH], MAX_USER_FAILURES),
        (LoginAttempt.client, client[:CLIENT_LENGTH], MAX_CLIENT_FAILURES),
    ):
        count, first = _failures(session, column, value, since)
        if count >= limit and first is not None:
            waits.append(math.ceil((first + THROTTLE_WINDOW - now).total_seconds()))
    return max([0, *waits])


def authenticate(session: Session, *, username: str, password: str, client: str, now: datetime) -> LoginResult:
    """Check a login. A failure is recorded (commit it too); a success clears the username's failures."""
    username = username.strip()[:USERNAME_LENGTH]
    wait = throttled(session, username=username, client=client, now=now)
    if wait:
        minutes = max(1, math.ceil(wait / 60))
        return LoginResult(None, f"登录失败次数过多，已暂时锁定：请 {minutes} 分钟后再试。", wait)
    user = find_user(session, username=username) if username else None
    ok = verify_password(user.password_hash if user is not None else None, password)
    if user is None or not ok or not user.active:
        session.execute(delete(LoginAttempt).where(LoginAttempt.at <= now - THROTTLE_WINDOW))  # no longer counted
        session.add(LoginAttempt(username=username, client=client[:CLIENT_LENGTH], at=now))
        session.flush()
        return LoginResult(None, "用户名或密码错误。")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))
    user.last_login_at = now
    append_audit(
        session, actor=actor_of(user), action="account.login", subject=f"console_user:{user.username}", data={}, now=now
    )
    return LoginResult(user)


def start_session(session: Session, *, user: ConsoleUser, client: str, now: datetime) -> tuple[str, ConsoleSession]:
    """A new session for `user`: the cookie value (give it to the browser once) and the row.

    The user's sessions that ended more than `KEEP_ENDED` ago are deleted on the way.
    """
    old = now - KEEP_ENDED
    session.execute(
        delete(ConsoleSession).where(
            ConsoleSession.user_id == user.id,
            or_(
                ConsoleSession.expires_at < old,
                ConsoleSession.revoked_at < old,
                ConsoleSession.last_seen_at < old - IDLE,
            ),
        )
    )
    token = secrets.token_urlsafe(32)
    row = ConsoleSession(
        user_id=user.id,
        token_hash=token_digest(token),
        csrf_token=secrets.token_urlsafe(32),
        client=client[:CLIENT_LENGTH] or None,
        created_at=now,
        last_seen_at=now,
        expires_at=now + LIFETIME,
        revoked_at=None,
    )
    session.add(row)
    session.flush()
    return token, row


def live_session(session: Session, *, token: str, now: datetime) -> ConsoleSession | None:
    """The live session of this cookie value (touched), or None when unknown, ended, expired or idle."""
    if not token or len(token) > 128:
        return None
    row = session.scalars(select(ConsoleSession).where(ConsoleSession.token_hash == token_digest(token))).one_or_none()
    if row is None or row.revoked_at is not None or now >= row.expires_at or now >= row.last_seen_at + IDLE:
        return None
    user = session.get(ConsoleUser, row.user_id)
    if user is None or not user.active:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
    return row


def session_principal(session: Session, *, token: str, now: datetime) -> tuple[Principal, ConsoleSession] | None:
    """The Principal of a session cookie and its session row, or None."""
    row = live_session(session, token=token, now=now)
    if row is None:
        return None
    user = session.get(ConsoleUser, row.user_id)
    assert user is not None  # live_session checked it
    return principal_for(session, user=user), row


def end_session(session: Session, *, token: str, now: datetime) -> bool:
    """Log out: end the session of this cookie value. Whether one was live."""
    row = session.scalars(select(ConsoleSession).where(ConsoleSession.token_hash == token_digest(token))).one_or_none()
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now
    return True


def create_api_token(
    session: Session, *, user: ConsoleUser, name: str, actor: str, now: datetime
) -> tuple[str, ApiToken]:
    """A new API token for `user`: the secret (shown once, never stored) and its row. Does not commit."""
    name = name.strip()
    if not name or len(name) > TOKEN_NAME_LENGTH:
        raise AccountError(f"令牌名称须为 1–{TOKEN_NAME_LENGTH} 个字。", "a token name is 1-64 characters")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id,
        name=name,
        prefix=secret[:10],
        token_hash=token_digest(secret),
        created_at=now,
        last_used_at=None,
        revoked_at=None,
    )
    session.add(row)
    session.flush()
    data = {"token_id": row.id, "name": name, "prefix": row.prefix}
    subject = f"console_user:{user.username}"
    append_audit(session, actor=actor, action="account.token_created", subject=subject, data=data, now=now)
    return secret, row


def revoke_api_token(session: Session, *, user: ConsoleUser, token: str, actor: str, now: datetime) -> ApiToken:
    """Revoke one of `user`'s tokens, named by its id, name or prefix. Does not commit."""
    token = token.strip()
    match = [ApiToken.name == token, ApiToken.prefix == token]
    if token.isdigit():
        match.append(ApiToken.id == int(token))
    rows = session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None), or_(*match))
    ).all()
    if len(rows) != 1:
        problem = "没有找到" if not rows else "找到多个"
        raise AccountError(f"{problem}名为 {token} 的有效令牌。", f"{len(rows)} live tokens match {token}")
    row = rows[0]
    row.revoked_at = now
    data = {"token_id": row.id, "name": row.name, "prefix": row.prefix}
    subject = f"console_user:{user.username}"
    append_audit(session, actor=actor, action="account.token_revoked", subject=subject, data=data, now=now)
    return row


def token_principal(session: Session, *, token: str, now: datetime) -> Principal | None:
    """The Principal of a bearer token, or None when unknown, revoked or its user disabled."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 128:
        return None
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == token_digest(token))).one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(ConsoleUser, row.user_id)
    if user is None or not user.active:
        return None
    if row.last_used_at is None or now - row.last_used_at >= TOUCH_EVERY:
        row.last_used_at = now
    return principal_for(session, user=user)


def user_tokens(session: Session, *, user: ConsoleUser) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))
