"""Record the engine's decisions: cases for violations, sanctions for actions, audit rows for both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.findings import Action, ActionKind
from qungui.governance.audit.service import append_audit
from qungui.governance.cases.models import Case, CaseStatus, Sanction, SanctionStatus
from qungui.governance.groups.models import Group
from qungui.rules.engine import Decision, Violation

ENGINE_ACTOR = "engine"
# Actions that need nothing from the platform: recorded as done at once.
RECORD_ONLY = frozenset({ActionKind.RECORD})


@dataclass(frozen=True, slots=True)
class Recorded:
    """What `record_decision` wrote (existing rows with the same keys are not written again)."""

    cases: tuple[Case, ...]
    sanctions: tuple[Sanction, ...]


def sanction_key(decision: Decision, index: int) -> str:
    """The idempotency key of the decision's `index`-th action."""
    return f"{decision.event_key}:{index}"


def record_decision(
    session: Session, *, group: Group, decision: Decision, now: datetime, actor: str = ENGINE_ACTOR
) -> Recorded:
    """Write a case per violation and a sanction per action, each with an audit row.

    Keys make this idempotent: a case or sanction whose key exists is left alone and not returned.
    A sanction is linked to the case named by its action's `reason`, when there is one.
    Does not commit.
    """
    known = _cases_by_key(session, [v.case for v in decision.violations] + [a.reason for a in decision.actions])
    queued = {a.reason for a in decision.actions if a.kind is ActionKind.QUEUE_FOR_ADMIN}
    new_cases: list[Case] = []
    for violation in decision.violations:
        if violation.case in known:
            continue
        status = CaseStatus.QUEUED if violation.case in queued else CaseStatus.APPLIED
        case = _new_case(group, decision, violation, status, now)
        session.add(case)
        known[case.key] = case
        new_cases.append(case)
    session.flush()
    for case in new_cases:
        append_audit(
            session,
            actor=actor,
            action="case.opened",
            subject=f"case:{case.key}",
            data={
                "group": group.id,
                "member": case.member_id,
                "clause": case.clause,
                "ladder": case.ladder,
                "step_index": case.step_index,
                "step": case.step,
                "status": case.status,
                "event": case.event_key,
                "evidence": case.evidence,
            },
            now=now,
        )

    keys = [sanction_key(decision, i) for i in range(len(decision.actions))]
    existing = set(session.scalars(select(Sanction.key).where(Sanction.key.in_(keys)))) if keys else set()
    new_sanctions: list[Sanction] = []
    for key, action in zip(keys, decision.actions, strict=True):
        if key in existing:
            continue
        linked = known.get(action.reason)
        sanction = _new_sanction(group, key, action, linked, now)
        session.add(sanction)
        new_sanctions.append(sanction)
    session.flush()
    for sanction in new_sanctions:
        append_audit(
            session,
            actor=actor,
            action="sanction.created",
            subject=f"sanction:{sanction.key}",
            data={
                "group": group.id,
                "case": sanction.case_id,
                "kind": sanction.kind,
                "member": sanction.member_id,
                "clause": sanction.clause,
                "status": sanction.status,
                "deadline": sanction.deadline.isoformat() if sanction.deadline else None,
                "amount": str(sanction.amount) if sanction.amount is not None else None,
            },
            now=now,
        )
    return Recorded(tuple(new_cases), tuple(new_sanctions))


CASE_HINT = {
    "zh-CN": "（案件 A{id}：回复“通过 A{id}”按群规处理，或“拒绝 A{id} 原因”驳回）",
    "en": " (case A{id}: reply “通过 A{id}” to apply the rules or “拒绝 A{id} reason” to dismiss)",
}


