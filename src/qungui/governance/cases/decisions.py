"""Admins' decisions on cases: apply an admin's sanction, confirm or dismiss a queued case, undo a case.

四.1 "对任何违反上述群规的行为,由管理员进行处理" and 八 "不要玩忽职守，公报私仇": every decision here is
audited with the deciding admin as actor, and nobody decides a case about themselves.

- `apply_decision` saves an engine decision taken by an admin exactly as the pipeline saves the engine's
  own (member states, then cases and sanctions with their audit rows), with the admin as actor.
- `confirm_case` applies a queued (assisted) case's proposed ladder step through `rules.engine.sanction`.
- `dismiss_case` closes a queued case as no violation.
- `undo_case` overrides an applied case: the strike it added, the apology and unpaid fine it asked for
  are dropped from the member's state, its sanctions not yet carried out are skipped, and a removal it
  caused is lifted (the member counts as having left when the removal was carried out, and as active when
  it never was; putting them back in the chat is an invitation by a person). The case row and its audit
  rows stay: history is kept.

Every function runs in the caller's transaction and never commits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.categories import Category
from qungui.core.errors import QunguiError
from qungui.core.findings import Action, ActionKind, Finding
from qungui.governance.audit.service import append_audit
from qungui.governance.cases.models import Case, CaseStatus, Sanction, SanctionStatus
from qungui.governance.cases.service import Recorded, record_decision
from qungui.governance.events.service import get_event
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import lock_group
from qungui.governance.members.models import Member
from qungui.governance.members.service import get_member, load_group_state, save_member_states
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.decision import Decision
from qungui.rules.engine import sanction
from qungui.rules.state import ACTIVE, LEFT, REMOVED, MemberState

ADMIN_DETECTOR = "admin"  # the "detector" of a finding an admin states (警告, 移除, 罚红包, a verified report)


class CaseRejected(QunguiError):
    """A decision on a case that cannot be taken; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


@dataclass(frozen=True, slots=True)
class Undone:
    """What `undo_case` changed."""

    case: Case
    strikes_dropped: int
    apology_cleared: bool
    fines_dropped: int
    status_from: str
    status_to: str
    sanctions_skipped: int

    @property
    def removal_lifted(self) -> bool:
        return self.status_from == REMOVED and self.status_to != REMOVED


def apply_decision(session: Session, *, group: Group, decision: Decision, actor: str, now: datetime) -> Recorded:
    """Save the decision's member states and record its cases and sanctions with `actor`. Does not commit."""
    save_member_states(session, group=group, states=decision.member_updates, now=now)
    return record_decision(session, group=group, decision=decision, now=now, actor=actor)


def removed_by(decision: Decision, admin: str) -> Decision:
    """The decision with `admin` recorded as the remover of every member it removes (appeals go elsewhere)."""
    updates = {
        member_id: state.with_(removed_by=admin)
        if state.status == REMOVED and state.removed_at == decision.at
        else state
        for member_id, state in decision.member_updates.items()
    }
    return replace(decision, member_updates=MappingProxyType(updates))


def with_admin_note(decision: Decision, *, admin: str, note: str, category: Category | None = None) -> Decision:
    """The decision with the admin's reason as the evidence of each violation (it is what the case shows)."""
    violations = tuple(
        replace(
            v,
            findings=(
                *v.findings,
                Finding(
                    detector=ADMIN_DETECTOR,
                    category=category or Category.OTHER,
                    clause=v.clause,
                    score=1.0,
                    evidence=note.strip() or "管理员处理",
                    detail={"by": admin},
                ),
            ),
        )
        for v in decision.violations
    )
    return replace(decision, violations=violations)


def find_case(session: Session, *, group: Group, case_id: int) -> Case | None:
    """The group's case with this number, or None (a case of another group is not found)."""
    case = session.get(Case, case_id)
    return case if case is not None and case.group_id == group.id else None


