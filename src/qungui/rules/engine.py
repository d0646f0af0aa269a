"""The pure engine: evaluate(event, rulebook, state, now) -> Decision.

No database, network or clock in here: the same engine serves the live bot, the offline audit,
`qungui check` and tests. The caller applies the decision (`GroupState.apply`) and records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
from qungui.rules.deadlines import DEFAULT_QUEUE_AFTER_REMINDER, member_deadlines
from qungui.rules.detectors import DetectContext
from qungui.rules.detectors.flood import fingerprint
from qungui.rules.ladder import climb, next_step_index, pay_fine, resolve_apology
from qungui.rules.messages import human_duration, say
from qungui.rules.schema import Clause, Enforcement
from qungui.rules.state import ACTIVE, LEFT, REMOVED, GroupState, MemberState, RecentMessage


@dataclass(frozen=True, slots=True)
class Violation:
    """A clause broken by one member in one event; `case` is its deterministic key."""

    case: str
    clause: str
    clause_text: str
    title: str
    enforcement: Enforcement
    member_id: str
    findings: tuple[Finding, ...]
    ladder: str | None = None
    step_index: int | None = None
    step: str | None = None  # taken (auto) or proposed (assisted)
    also_cites: tuple[str, ...] = ()
    merged_into: str | None = None  # the open case this finding joined (strike cooldown)


@dataclass(frozen=True, slots=True)
class Decision:
    event_key: str
    at: datetime
    findings: tuple[Finding, ...] = ()
    violations: tuple[Violation, ...] = ()
    actions: tuple[Action, ...] = ()
    member_updates: Mapping[str, MemberState] = field(default_factory=lambda: MappingProxyType({}))
    group_message: tuple[float, str] | None = None
    notes: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.findings and not self.actions


class _Draft:
    """Collects a decision while the engine works; never escapes this module."""

    def __init__(self, state: GroupState) -> None:
        self.state = state
        self.members: dict[str, MemberState] = {}
        self.actions: list[Action] = []
        self.violations: list[Violation] = []
        self.notes: list[str] = []

    def member(self, member_id: str) -> MemberState:
        return self.members.get(member_id) or self.state.member(member_id)

    def put(self, member: MemberState) -> None:
        self.members[member.member_id] = member


def evaluate(event: Event, book: CompiledRulebook, state: GroupState, now: datetime) -> Decision:
    """Decide what `event` means under `book`, given `state` before it. Pure: mutates nothing."""
    draft = _Draft(state)
    if isinstance(event, Tick):
        _sweep(book, draft, now)
        return _finish(event, now, draft, (), None)
    if isinstance(event, MessageEvent) and event.kind is MessageKind.SYSTEM:
        return _finish(event, now, draft, (), None)  # recalls, 拍一拍, calls: not speech, nothing to judge

    actor = actor_of(event)
    assert actor is not None
    _before_detection(event, book, draft, now)
    ctx = DetectContext(book.rulebook, state, state.member(actor.id), now)
    findings = _detect(event, book, state, ctx, draft.member)

    if isinstance(event, JoinRequest):
        _hold_join(event, book, draft, findings)
    else:
        _judge(event, book, draft, findings, now)

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
    draft = _Draft(state)
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
            if clause.exempt_admins and _is_admin(state, member_of(subject)):
                continue
            findings.append(finding)
    return findings


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
    draft = _Draft(state)
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
        Violation(
            case,
            clause.id,
            clause.text,
            clause.title,
            clause.enforcement,
            member_id,
            (),
            clause.ladder,
            outcome.step_index,
            outcome.step.value,
        )
    )
    return Decision(case, now, (), tuple(draft.violations), tuple(draft.actions), MappingProxyType(draft.members))


def _is_admin(state: GroupState, member: MemberState) -> bool:
    """Admins come from the group's roles (GroupState.admins), the single source of truth."""
    return member.member_id in state.admins


