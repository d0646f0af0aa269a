"""Console accounts' tables: users, their grants, server-side sessions, API tokens, login attempts.

Secrets are never stored: a session or API token is kept as the SHA-256 of the random value the
client holds (it has 256 bits of entropy, so a fast hash is enough), a password as an argon2 hash.
`group_rulebooks` keeps a group's own rulebook YAML as edited in the console.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.governance.accounts.roles import ConsoleRole
from qungui.storage.base import Base
from qungui.storage.types import BigId

USERNAME_LENGTH = 64
CLIENT_LENGTH = 64  # an IPv6 address with zone fits


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ConsoleUser(Base):
    """A person who logs in to the console or calls the API."""

    __tablename__ = "console_users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(USERNAME_LENGTH), unique=True)
    display_name: Mapped[str] = mapped_column(String(255))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_changed_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"ConsoleUser({self.username})"


class ConsoleGrant(Base):
    """A role in one group (`group_id`) or in every group (None); a department head's `department`.

    `member_id` links the account to the person's platform member id: a decision taken in the console
    (confirm a case, decide a report, an appeal, leave, a join) is taken as that group admin, with the
    same checks as the in-group command (an admin of the group, never about themselves).
    """

    __tablename__ = "console_grants"
    __table_args__ = (CheckConstraint(_in("role", tuple(r.value for r in ConsoleRole)), name="role"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("console_users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    group_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    department: Mapped[str | None] = mapped_column(String(64))
    member_id: Mapped[str | None] = mapped_column(String(255))  # who they are in the chat (decisions act as them)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"ConsoleGrant({self.user_id} {self.role} in {self.group_id or 'all'})"


class ConsoleSession(Base):
    """A logged-in browser: the hash of its cookie, its CSRF token, idle and absolute expiry, revocation."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("console_users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    client: Mapped[str | None] = mapped_column(String(CLIENT_LENGTH))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"ConsoleSession({self.id} of user {self.user_id})"


class ApiToken(Base):
    """A bearer token for the REST API; `prefix` (the first characters) lets a person tell tokens apart."""

    __tablename__ = "console_api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("console_users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    prefix: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"ApiToken({self.prefix}… of user {self.user_id})"


class LoginAttempt(Base):
    """One failed login, counted per username and per client address to throttle guessing."""

    __tablename__ = "console_login_failures"
    __table_args__ = (
        Index("ix_console_login_failures_username_at", "username", "at"),
        Index("ix_console_login_failures_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(USERNAME_LENGTH))
    client: Mapped[str] = mapped_column(String(CLIENT_LENGTH))
    at: Mapped[datetime]


class GroupRulebook(Base):
    """A group's own rulebook, as saved from the console (it replaces the template named in `groups`)."""

    __tablename__ = "group_rulebooks"

    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True)
    yaml: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH))
    updated_at: Mapped[datetime]