def latest_applied_case(session: Session, *, group: Group, member_id: str) -> Case | None:
    """The member's most recent applied case in the group, or None."""
    return session.scalars(
        select(Case)
        .where(Case.group_id == group.id, Case.member_id == member_id, Case.status == CaseStatus.APPLIED.value)
        .order_by(Case.created_at.desc(), Case.id.desc())
        .limit(1)
    ).first()


def queued_cases(session: Session, *, group: Group, member_id: str | None = None) -> list[Case]:
    """The group's cases waiting for an admin (optionally about one member), oldest first."""
    query = select(Case).where(Case.group_id == group.id, Case.status == CaseStatus.QUEUED.value)
    if member_id is not None:
        query = query.where(Case.member_id == member_id)
    return list(session.scalars(query.order_by(Case.created_at, Case.id)))


def _own_message(session: Session, case: Case) -> str | None:
    """The id of the message the case was opened on, if the case's member sent it."""
    record = get_event(session, key=case.event_key) if case.event_key else None
    if record is None or record.type != "message" or record.actor_id != case.member_id:
        return None
    return record.payload.get("id")


def confirm_case(
    session: Session, *, group: Group, book: CompiledRulebook, case_id: int, admin: str, now: datetime
) -> tuple[Case, Decision]:
    """Apply a queued case's proposed ladder step to its member and mark it applied; audited. Does not commit."""
    case = _decidable(session, group=group, case_id=case_id, admin=admin, status=CaseStatus.QUEUED)
    try:
        clause = book.rulebook.clause(case.clause)
    except KeyError:
        clause = None
    if clause is None or clause.ladder is None:
        raise CaseRejected(
            f"群规【{case.clause}】没有处理步骤，无法直接确认。"
            f"请用“警告”或“移除”并写明条款处理，或发送“拒绝 A{case.id}”驳回。",
            f"Rule {case.clause} has no steps to apply: use 警告 or 移除 with a clause, or reject A{case.id}.",
        )
    state = load_group_state(session, group=group, book=book)
    decision = sanction(
        book=book,
        state=state,
        member_id=case.member_id,
        clause_id=clause.id,
        now=now,
        case=case.key,
        step_index=case.step_index,
    )
    # Sanction keys derive from the decision's event key: the queueing decision's must not be reused.
    decision = replace(removed_by(decision, admin), event_key=f"{case.key}#confirmed")
    message_id = _own_message(session, case) if clause.delete_message else None
    if message_id is not None:  # the clause withdraws the offending message: now that an admin confirmed it
        delete = Action(ActionKind.DELETE_MESSAGE, case.member_id, clause.id, message_id, reason=case.key)
        decision = replace(decision, actions=(delete, *decision.actions))
    apply_decision(session, group=group, decision=decision, actor=admin, now=now)
    violation = decision.violations[0]
    case.status, case.step_index, case.step, case.updated_at = (
        CaseStatus.APPLIED.value,
        violation.step_index,
        violation.step,
        now,
    )
    session.flush()
    append_audit(
        session,
        actor=admin,
        action="case.confirmed",
        subject=f"case:{case.key}",
        data={"group": group.id, "member": case.member_id, "clause": case.clause, "step": case.step},
        now=now,
    )
    return case, decision


def dismiss_case(session: Session, *, group: Group, case_id: int, admin: str, note: str, now: datetime) -> Case:
    """Close a queued case as no violation; audited. Does not commit."""
    case = _decidable(session, group=group, case_id=case_id, admin=admin, status=CaseStatus.QUEUED)
    case.status, case.updated_at = CaseStatus.DISMISSED.value, now
    session.flush()
    append_audit(
        session,
        actor=admin,
        action="case.dismissed",
        subject=f"case:{case.key}",
        data={"group": group.id, "member": case.member_id, "clause": case.clause, "note": note.strip() or None},
        now=now,
    )
    return case