def _before_detection(event: Event, book: CompiledRulebook, draft: _Draft, now: datetime) -> None:
    """Membership changes, apologies and fine payments that the event itself brings."""
    rb = book.rulebook
    if isinstance(event, MessageEvent):
        member = draft.member(event.sender.id)
        if event.sender.name and member.name != event.sender.name:
            draft.put(member := member.with_(name=event.sender.name))
        if member.pending_apology is not None and event.text:
            text = event.text.strip().lower()
            if any(word.lower() in text for word in rb.apology.refusals):
                _close_apology(book, draft, member, now, accepted=False)
            elif any(word.lower() in text for word in rb.apology.words):
                _close_apology(book, draft, member, now, accepted=True)
        member = draft.member(event.sender.id)
        if event.kind is MessageKind.RED_ENVELOPE and member.owed_fines():
            member, actions = pay_fine(book=rb, member=member, now=now, amount=event.amount)
            draft.put(member)
            draft.actions.extend(actions)
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
        draft.put(
            member.with_(
                status=REMOVED if removed else LEFT,
                removed_at=event.ts if removed else member.removed_at,
                removed_by=event.by.id if removed and event.by else member.removed_by,
                pending_apology=member.pending_apology if not removed else None,
            )
        )
    elif isinstance(event, NicknameChanged):
        draft.put(draft.member(event.member.id).with_(name=event.new))


def _close_apology(
    book: CompiledRulebook,
    draft: _Draft,
    member: MemberState,
    now: datetime,
    *,
    accepted: bool,
    timed_out: bool = False,
) -> None:
    pending = member.pending_apology
    assert pending is not None
    member, actions, outcome = resolve_apology(
        book=book.rulebook, member=member, now=now, accepted=accepted, timed_out=timed_out
    )
    draft.put(member)
    draft.actions.extend(actions)
    name = member.name or member.member_id
    lang = book.rulebook.language
    if accepted:
        draft.notes.append(f"apology accepted for {pending.case}")
        return
    draft.notes.append(say(lang, "apology_timeout" if timed_out else "apology_refused", name=name))
    assert outcome is not None
    clause = book.rulebook.clause(pending.clause)
    draft.violations.append(
        Violation(
            actions[0].reason,
            clause.id,
            clause.text,
            clause.title,
            clause.enforcement,
            member.member_id,
            (),
            pending.ladder,
            outcome.step_index,
            outcome.step.value,
        )
    )


def _judge(event: Event, book: CompiledRulebook, draft: _Draft, findings: list[Finding], now: datetime) -> None:
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
        if clause.enforcement is Enforcement.ASSISTED or clause.ladder is None:
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
        recent = _recent_strike(draft.member(subject), clause, now)
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
            Violation(
                case,
                clause_id,
                clause.text,
                clause.title,
                clause.enforcement,
                subject,
                tuple(items),
                clause.ladder,
                outcome.step_index,
                outcome.step.value,
            )
        )


def _recent_strike(member: MemberState, clause: Clause, now: datetime):
    """The member's last strike under `clause` if it is within the clause's cooldown."""
    if clause.strike_cooldown is None:
        return None
    for strike in reversed(member.strikes):
        if strike.clause == clause.id:
            return strike if now - strike.at < clause.strike_cooldown else None
    return None


def _merge(
    draft: _Draft, clause: Clause, subject: str, case: str, items: list[Finding], strike, message_id, *, delete: bool
) -> None:
    """Within the cooldown: the finding joins the open case as evidence; no new strike, no new message."""
    if clause.delete_message and message_id and delete:
        draft.actions.append(Action(ActionKind.DELETE_MESSAGE, subject, clause.id, message_id, reason=case))
    draft.violations.append(
        Violation(
            case,
            clause.id,
            clause.text,
            clause.title,
            clause.enforcement,
            subject,
            tuple(items),
            clause.ladder,
            None,
            "merged",
            merged_into=strike.case,
        )
    )


