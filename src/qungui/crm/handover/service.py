"""Hand over a leaving associate's customers, their profiles and open follow-ups to named successors, in one step.

Customers are shared out in turn (by customer number) among the successors; each customer's assignment
history is closed and reopened, open follow-ups move with the customer, the associate is marked as left,
and the hand-over with every move is kept. Nothing here commits: the caller's transaction makes it all
or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.crm.customers.models import Associate, Customer, Store
from qungui.crm.customers.service import assign
from qungui.crm.engage.models import FollowUp, FollowUpStatus
from qungui.crm.errors import CrmRejected
from qungui.crm.handover.models import Handover
from qungui.crm.profiles.models import Profile
from qungui.governance.audit.service import append_audit


def hand_over(
    session: Session,
    *,
    store: Store,
    leaving: Associate,
    successors: Sequence[Associate],
    actor: str,
    now: datetime,
    reason: str = "导购离职",
    leaves: bool = True,
) -> Handover:
    """Move every customer of `leaving` to `successors` (in turn) with their open follow-ups; audited."""
    if not successors:
        raise CrmRejected("请至少指定一位接手的导购", "name at least one successor")
    problems = []
    for person in (leaving, *successors):
        if person.store_id != store.id:
            problems.append(f"导购「{person.name}」不属于本门店")
    for person in successors:
        if person.id == leaving.id:
            problems.append(f"「{person.name}」不能交接给自己")
        elif not person.active:
            problems.append(f"导购「{person.name}」已离职，不能接手")
    if len({p.id for p in successors}) != len(successors):
        problems.append("接手导购有重复")
    if problems:
        raise CrmRejected("；".join(problems), f"{len(problems)} problem(s) in the hand-over")
    customers = list(
        session.scalars(
            select(Customer)
            .where(Customer.store_id == store.id, Customer.associate_id == leaving.id)
            .order_by(Customer.code)
        )
    )
    moves: list[list[int]] = []
    moved_followups = 0
    for index, customer in enumerate(customers):
        successor = successors[index % len(successors)]
        assign(session, customer=customer, associate=successor, now=now, reason=f"交接：{leaving.name}{reason}"[:255])
        moves.append([customer.id, successor.id])
        for followup in session.scalars(
            select(FollowUp).where(FollowUp.customer_id == customer.id, FollowUp.status == FollowUpStatus.OPEN.value)
        ):
            followup.associate_id = successor.id
            moved_followups += 1
    # follow-ups the leaving associate held for customers now served by others stay with those customers' associates
    for followup in session.scalars(
        select(FollowUp).where(FollowUp.associate_id == leaving.id, FollowUp.status == FollowUpStatus.OPEN.value)
    ):
        customer = session.get(Customer, followup.customer_id)
        if customer is not None and customer.associate_id != leaving.id:
            followup.associate_id = customer.associate_id
            moved_followups += 1
    if leaves:
        leaving.active, leaving.left_at = False, now
    profiles = 0
    if customers:
        profiles = len(
            session.scalars(select(Profile.id).where(Profile.customer_id.in_([c.id for c in customers]))).all()
        )
    record = Handover(
        store_id=store.id,
        from_associate_id=leaving.id,
        moves=moves,
        customers=len(customers),
        followups=moved_followups,
        reason=reason[:255],
        actor=actor,
        at=now,
    )
    session.add(record)
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="crm.handover",
        subject=f"crm:{store.id}:associate:{leaving.name}",
        data={
            "to": [s.name for s in successors],
            "customers": len(customers),
            "profiles": profiles,
            "followups": moved_followups,
        },
        now=now,
    )
    return record
