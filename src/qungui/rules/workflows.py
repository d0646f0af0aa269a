"""Workflows that follow a member over time: the newcomer's rules (一.1) and the real-name nickname (三.2).

Pure like the rest of the engine. The engine calls `welcome`, `confirm_rules` and `follow_nickname`
on events; the deadline sweep calls `chase_rules` and `chase_nickname` once `rules_due` or
`nickname_due` has passed (both are listed by `deadlines.member_deadlines`).
"""

from __future__ import annotations

from datetime import datetime

from qungui.core.categories import Category
from qungui.core.events import MemberJoined, NicknameChanged
from qungui.core.findings import Action, ActionKind, Finding
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.decision import Draft, violation_of
from qungui.rules.detectors.membership import nickname_ok
from qungui.rules.ladder import climb
from qungui.rules.messages import human_duration, say
from qungui.rules.schema import Clause, Enforcement, Rulebook
from qungui.rules.state import ACTIVE, GroupState, MemberState

NICKNAME_DETECTOR = "nickname"


# --- newcomers (一.1) ------------------------------------------------------------------------------


def welcome(event: MemberJoined, book: CompiledRulebook, draft: Draft, now: datetime) -> None:
    """Welcome a member who joined (not an admin, still in the group) and ask them to confirm the rules."""
    rb = book.rulebook
    policy = rb.newcomer
    member = draft.member(event.member.id)
    if policy is None or member.status != ACTIVE or draft.is_admin(member.member_id):
        return
    due = now + policy.confirm_within
    draft.put(member.with_(rules_due=due, rules_reminded_at=None, rules_confirmed_at=None))
    text = say(
        rb.language,
        "welcome",
        name=member.name or member.member_id,
        title=rb.title,
        within=human_duration(policy.confirm_within.total_seconds(), rb.language),
        word=policy.confirm_words[0],
    )
    # First among the join's actions: the welcome comes before any reminder about the nickname.
    draft.actions.insert(
        0, Action(ActionKind.WELCOME, member.member_id, policy.clause, text=text, deadline=due, reason=_case(member))
    )


def confirms_rules(rulebook: Rulebook, text: str) -> bool:
    """Whether `text` contains one of the newcomer's confirm words (trimmed and case-folded)."""
    policy = rulebook.newcomer
    if policy is None or not text:
        return False
    said = text.strip().casefold()
    return any(word.strip().casefold() in said for word in policy.confirm_words)


def confirm_rules(book: CompiledRulebook, draft: Draft, member: MemberState, text: str, now: datetime) -> None:
    """A newcomer waiting to confirm says a confirm word: recorded and thanked."""
    rb = book.rulebook
    if member.rules_due is None or rb.newcomer is None or not confirms_rules(rb, text):
        return
    draft.put(member.with_(rules_due=None, rules_confirmed_at=now))
    text = say(rb.language, "rules_ack", name=member.name or member.member_id)
    draft.actions.append(
        Action(ActionKind.ACK_RULES, member.member_id, rb.newcomer.clause, text=text, reason=_case(member))
    )


def rules_deadline(book: CompiledRulebook, state: GroupState, member: MemberState) -> datetime | None:
    """When the sweep next acts on a newcomer who has not confirmed reading the rules."""
    if book.rulebook.newcomer is None or member.status != ACTIVE or member.member_id in state.admins:
        return None
    return member.rules_due


def chase_rules(book: CompiledRulebook, draft: Draft, member: MemberState, now: datetime) -> None:
    """The time to confirm passed: remind once (the time starts again), then alert the admins or record."""
    rb = book.rulebook
    policy = rb.newcomer
    due = rules_deadline(book, draft.state, member)
    if policy is None or due is None or due > now:
        return
    lang = rb.language
    name = member.name or member.member_id
    within = human_duration(policy.confirm_within.total_seconds(), lang)
    if policy.remind and member.rules_reminded_at is None:
        next_due = now + policy.confirm_within
        draft.put(member.with_(rules_due=next_due, rules_reminded_at=now))
        text = say(lang, "rules_remind", name=name, within=within, word=policy.confirm_words[0])
        draft.actions.append(
            Action(
                ActionKind.REMIND, member.member_id, policy.clause, text=text, deadline=next_due, reason=_case(member)
            )
        )
        return
    draft.put(member.with_(rules_due=None))
    if policy.then == "record":
        kind, text = ActionKind.RECORD, say(lang, "rules_record", name=name, clause=policy.clause)
    else:
        key = "rules_alert" if member.rules_reminded_at is not None else "rules_alert_unreminded"
        kind, text = ActionKind.ALERT_ADMIN, say(lang, key, name=name, clause=policy.clause, within=within)
    draft.actions.append(Action(kind, member.member_id, policy.clause, text=text, reason=_case(member)))


