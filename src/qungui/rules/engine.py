"""The pure engine: evaluate(event, rulebook, state, now) -> Decision.

No database, network or clock in here: the same engine serves the live bot, the offline audit,
`qungui check` and tests. The caller applies the decision (`GroupState.apply`) and records it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from types import MappingProxyType

from qungui.core.events import (
    Event,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Tick,
    actor_of,
)
from qungui.core.findings import Action, ActionKind, Finding
from qungui.rules.compiled import MAX_RECENT, CompiledRulebook
from qungui.rules.deadlines import close_apology, sweep
from qungui.rules.decision import Decision, Draft, Violation, violation_of
from qungui.rules.detectors import DetectContext
from qungui.rules.detectors.flood import fingerprint
from qungui.rules.ladder import climb, next_step_index, pay_fine
from qungui.rules.messages import say
from qungui.rules.schema import Clause, Enforcement
from qungui.rules.state import ACTIVE, LEFT, REMOVED, GroupState, MemberState, RecentMessage
from qungui.rules.workflows import confirm_rules, follow_nickname, welcome


def evaluate(event: Event, book: CompiledRulebook, state: GroupState, now: datetime, *, judge: bool = True) -> Decision:
    """Decide what `event` means under `book`, given `state` before it. Pure: mutates nothing.

    `judge=False` (a command addressed to the bot, such as 举报 quoting the offending words) runs no
    detector and climbs no ladder, but keeps the rest: apologies, fine payments, a newcomer's
    confirmation, the welcome on a join, and the sender's presence.
    """
    draft = Draft(state)
    if isinstance(event, Tick):
        sweep(book, draft, now)
        return _finish(event, now, draft, (), None)
    if isinstance(event, MessageEvent) and event.kind is MessageKind.SYSTEM:
        return _finish(event, now, draft, (), None)  # recalls, 拍一拍, calls: not speech, nothing to judge

    actor = actor_of(event)
    assert actor is not None
    if state.is_bot(actor.id):
        return _finish(event, now, draft, (), None)  # the bot's own doings are never judged nor counted
    event = _bot_invites_approved(event, state)
    _before_detection(event, book, draft, now)
    ctx = DetectContext(book.rulebook, state, state.member(actor.id), now)
    findings = _detect(event, book, state, ctx, draft.member) if judge else []

    if judge and isinstance(event, JoinRequest):
        _hold_join(event, book, draft, findings)
    elif judge:
        _judge(event, book, draft, findings, now)
        if isinstance(event, MemberJoined | NicknameChanged):
            follow_nickname(event, book, draft, findings, now)
    if isinstance(event, MemberJoined):
        welcome(event, book, draft, now)

    group_message = None
    if isinstance(event, MessageEvent):
        _remember_message(event, book, draft, ctx, now)
        group_message = (event.ts.timestamp(), actor.id)
    return _finish(event, now, draft, tuple(findings), group_message)


def scan(event: Event, book: CompiledRulebook, state: GroupState, now: datetime) -> tuple[list[Finding], Decision]:
    """Findings only, no ladder: for `qungui check` and the console's "try a message" box.

    The returned decision carries just the state a stateful detector needs next time (the
    sender's recent messages and the group's activity); apply it to keep flood detection going.
    """
    actor = actor_of(event)
    if actor is None:
        return [], Decision(event.key, now)
    draft = Draft(state)
    ctx = DetectContext(book.rulebook, state, state.member(actor.id), now)
    findings = _detect(event, book, state, ctx, draft.member)
    group_message = None
    if isinstance(event, MessageEvent):
        _remember_message(event, book, draft, ctx, now)
        group_message = (event.ts.timestamp(), actor.id)
    return findings, _finish(event, now, draft, tuple(findings), group_message)


def _detect(event: Event, book: CompiledRulebook, state: GroupState, ctx: DetectContext, member_of) -> list[Finding]:
    """Run every detector that reads this event type, honouring schedules and admin exemptions."""
    actor = actor_of(event)
    assert actor is not None
    findings: list[Finding] = []
    for detector in book.by_event.get(event.type, ()):
        clause = detector.clause
        if clause.active_during is not None and not book.in_schedule(clause.active_during, event.ts):
            continue
        for finding in detector.detect(event, ctx):
            subject = finding.subject or actor.id
            if state.is_bot(subject):
                continue  # the bot is never blamed (e.g. for whom it let in)
            if clause.exempt_admins and _is_admin(state, member_of(subject)):
                continue
            findings.append(replace(finding, assisted=True) if detector.assisted else finding)
    return findings


def _bot_invites_approved(event: Event, state: GroupState) -> Event:
    """A join the bot itself brought about counts as approved: it invites only whom the rules or an admin let in."""
    if (
        isinstance(event, MemberJoined)
        and event.approved_by is None
        and event.inviter
        and state.is_bot(event.inviter.id)
    ):
        return event.model_copy(update={"approved_by": event.inviter})
    return event


def sanction(
    *,
    book: CompiledRulebook,
    state: GroupState,
    member_id: str,
    clause_id: str,
    now: datetime,
    case: str,
    step_index: int | None = None,
) -> Decision:
    """Apply a clause's ladder to a member by an admin's decision (an assisted case confirmed, 警告…)."""
    clause = book.rulebook.clause(clause_id)
    draft = Draft(state)
    if clause.ladder is None:
        raise ValueError(f"clause {clause_id} has no ladder to apply")
    outcome = climb(
        book=book.rulebook,
        ladder_name=clause.ladder,
        clause=clause,
        member=draft.member(member_id),
        now=now,
        case=case,
        step_index=step_index,
    )
    draft.put(outcome.member)
    draft.actions.extend(outcome.actions)
    draft.violations.append(
        violation_of(case, clause, member_id, step_index=outcome.step_index, step=outcome.step.value)
    )
    return Decision(case, now, (), tuple(draft.violations), tuple(draft.actions), MappingProxyType(draft.members))


def _is_admin(state: GroupState, member: MemberState) -> bool:
    """Admins come from the group's roles (GroupState.admins), the single source of truth."""
    return member.member_id in state.admins


