"""Console users and their grants: create, grant, revoke, change passwords. Every change is audited.

Every function runs in the caller's transaction and never commits. `actor` is who made the change as
the audit log shows it: `console:<username>` for a console user, `cli` for the command line.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.accounts.models import USERNAME_LENGTH, ApiToken, ConsoleGrant, ConsoleSession, ConsoleUser
from qungui.governance.accounts.passwords import hash_password, password_problem
from qungui.governance.accounts.roles import ConsoleRole, Grant, Principal
from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group

USERNAME = re.compile(rf"^[\w.@-]{{2,{USERNAME_LENGTH}}}$")
DEPARTMENT_LENGTH = 64


class AccountError(QunguiError):
    """An account change that cannot be made; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


def actor_of(user: ConsoleUser | None) -> str:
    """How a console user appears as the actor of audit rows (`cli` without one)."""
    return f"console:{user.username}" if user is not None else "cli"


def _subject(user: ConsoleUser) -> str:
    return f"console_user:{user.username}"


def find_user(session: Session, *, username: str) -> ConsoleUser | None:
    return session.scalars(select(ConsoleUser).where(ConsoleUser.username == username.strip())).one_or_none()


def get_user(session: Session, *, username: str) -> ConsoleUser:
    """The user named `username`, or AccountError."""
    user = find_user(session, username=username)
    if user is None:
        raise AccountError(f"没有名为 {username} 的账号。", f"no account named {username}")
    return user


def list_users(session: Session) -> list[ConsoleUser]:
    return list(session.scalars(select(ConsoleUser).order_by(ConsoleUser.username)))


def grants_of(session: Session, *, user_id: int) -> list[ConsoleGrant]:
    return list(session.scalars(select(ConsoleGrant).where(ConsoleGrant.user_id == user_id).order_by(ConsoleGrant.id)))


def principal_for(session: Session, *, user: ConsoleUser) -> Principal:
    """The Principal the web layer checks: the user with their grants."""
    rows = grants_of(session, user_id=user.id)
    grants = tuple(Grant(ConsoleRole(g.role), g.group_id, g.department, g.member_id) for g in rows)
    return Principal(user.id, user.username, user.display_name, grants)


def owner_exists(session: Session) -> bool:
    """Whether an active user holds the owner role for every group."""
    found = session.scalars(
        select(ConsoleGrant.id)
        .join(ConsoleUser, ConsoleUser.id == ConsoleGrant.user_id)
        .where(ConsoleGrant.role == ConsoleRole.OWNER.value, ConsoleGrant.group_id.is_(None), ConsoleUser.active)
        .limit(1)
    ).first()
    return found is not None


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    actor: str,
    now: datetime,
    display_name: str | None = None,
) -> ConsoleUser:
    """A new active user with `password` (refused when weak) and no grants. Does not commit."""
    username = username.strip()
    if not USERNAME.match(username):
        raise AccountError(
            f"用户名须为 2–{USERNAME_LENGTH} 个字母、数字或 . _ - @。",
            f"a username is 2-{USERNAME_LENGTH} letters, digits or . _ - @",
        )
    if find_user(session, username=username) is not None:
        raise AccountError(f"用户名 {username} 已被使用。", f"username {username} is taken")
    problem = password_problem(password, username=username)
    if problem:
        raise AccountError(problem, "password too weak")
    name = (display_name or username).strip()[:255] or username
    user = ConsoleUser(
        username=username,
        display_name=name,
        password_hash=hash_password(password),
        active=True,
        password_changed_at=now,
        last_login_at=None,
        created_at=now,
        updated_at=now,
    )
    session.add(user)
    session.flush()
    append_audit(
        session, actor=actor, action="account.created", subject=_subject(user), data={"display_name": name}, now=now
    )
    return user