def _queue(
    book: CompiledRulebook,
    draft: _Draft,
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
        Violation(
            case,
            clause.id,
            clause.text,
            clause.title,
            clause.enforcement,
            subject,
            tuple(items),
            clause.ladder,
            index,
            step,
        )
    )


def _hold_join(event: JoinRequest, book: CompiledRulebook, draft: _Draft, findings: list[Finding]) -> None:
    """A join request waits for an admin when the rules ask for approval or the person is not listed."""
    rb = book.rulebook
    reasons = [f.evidence for f in findings]
    inviter = event.inviter
    if (
        rb.membership.invites.need_approval
        and inviter is not None
        and not _is_admin(draft.state, draft.member(inviter.id))
    ):
        reasons.append(f"由非管理员 {inviter.name or inviter.id} 邀请")
    if not reasons:
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
    event: MessageEvent, book: CompiledRulebook, draft: _Draft, ctx: DetectContext, now: datetime
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


def _sweep(book: CompiledRulebook, draft: _Draft, now: datetime) -> None:
    """Deadlines that passed: apologies not made, fines not paid, members silent too long."""
    rb = book.rulebook
    lang = rb.language
    for member in list(draft.state.members.values()):
        if not any(due <= now for due in member_deadlines(book, draft.state, member)):
            continue
        if member.pending_apology is not None and member.pending_apology.due <= now:
            _close_apology(book, draft, member, now, accepted=False, timed_out=True)
            member = draft.member(member.member_id)
        overdue = [f for f in member.owed_fines() if f.due <= now and not f.overdue_alerted]
        if overdue:
            for fine in overdue:
                draft.actions.append(
                    Action(
                        ActionKind.ALERT_ADMIN,
                        member.member_id,
                        fine.clause,
                        text=say(
                            lang,
                            "fine_overdue",
                            name=member.name or member.member_id,
                            amount=f"{fine.amount:g}",
                            clause=fine.clause,
                        ),
                        amount=fine.amount,
                        reason=fine.case,
                    )
                )
            fines = tuple(
                f.__class__(f.clause, f.amount, f.due, f.case, f.paid_at, True) if f in overdue else f
                for f in member.fines
            )
            draft.put(member := member.with_(fines=fines))
        if rb.inactivity is not None:
            _check_inactive(book, draft, member, now)


def _check_inactive(book: CompiledRulebook, draft: _Draft, member: MemberState, now: datetime) -> None:
    policy = book.rulebook.inactivity
    assert policy is not None
    if member.status != ACTIVE or _is_admin(draft.state, member):
        return
    if member.on_leave_until is not None and member.on_leave_until > now:
        return
    last = member.last_message_at or member.joined_at
    if last is None or now - last < policy.window:
        return
    lang = book.rulebook.language
    name = member.name or member.member_id
    window = human_duration(policy.window.total_seconds(), lang)
    if member.inactivity_reminded_at is None:
        draft.put(member.with_(inactivity_reminded_at=now))
        draft.actions.append(
            Action(
                ActionKind.REMIND,
                member.member_id,
                policy.clause,
                text=say(lang, "inactive_remind", name=name, window=window),
                reason=f"inactive:{member.member_id}:{last.isoformat()}",
            )
        )
        return
    wait = policy.remind_before_queue or DEFAULT_QUEUE_AFTER_REMINDER
    if member.inactivity_queued_at is None and now - member.inactivity_reminded_at >= wait:
        draft.put(member.with_(inactivity_queued_at=now))
        draft.actions.append(
            Action(
                ActionKind.QUEUE_FOR_ADMIN,
                member.member_id,
                policy.clause,
                text=say(lang, "inactive_queue", name=name, window=window),
                reason=f"inactive:{member.member_id}:{last.isoformat()}",
            )
        )


def _finish(
    event: Event, now: datetime, draft: _Draft, findings: tuple[Finding, ...], group_message: tuple[float, str] | None
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