def _before_detection(event: Event, book: CompiledRulebook, draft: Draft, now: datetime) -> None:
    """Membership changes, apologies and fine payments that the event itself brings."""
    rb = book.rulebook
    if isinstance(event, MessageEvent):
        member = draft.member(event.sender.id)
        if event.sender.name and member.name != event.sender.name:
            draft.put(member := member.with_(name=event.sender.name))
        if member.pending_apology is not None and event.text:
            text = event.text.strip().lower()
            if any(word.lower() in text for word in rb.apology.refusals):
                close_apology(book, draft, member, now, accepted=False)
            elif any(word.lower() in text for word in rb.apology.words):
                close_apology(book, draft, member, now, accepted=True)
        member = draft.member(event.sender.id)
        if event.kind is MessageKind.RED_ENVELOPE and member.owed_fines():
            member, actions = pay_fine(book=rb, member=member, now=now, amount=event.amount)
            draft.put(member)
            draft.actions.extend(actions)
        confirm_rules(book, draft, draft.member(event.sender.id), event.text, now)
    elif isinstance(event, MemberJoined):
        member = draft.member(event.member.id)
        if member.status in (REMOVED, LEFT):
            draft.notes.append(f"{event.member.id} rejoined after being {member.status}")
        draft.put(
            member.with_(
                status=ACTIVE,
                name=event.member.name or member.name,
                joined_at=event.ts,
                invited_by=event.inviter.id if event.inviter else None,
                removed_at=None,
                inactivity_reminded_at=None,
                inactivity_queued_at=None,
            )
        )
    elif isinstance(event, MemberLeft):
        member = draft.member(event.member.id)
        removed = event.reason is LeaveReason.REMOVED
        # The platform's report of a removal already decided (by the engine or an admin) keeps who decided it:
        # the bot only carried it out, and an appeal must go to someone other than the deciding admin.
        decided = member.status == REMOVED and member.removed_at is not None
        by = event.by.id if removed and event.by else member.removed_by
        removed_by = member.removed_by if decided and member.removed_by else by
        draft.put(
            member.with_(
                status=REMOVED if removed else LEFT,
                removed_at=member.removed_at if decided else (event.ts if removed else member.removed_at),
                removed_by=removed_by,
                pending_apology=member.pending_apology if not removed else None,
                rules_due=None,  # someone gone is not chased about the rules or the nickname
                nickname_due=None,
            )
        )
    elif isinstance(event, NicknameChanged):
        draft.put(draft.member(event.member.id).with_(name=event.new))


