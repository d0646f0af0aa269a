"""Whom a command is about: an @mention, or the sender of the stored message it replies to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from qungui.governance.events.models import EventRecord
from qungui.governance.events.service import get_event
from qungui.rules.schema import Clause, StepAction
from qungui.runtime.commands.replies import answer, lang, name_of, role_of, say
from qungui.runtime.commands.types import CommandContext, Reply

CONFIDENTIAL = "confidential"  # the sender id of a redacted (reported) message
MAX_LISTED = 6


def message_key(ctx: CommandContext, message_id: str) -> str:
    """The stored key of a group message: f"{platform}:{group}:message:{id}"."""
    ref = ctx.event.group
    return f"{ref.platform}:{ref.id}:message:{message_id}"


def stored_message(session: Session, ctx: CommandContext, message_id: str | None) -> EventRecord | None:
    """The stored group message `message_id`, or None (unknown, or not a message)."""
    if not message_id:
        return None
    record = get_event(session, key=message_key(ctx, message_id))
    if record is None or record.group_id != ctx.group.id or record.type != "message":
        return None
    return record


def sender_of(record: EventRecord | None) -> str | None:
    """Who sent a stored message; None when unknown or redacted."""
    if record is None:
        return None
    sender = record.actor_id or (record.payload.get("sender") or {}).get("id")
    return None if sender in (None, CONFIDENTIAL) else str(sender)


def target_member(session: Session, ctx: CommandContext, member: str | None, message: str | None) -> str | None:
    """The member a command names: the @mention, else the sender of the replied-to message."""
    return member or sender_of(stored_message(session, ctx, message))


@dataclass(frozen=True, slots=True)
class Target:
    member_id: str
    name: str


def sanctionable(session: Session, ctx: CommandContext, command: str, member: str | None) -> Target | Reply:
    """The member an admin may sanction, or a polite refusal.

    Nobody sanctions themselves, the bot or the owner; only the owner sanctions an admin.
    """
    if member is None:
        return answer(ctx, say(ctx, "no_target", command=command))
    sender = ctx.event.sender.id
    if member == sender:
        return answer(ctx, say(ctx, "target_self", command=command))
    if ctx.bot_id is not None and member == ctx.bot_id:
        return answer(ctx, say(ctx, "target_bot", command=command))
    name = name_of(session, ctx, member)
    role = role_of(session, ctx, member)
    if role == "owner":
        return answer(ctx, say(ctx, "target_owner", command=command))
    if role == "admin" and ctx.sender_role != "owner":
        return answer(ctx, say(ctx, "target_admin", name=name))
    return Target(member, name)


def laddered_clauses(ctx: CommandContext, *, step: StepAction | None = None) -> list[Clause]:
    """The rulebook's clauses with a ladder (having a `step`, when given), in rulebook order."""
    rulebook = ctx.book.rulebook
    found = []
    for clause in rulebook.clauses:
        if clause.ladder is None:
            continue
        if step is None or any(s.action is step for s in rulebook.ladders[clause.ladder].steps):
            found.append(clause)
    return found


def listed(ctx: CommandContext, clauses: list[Clause]) -> str:
    """A few clause ids with titles, for a hint."""
    shown = [f"{c.id} {c.title}" for c in clauses[:MAX_LISTED]]
    more = "…" if len(clauses) > MAX_LISTED else ""
    return ("; " if lang(ctx) == "en" else "；").join(shown) + more if shown else "—"


def example(ctx: CommandContext, command: str, clauses: list[Clause], *, amount: bool = False) -> str:
    """An example of the command with a clause of this rulebook: “警告 @张三 一.6 原因”."""
    clause = (clauses[0] if clauses else ctx.book.rulebook.clauses[0]).id
    reason = "reason" if lang(ctx) == "en" else "原因"
    return f"{command} @张三{' 20元' if amount else ''} {clause} {reason}"


def step_index(ctx: CommandContext, clause: Clause, step: StepAction) -> int | None:
    """The index of the first `step` on the clause's ladder, or None."""
    if clause.ladder is None:
        return None
    steps = ctx.book.rulebook.ladders[clause.ladder].steps
    return next((i for i, s in enumerate(steps) if s.action is step), None)


def payload_attachments(record: EventRecord | None) -> list[dict[str, Any]]:
    if record is None:
        return []
    return [a for a in record.payload.get("attachments") or [] if isinstance(a, dict)]