def undo_case(session: Session, *, group: Group, case_id: int, admin: str, note: str, now: datetime) -> Undone:
    """Override an applied case and take back what it did to the member's state; audited. Does not commit."""
    case = _decidable(session, group=group, case_id=case_id, admin=admin, status=CaseStatus.APPLIED)
    lock_group(session, group=group)  # the pipeline must not overwrite the member's state meanwhile
    row = session.scalars(
        select(Member)
        .where(Member.group_id == group.id, Member.external_id == case.member_id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    state = MemberState.from_dict(row.state) if row is not None else MemberState(case.member_id)
    sanctions = list(session.scalars(select(Sanction).where(Sanction.case_id == case.id)))
    removal = [s for s in sanctions if s.kind == ActionKind.REMOVE.value]
    removal_done = any(s.status == SanctionStatus.DONE.value for s in removal)
    skipped = 0
    for item in sanctions:
        if item.status == SanctionStatus.PENDING.value:
            item.status, item.last_error, item.updated_at = SanctionStatus.SKIPPED.value, "案件已撤销", now
            skipped += 1
    strikes = tuple(s for s in state.strikes if s.case != case.key)
    fines = tuple(f for f in state.fines if f.case != case.key or f.paid_at is not None)
    apology = state.pending_apology if state.pending_apology and state.pending_apology.case != case.key else None
    changes: dict[str, object] = {"strikes": strikes, "fines": fines, "pending_apology": apology}
    status_to = state.status
    if removal and state.status == REMOVED:
        status_to = LEFT if removal_done else ACTIVE
        changes.update(status=status_to, removed_at=None, removed_by=None)
    undone = state.with_(**changes)
    if row is not None:
        row.state, row.status, row.updated_at = undone.to_dict(), undone.status, now
    case.status, case.updated_at = CaseStatus.OVERRIDDEN.value, now
    session.flush()
    result = Undone(
        case=case,
        strikes_dropped=len(state.strikes) - len(strikes),
        apology_cleared=state.pending_apology is not None and apology is None,
        fines_dropped=len(state.fines) - len(fines),
        status_from=state.status,
        status_to=status_to,
        sanctions_skipped=skipped,
    )
    append_audit(
        session,
        actor=admin,
        action="case.overridden",
        subject=f"case:{case.key}",
        data={
            "group": group.id,
            "member": case.member_id,
            "clause": case.clause,
            "step": case.step,
            "note": note.strip() or None,
            "strikes_dropped": result.strikes_dropped,
            "apology_cleared": result.apology_cleared,
            "fines_dropped": result.fines_dropped,
            "status_from": result.status_from,
            "status_to": result.status_to,
            "sanctions_skipped": skipped,
        },
        now=now,
    )
    return result


_STATUS_ZH = {"open": "未处理", "queued": "待审核", "applied": "已执行", "overridden": "已撤销", "dismissed": "已驳回"}


def _decidable(session: Session, *, group: Group, case_id: int, admin: str, status: CaseStatus) -> Case:
    """The case, locked, when `admin` may decide it and it has `status`; CaseRejected otherwise."""
    case = session.get(Case, case_id, with_for_update=True)
    if case is None or case.group_id != group.id:
        raise CaseRejected(f"找不到案件 A{case_id}。", f"No case A{case_id}.")
    decider = get_member(session, group=group, member_id=admin)
    if decider is None or not decider.is_admin:
        raise CaseRejected("只有群主或管理员可以处理案件。", "Only the owner or an admin can decide cases.")
    if admin == case.member_id:
        raise CaseRejected(
            "这是关于您本人的案件，请交由其他管理员处理。", "This case is about you: another admin must decide it."
        )
    if case.status != status.value:
        shown = _STATUS_ZH.get(case.status, case.status)
        if status is CaseStatus.QUEUED:
            raise CaseRejected(
                f"案件 A{case.id} 不是待审核案件（{shown}）。", f"Case A{case.id} is not waiting ({case.status})."
            )
        raise CaseRejected(
            f"案件 A{case.id} 目前{shown}，无法撤销。", f"Case A{case.id} is {case.status}: nothing to undo."
        )
    return case