def _judge(event: Event, book: CompiledRulebook, draft: Draft, findings: list[Finding], now: datetime) -> None:
    """Turn findings into violations: one strike per member per ladder per event."""
    rb = book.rulebook
    grouped: dict[tuple[str, str], list[Finding]] = {}
    actor = actor_of(event)
    for finding in findings:
        grouped.setdefault((finding.subject or actor.id, finding.clause), []).append(finding)  # type: ignore[union-attr]
    struck: dict[tuple[str, str], int] = {}
    message_id = event.id if isinstance(event, MessageEvent) else None
    deleted = False
    for (subject, clause_id), items in grouped.items():
        clause = rb.clause(clause_id)
        case = f"{event.key}#{clause_id}#{subject}"
        if clause.enforcement is Enforcement.ASSISTED or clause.ladder is None or all(f.assisted for f in items):
            _queue(book, draft, clause, subject, case, items, message_id, now)
            continue
        ladder_key = (subject, clause.ladder)
        if ladder_key in struck:
            index = struck[ladder_key]
            first = draft.violations[index]
            draft.violations[index] = replace(
                first, findings=first.findings + tuple(items), also_cites=(*first.also_cites, clause_id)
            )
            continue
        recent = _recent_strike(draft.member(subject), clause, now, rb)
        if recent is not None:
            own_message = subject == actor.id  # type: ignore[union-attr]
            _merge(draft, clause, subject, case, items, recent, message_id, delete=own_message and not deleted)
            deleted = deleted or bool(clause.delete_message and message_id and own_message)
            continue
        outcome = climb(
            book=rb,
            ladder_name=clause.ladder,
            clause=clause,
            member=draft.member(subject),
            now=now,
            case=case,
            message_id=message_id,
        )
        draft.put(outcome.member)
        if clause.delete_message and message_id and subject == actor.id and not deleted:  # type: ignore[union-attr]
            deleted = True
            draft.actions.append(Action(ActionKind.DELETE_MESSAGE, subject, clause_id, message_id, reason=case))
        draft.actions.extend(outcome.actions)
        struck[ladder_key] = len(draft.violations)
        draft.violations.append(
            violation_of(case, clause, subject, items, step_index=outcome.step_index, step=outcome.step.value)
        )


def _recent_strike(member: MemberState, clause: Clause, now: datetime, rulebook):
    """The member's last burst strike this finding belongs to, if within the clause's cooldown.

    A burst is one offence even when two burst clauses on one ladder see it (a run of images is
    both 一.2 刷屏 and 二.1 图片刷屏): a strike under `clause`, or under another clause with a
    cooldown on the same ladder, within the cooldown takes the finding as evidence.
    """
    if clause.strike_cooldown is None:
        return None
    for strike in reversed(member.strikes):
        if strike.clause == clause.id or (strike.ladder == clause.ladder and _is_burst(rulebook, strike.clause)):
            return strike if now - strike.at < clause.strike_cooldown else None
    return None


def _is_burst(rulebook, clause_id: str) -> bool:
    try:
        return rulebook.clause(clause_id).strike_cooldown is not None
    except KeyError:
        return False


def _merge(
    draft: Draft, clause: Clause, subject: str, case: str, items: list[Finding], strike, message_id, *, delete: bool
) -> None:
    """Within the cooldown: the finding joins the open case as evidence; no new strike, no new message."""
    if clause.delete_message and message_id and delete:
        draft.actions.append(Action(ActionKind.DELETE_MESSAGE, subject, clause.id, message_id, reason=case))
    draft.violations.append(violation_of(case, clause, subject, items, step="merged", merged_into=strike.case))


