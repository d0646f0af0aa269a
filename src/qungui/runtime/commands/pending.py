"""What waits for an admin in a group — open reports, open appeals, pending leave, queued cases — by number."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from qungui.governance.appeals.models import Appeal
from qungui.governance.appeals.service import open_appeals
from qungui.governance.cases.decisions import find_case, queued_cases
from qungui.governance.groups.models import Group
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.leave.service import pending_leave
from qungui.governance.members.joins import pending_joins
from qungui.governance.members.models import Member, Role
from qungui.governance.reports.service import find_report, open_reports
from qungui.runtime.commands.ids import APPEAL, CASE, DECIDABLE, JOIN, KINDS, LEAVE, REPORT, label


@dataclass(frozen=True, slots=True)
class Item:
    """One request or case: its kind letter, number, and the member it is about (never a reporter)."""

    kind: str
    number: int
    member: str

    @property
    def label(self) -> str:
        return label(self.kind, self.number)


def waiting(session: Session, *, group: Group) -> list[Item]:
    """Everything waiting for an admin in the group, by kind (J, S, Q, A), oldest first within a kind."""
    items = [Item(REPORT, r["id"], r["target"]) for r in open_reports(session, group=group, viewer_role=Role.MEMBER)]
    items += [Item(APPEAL, a.id, a.member_id) for a in open_appeals(session, group=group)]
    items += [Item(LEAVE, q.id, q.member_id) for q in pending_leave(session, group=group)]
    items += [Item(CASE, c.id, c.member_id) for c in queued_cases(session, group=group)]
    items += [Item(JOIN, m.id, m.external_id) for m in pending_joins(session, group=group)]
    return items


def find_item(session: Session, *, group: Group, kind: str, number: int) -> Item | None:
    """The group's request or case with this kind and number, whatever its status; None if there is none.

    Notices (N) and tasks (T) are not requests: None.
    """
    assert kind in KINDS
    if kind not in DECIDABLE:
        return None
    if kind == REPORT:
        report = find_report(session, group=group, report_id=number)
        return Item(REPORT, number, report.target_id) if report is not None else None
    if kind == CASE:
        case = find_case(session, group=group, case_id=number)
        return Item(CASE, number, case.member_id) if case is not None else None
    if kind == JOIN:
        member = session.get(Member, number)
        return Item(JOIN, number, member.external_id) if member is not None and member.group_id == group.id else None
    model = Appeal if kind == APPEAL else LeaveRequest
    row = session.get(model, number)
    if row is None or row.group_id != group.id:
        return None
    return Item(kind, number, row.member_id)
