"""Who belongs to which department and who heads it. Every function runs in the caller's transaction.

A member's department is the one an admin set (`部门 @张三 工程部`, the `members.department` column),
else the `department` of the rulebook roster entry the member matches. Heads are set by an admin
(`负责人 @李四 工程部`) and kept on the department row. Changes are audited; nothing here commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.audit.service import append_audit
from qungui.governance.departments.models import NAME_LENGTH, Department
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.governance.members.roster import roster_status
from qungui.governance.members.service import get_member, load_group_state
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.state import MemberState


class DepartmentRejected(QunguiError):
    """A department change that cannot be made; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


@dataclass(frozen=True, slots=True)
class DepartmentView:
    name: str
    heads: tuple[str, ...]
    members: tuple[str, ...]


def clean_name(name: str) -> str:
    """The department name as stored: trimmed, one leading @ dropped; refused when empty or too long."""
    cleaned = name.strip().removeprefix("@").removeprefix("＠").strip()
    if not cleaned:
        raise DepartmentRejected("请写明部门名称，例如：工程部。", "Please name the department, e.g. 工程部.")
    if len(cleaned) > NAME_LENGTH:
        raise DepartmentRejected(
            f"部门名称太长（最多 {NAME_LENGTH} 个字）。", f"The department name is too long (at most {NAME_LENGTH})."
        )
    return cleaned


def find_department(session: Session, *, group: Group, name: str) -> Department | None:
    return session.scalars(
        select(Department).where(Department.group_id == group.id, Department.name == name)
    ).one_or_none()


def ensure_department(session: Session, *, group: Group, name: str, now: datetime) -> Department:
    """The department row named `name`, created when new. Does not commit."""
    found = find_department(session, group=group, name=name)
    if found is None:
        found = Department(group_id=group.id, name=name, head_ids=[], created_at=now, updated_at=now)
        session.add(found)
        session.flush()
    return found


def _member_row(session: Session, group: Group, member_id: str, now: datetime) -> Member:
    row = get_member(session, group=group, member_id=member_id)
    if row is None:
        fresh = MemberState(member_id=member_id)
        row = Member(
            group_id=group.id,
            external_id=member_id,
            status=fresh.status,
            state=fresh.to_dict(),
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
    return row


def set_member_department(
    session: Session, *, group: Group, member_id: str, department: str | None, actor: str, now: datetime
) -> Member:
    """Put `member_id` in `department` (None: clear what an admin set); audited. Does not commit."""
    name = clean_name(department) if department is not None else None
    row = _member_row(session, group, member_id, now)
    before = row.department
    if name is not None:
        ensure_department(session, group=group, name=name, now=now)
    row.department = name
    row.updated_at = now
    session.flush()
    if before != name:
        append_audit(
            session,
            actor=actor,
            action="member.department_set",
            subject=f"member:{group.id}:{member_id}",
            data={"from": before, "to": name},
            now=now,
        )
    return row


def add_head(session: Session, *, group: Group, member_id: str, department: str, actor: str, now: datetime) -> bool:
    """Make `member_id` a head of `department` (and its member, when they have no department); audited.

    False when they already were. Does not commit.
    """
    name = clean_name(department)
    row = ensure_department(session, group=group, name=name, now=now)
    member = _member_row(session, group, member_id, now)
    if member.department is None:
        set_member_department(session, group=group, member_id=member_id, department=name, actor=actor, now=now)
    if member_id in row.head_ids:
        return False
    row.head_ids = [*row.head_ids, member_id]
    row.updated_at = now
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="department.head_added",
        subject=f"department:{group.id}:{name}",
        data={"member": member_id},
        now=now,
    )
    return True


def remove_head(session: Session, *, group: Group, member_id: str, actor: str, now: datetime) -> list[str]:
    """Remove `member_id` as head of every department; the names of those departments. Audited; does not commit."""
    removed: list[str] = []
    for row in session.scalars(select(Department).where(Department.group_id == group.id).order_by(Department.id)):
        if member_id in row.head_ids:
            row.head_ids = [m for m in row.head_ids if m != member_id]
            row.updated_at = now
            removed.append(row.name)
            append_audit(
                session,
                actor=actor,
                action="department.head_removed",
                subject=f"department:{group.id}:{row.name}",
                data={"member": member_id},
                now=now,
            )
    session.flush()
    return removed


def member_departments(session: Session, *, group: Group, book: CompiledRulebook) -> dict[str, str]:
    """Every member's department: the roster's for matched members, overridden by what an admin set."""
    found: dict[str, str] = {}
    if any(entry.department for entry in book.rulebook.membership.roster):
        status = roster_status(book.rulebook, load_group_state(session, group=group, book=book))
        found.update({member: entry.department for entry, member in status.present if entry.department})
    rows = session.execute(
        select(Member.external_id, Member.department).where(Member.group_id == group.id, Member.department.is_not(None))
    )
    found.update({member: department for member, department in rows if department})
    return found


def heads_by_department(session: Session, *, group: Group) -> dict[str, list[str]]:
    """The heads of each department that has any, by department name."""
    rows = session.scalars(select(Department).where(Department.group_id == group.id).order_by(Department.id))
    return {row.name: list(row.head_ids) for row in rows if row.head_ids}


def is_head(session: Session, *, group: Group, member_id: str) -> bool:
    """Whether `member_id` heads any department of the group."""
    return any(member_id in heads for heads in heads_by_department(session, group=group).values())


def department_names(session: Session, *, group: Group, book: CompiledRulebook) -> list[str]:
    """Every department the group knows: from the table, the members and the roster, sorted."""
    names = set(session.scalars(select(Department.name).where(Department.group_id == group.id)))
    names.update(member_departments(session, group=group, book=book).values())
    names.update(entry.department for entry in book.rulebook.membership.roster if entry.department)
    return sorted(names)


def departments_overview(session: Session, *, group: Group, book: CompiledRulebook) -> list[DepartmentView]:
    """Each known department with its heads and members (member ids), by name."""
    members = member_departments(session, group=group, book=book)
    heads = heads_by_department(session, group=group)
    return [
        DepartmentView(
            name,
            tuple(heads.get(name, ())),
            tuple(sorted(member for member, dept in members.items() if dept == name)),
        )
        for name in department_names(session, group=group, book=book)
    ]