def _queue(
    book: CompiledRulebook,
    draft: Draft,
    clause: Clause,
    subject: str,
    case: str,
    items: list[Finding],
    message_id: str | None,
    now: datetime,
) -> None:
    """An assisted clause: propose the ladder's next step and put it in the admins' queue."""
    rb = book.rulebook
    member = draft.member(subject)
    index = next_step_index(rb, clause.ladder, member, now) if clause.ladder else None
    step = rb.ladders[clause.ladder].steps[index].action.value if clause.ladder and index is not None else None
    draft.put(member)  # an assisted case may be the first sight of a member: keep them
    text = say(
        rb.language,
        "queue",
        name=member.name or subject,
        clause=clause.id,
        title=clause.title,
        evidence=items[0].evidence,
    )
    draft.actions.append(Action(ActionKind.QUEUE_FOR_ADMIN, subject, clause.id, message_id, text, reason=case))
    draft.violations.append(
        violation_of(case, clause, subject, items, step_index=index, step=step, enforcement=Enforcement.ASSISTED)
    )


def _hold_join(event: JoinRequest, book: CompiledRulebook, draft: Draft, findings: list[Finding]) -> None:
    """A join request waits for an admin when the rules ask for approval or the person is not listed."""
    rb = book.rulebook
    reasons = [f.evidence for f in findings]
    inviter = event.inviter
    if inviter is not None and draft.state.is_bot(inviter.id):
        reasons = []  # invited by the bot: an approval in itself
    elif (
        rb.membership.invites.need_approval
        and inviter is not None
        and not _is_admin(draft.state, draft.member(inviter.id))
    ):
        reasons.append(f"由非管理员 {inviter.name or inviter.id} 邀请")
    if not reasons:  # nothing in the rules holds it: let the person in where the bot decides joins
        draft.actions.append(Action(ActionKind.APPROVE_JOIN, event.member.id, reason=event.key))
        return
    name = event.member.name or event.member.id
    draft.put(draft.member(event.member.id).with_(status="pending", name=event.member.name))
    clause = findings[0].clause if findings else rb.membership.invites.clause
    draft.actions.append(
        Action(
            ActionKind.HOLD_JOIN,
            event.member.id,
            clause,
            text=say(rb.language, "hold_join", name=name, reason="；".join(reasons)),
            reason=event.key,
        )
    )


def _remember_message(
    event: MessageEvent, book: CompiledRulebook, draft: Draft, ctx: DetectContext, now: datetime
) -> None:
    member = draft.member(event.sender.id)
    at = event.ts.timestamp()
    horizon = at - book.history_s
    kept = [r for r in member.recent if r.at > horizon][-(MAX_RECENT - 1) :]
    compact = ctx.norm(event).compact if event.text else ""
    kept.append(RecentMessage(at, fingerprint(event, compact), event.kind.value))
    changes: dict[str, object] = {
        "recent": tuple(kept),
        "last_message_at": event.ts,
        "message_count": member.message_count + 1,
    }
    if member.inactivity_reminded_at or member.inactivity_queued_at:
        changes.update(inactivity_reminded_at=None, inactivity_queued_at=None)
    if member.status not in (ACTIVE, REMOVED):  # speaking proves presence (e.g. joined before the log began)
        changes["status"] = ACTIVE
    draft.put(member.with_(**changes))


def _finish(
    event: Event, now: datetime, draft: Draft, findings: tuple[Finding, ...], group_message: tuple[float, str] | None
) -> Decision:
    return Decision(
        event_key=event.key,
        at=now,
        findings=findings,
        violations=tuple(draft.violations),
        actions=tuple(draft.actions),
        member_updates=MappingProxyType(dict(draft.members)),
        group_message=group_message,
        notes=tuple(draft.notes),
    )


__all__ = ["Decision", "Violation", "evaluate", "sanction", "scan"]