def _case(member: MemberState) -> str:
    joined = member.joined_at.isoformat() if member.joined_at else ""
    return f"newcomer:{member.member_id}:{joined}"


# --- real-name nicknames (三.2, 四.三.2) ----------------------------------------------------------


def _naming_clause(rulebook: Rulebook) -> Clause | None:
    """The naming rule's clause when it is followed up: remind_after set, an automatic clause with a ladder."""
    naming = rulebook.naming
    if naming is None or naming.remind_after is None:
        return None
    clause = rulebook.clause(naming.clause)
    if clause.enforcement is not Enforcement.AUTO or clause.ladder is None:
        return None
    return clause


def _ladder_has_more(rulebook: Rulebook, ladder_name: str, member: MemberState, now: datetime) -> bool:
    """Whether the member has not yet reached the ladder's last step (a follow-up could still climb)."""
    ladder = rulebook.ladders[ladder_name]
    return len(member.active_strikes(ladder_name, now, ladder.strikes_expire_after)) < len(ladder.steps)


def follow_nickname(
    event: MemberJoined | NicknameChanged,
    book: CompiledRulebook,
    draft: Draft,
    findings: list[Finding],
    now: datetime,
) -> None:
    """After a join or a rename: a name found non-compliant is checked again `remind_after` later.

    A compliant name (or an admin, exempt) clears the follow-up. When the event itself took the
    ladder's last step there is nothing left to climb, so no follow-up is set.
    """
    rb = book.rulebook
    clause = _naming_clause(rb)
    if clause is None or rb.naming is None or rb.naming.remind_after is None or clause.ladder is None:
        return
    member = draft.member(event.member.id)
    flagged = any(
        f.detector == NICKNAME_DETECTOR
        and f.clause == clause.id
        and not f.assisted
        and (f.subject or member.member_id) == member.member_id
        for f in findings
    )
    due = None
    if flagged and member.status == ACTIVE and _ladder_has_more(rb, clause.ladder, member, now):
        due = now + rb.naming.remind_after
    if due != member.nickname_due:
        draft.put(member.with_(nickname_due=due))


def nickname_deadline(book: CompiledRulebook, state: GroupState, member: MemberState) -> datetime | None:
    """When the sweep next checks this member's nickname again."""
    if member.nickname_due is None or member.status != ACTIVE or member.member_id in state.admins:
        return None
    if _naming_clause(book.rulebook) is None:
        return None
    return member.nickname_due


def chase_nickname(book: CompiledRulebook, draft: Draft, member: MemberState, now: datetime) -> None:
    """`remind_after` passed: still non-compliant climbs the ladder one step; compliant clears the follow-up."""
    rb = book.rulebook
    due = nickname_deadline(book, draft.state, member)
    clause = _naming_clause(rb)
    if due is None or due > now or clause is None or clause.ladder is None:
        return
    assert rb.naming is not None and rb.naming.remind_after is not None
    name = member.name or ""
    if nickname_ok(rb.naming.pattern, name):
        draft.put(member.with_(nickname_due=None))
        return
    case = f"nickname:{member.member_id}:{due.isoformat()}"
    previous = next((s.step for s in reversed(member.strikes) if s.ladder == clause.ladder), None)
    outcome = climb(book=rb, ladder_name=clause.ladder, clause=clause, member=member, now=now, case=case)
    after = outcome.member
    # Another follow-up only while the ladder moves up and has a step left: never alerts forever, even
    # when strikes expire faster than remind_after and the ladder would start again from the bottom.
    advanced = previous is None or outcome.step_index > previous
    more = after.status == ACTIVE and advanced and outcome.step_index < len(rb.ladders[clause.ladder].steps) - 1
    draft.put(after.with_(nickname_due=now + rb.naming.remind_after if more else None))
    draft.actions.extend(outcome.actions)
    hint = f"，例如“{rb.naming.example}”" if rb.naming.example else ""
    waited = human_duration(rb.naming.remind_after.total_seconds(), rb.language)
    evidence = f"{waited}后昵称“{name}”仍不符合命名规则：{rb.naming.description}{hint}"
    finding = Finding(NICKNAME_DETECTOR, clause.category or Category.OTHER, clause.id, 0.9, evidence)
    draft.violations.append(
        violation_of(case, clause, member.member_id, (finding,), step_index=outcome.step_index, step=outcome.step.value)
    )


def noncompliant_nicknames(book: CompiledRulebook | Rulebook, state: GroupState) -> list[tuple[str, str]]:
    """(member_id, name) of every active non-admin member whose nickname breaks the naming rule, by id."""
    rb = book.rulebook if isinstance(book, CompiledRulebook) else book
    if rb.naming is None:
        return []
    return sorted(
        (m.member_id, m.name or "")
        for m in state.members.values()
        if m.status == ACTIVE and m.member_id not in state.admins and not nickname_ok(rb.naming.pattern, m.name or "")
    )