def grant_role(
    session: Session,
    *,
    user: ConsoleUser,
    role: ConsoleRole,
    actor: str,
    now: datetime,
    group_id: int | None = None,
    department: str | None = None,
    member_id: str | None = None,
) -> ConsoleGrant:
    """Give `user` `role` in one group (or all groups); a department head needs a department. Does not commit.

    `member_id`: the user's platform member id in the group(s), as whom their console decisions are taken.
    """
    department = (department or "").strip() or None
    member_id = (member_id or "").strip() or None
    if member_id is not None and len(member_id) > 255:
        raise AccountError("成员 ID 太长。", "member id too long")
    if role is ConsoleRole.DEPT_HEAD and department is None:
        raise AccountError("部门负责人须指定部门。", "a department head needs a department")
    if role is not ConsoleRole.DEPT_HEAD and department is not None:
        raise AccountError("只有部门负责人才需要指定部门。", "only a department head has a department")
    if department is not None and len(department) > DEPARTMENT_LENGTH:
        raise AccountError(f"部门名称太长（最多 {DEPARTMENT_LENGTH} 个字）。", "department name too long")
    if group_id is not None and session.get(Group, group_id) is None:
        raise AccountError(f"没有编号为 {group_id} 的群。", f"no group {group_id}")
    for existing in grants_of(session, user_id=user.id):
        if (existing.role, existing.group_id, existing.department) == (role.value, group_id, department):
            if existing.member_id == member_id:
                return existing
            existing.member_id = member_id
            data = {"role": role.value, "group_id": group_id, "member_id": member_id}
            append_audit(session, actor=actor, action="account.linked", subject=_subject(user), data=data, now=now)
            return existing
    grant = ConsoleGrant(
        user_id=user.id, role=role.value, group_id=group_id, department=department, member_id=member_id, created_at=now
    )
    session.add(grant)
    session.flush()
    data = {"role": role.value, "group_id": group_id, "department": department, "member_id": member_id}
    append_audit(session, actor=actor, action="account.granted", subject=_subject(user), data=data, now=now)
    return grant


def revoke_role(
    session: Session,
    *,
    user: ConsoleUser,
    role: ConsoleRole,
    actor: str,
    now: datetime,
    group_id: int | None = None,
) -> int:
    """Take `role` in `group_id` (None: the all-groups grant) away from `user`; how many grants went."""
    found = [g for g in grants_of(session, user_id=user.id) if g.role == role.value and g.group_id == group_id]
    if not found:
        raise AccountError(f"{user.username} 没有这个角色。", f"{user.username} does not hold that role")
    if role is ConsoleRole.OWNER and group_id is None and _last_owner(session, user):
        raise AccountError("不能撤销最后一位群主账号的权限。", "cannot revoke the last owner")
    for grant in found:
        session.delete(grant)
    session.flush()
    data = {"role": role.value, "group_id": group_id}
    append_audit(session, actor=actor, action="account.revoked", subject=_subject(user), data=data, now=now)
    return len(found)


def _last_owner(session: Session, user: ConsoleUser) -> bool:
    owners = session.scalars(
        select(ConsoleGrant.user_id)
        .join(ConsoleUser, ConsoleUser.id == ConsoleGrant.user_id)
        .where(ConsoleGrant.role == ConsoleRole.OWNER.value, ConsoleGrant.group_id.is_(None), ConsoleUser.active)
    ).all()
    return set(owners) <= {user.id}


def set_password(session: Session, *, user: ConsoleUser, password: str, actor: str, now: datetime) -> None:
    """Change `user`'s password (refused when weak) and end all their sessions. Does not commit."""
    problem = password_problem(password, username=user.username)
    if problem:
        raise AccountError(problem, "password too weak")
    user.password_hash = hash_password(password)
    user.password_changed_at = now
    user.updated_at = now
    revoked = revoke_sessions(session, user_id=user.id, now=now)
    append_audit(
        session,
        actor=actor,
        action="account.password_changed",
        subject=_subject(user),
        data={"sessions_ended": revoked},
        now=now,
    )


def set_active(session: Session, *, user: ConsoleUser, active: bool, actor: str, now: datetime) -> None:
    """Enable or disable `user`; disabling ends their sessions and revokes their API tokens. Does not commit."""
    if not active and _last_owner(session, user) and owner_exists(session):
        raise AccountError("不能停用最后一位群主账号。", "cannot disable the last owner")
    user.active = active
    user.updated_at = now
    if not active:
        revoke_sessions(session, user_id=user.id, now=now)
        session.execute(
            update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)).values(revoked_at=now)
        )
    action = "account.enabled" if active else "account.disabled"
    append_audit(session, actor=actor, action=action, subject=_subject(user), data={}, now=now)


def revoke_sessions(session: Session, *, user_id: int, now: datetime, keep: int | None = None) -> int:
    """End every live session of the user (but `keep`); how many ended."""
    query = update(ConsoleSession).where(ConsoleSession.user_id == user_id, ConsoleSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(ConsoleSession.id != keep)
    return session.execute(query.values(revoked_at=now)).rowcount or 0