def number_queued_cases(session: Session, *, decision: Decision, language: str) -> None:
    """Give the admins' notice of each case this decision queued its number and how to decide it.

    The engine words the notice before the case row exists; the number is known only once it is
    recorded. Does not commit.
    """
    hint = CASE_HINT.get(language, CASE_HINT["zh-CN"])
    for index, action in enumerate(decision.actions):
        if action.kind is not ActionKind.QUEUE_FOR_ADMIN or not action.reason:
            continue
        case = session.scalars(select(Case).where(Case.key == action.reason)).first()
        if case is not None and case.status == CaseStatus.QUEUED.value:
            append_to_notice(session, decision=decision, index=index, suffix=hint.format(id=case.id))


def append_to_notice(session: Session, *, decision: Decision, index: int, suffix: str) -> None:
    """Append `suffix` (a number and how to decide) to the recorded text of the decision's `index`-th action.

    Used where the engine words a notice before the row it refers to exists. Appends once. Does not commit.
    """
    notice = session.scalars(select(Sanction).where(Sanction.key == sanction_key(decision, index))).first()
    if notice is not None and not (notice.text or "").endswith(suffix):
        notice.text = (notice.text or "") + suffix


def _cases_by_key(session: Session, keys: list[str]) -> dict[str, Case]:
    wanted = sorted({k for k in keys if k})
    if not wanted:
        return {}
    return {case.key: case for case in session.scalars(select(Case).where(Case.key.in_(wanted)))}


def _new_case(group: Group, decision: Decision, violation: Violation, status: CaseStatus, now: datetime) -> Case:
    return Case(
        group_id=group.id,
        key=violation.case,
        member_id=violation.member_id,
        clause=violation.clause,
        clause_text=violation.clause_text,
        title=violation.title,
        enforcement=violation.enforcement.value,
        ladder=violation.ladder,
        step_index=violation.step_index,
        step=violation.step,
        status=status.value,
        findings=[f.as_dict() for f in violation.findings],
        also_cites=list(violation.also_cites),
        evidence="；".join(f.evidence for f in violation.findings),
        event_key=decision.event_key,
        created_at=now,
        updated_at=now,
    )


def _new_sanction(group: Group, key: str, action: Action, case: Case | None, now: datetime) -> Sanction:
    record_only = action.kind in RECORD_ONLY
    return Sanction(
        group_id=group.id,
        case_id=case.id if case is not None else None,
        key=key,
        kind=action.kind.value,
        member_id=action.member_id,
        clause=action.clause,
        message_id=action.message_id,
        text=action.text,
        reason=action.reason,
        deadline=action.deadline,
        amount=action.amount,
        duration_s=action.duration_s,
        status=(SanctionStatus.DONE if record_only else SanctionStatus.PENDING).value,
        attempts=0,
        created_at=now,
        updated_at=now,
    )


def pending_sanctions(session: Session, *, limit: int = 100, group: Group | None = None) -> list[Sanction]:
    """Sanctions still to carry out, oldest first. Does not commit."""
    query = select(Sanction).where(Sanction.status == SanctionStatus.PENDING.value)
    if group is not None:
        query = query.where(Sanction.group_id == group.id)
    return list(session.scalars(query.order_by(Sanction.created_at, Sanction.id).limit(limit)))


def mark_sanction(
    session: Session,
    *,
    sanction: Sanction,
    status: SanctionStatus,
    now: datetime,
    error: str | None = None,
    actor: str = "runtime",
) -> Sanction:
    """Record an attempt to carry out a sanction (done, failed with `error`, skipped, unsupported).

    Does not commit.
    """
    sanction.attempts += 1
    sanction.status = status.value
    sanction.last_error = error
    sanction.updated_at = now
    append_audit(
        session,
        actor=actor,
        action=f"sanction.{status.value}",
        subject=f"sanction:{sanction.key}",
        data={"attempts": sanction.attempts, "error": error},
        now=now,
    )
    session.flush()
    return sanction


def cases_for_member(session: Session, *, group: Group, member_id: str) -> list[Case]:
    """A member's cases in a group, oldest first. Does not commit."""
    query = select(Case).where(Case.group_id == group.id, Case.member_id == member_id)
    return list(session.scalars(query.order_by(Case.created_at, Case.id)))
