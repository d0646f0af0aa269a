"""Console actions run as the in-group admin commands do: the same handlers, the same services, the same replies.

The governance services accept decisions only from the group's owner or an admin. A console user
acts as the chat member their grant names (`Grant.member_id`), else as the group's owner (or, when the
owner is the member concerned, another admin); the action goes through `execute_command`, exactly as
if that admin had sent the command privately to the bot; and a `console.command` audit row in the same
transaction records which console user did it. What the command would say to that admin privately is shown on the page;
what it says to anyone else (the reporter, the member, the group) is queued in the outbox and sent
after commit by the runtime, with the sanctions the decision recorded.

A command that changes nothing (a refusal: the case is no longer waiting, the deadline has passed …)
leaves no audit row of its own; the transaction is rolled back and its reply is the page's error.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.commands.types import Command
from qungui.core.events import MemberRef, MessageEvent
from qungui.governance.audit.models import AuditHead
from qungui.governance.audit.service import append_audit
from qungui.governance.members.models import Member, Role
from qungui.governance.outbox.service import enqueue
from qungui.rules.state import MemberState
from qungui.runtime.commands import execute_command
from qungui.runtime.commands.types import CommandContext
from qungui.web.console.access import Scope


@dataclass(slots=True)
class Outcome:
    changed: bool
    messages: list[str] = field(default_factory=list)  # what the acting admin would have been told


class _Refused(Exception):
    pass


def acting_admin(session: Session, scope: Scope, *, avoid: Collection[str] = ()) -> Member | None:
    """The chat admin a console action runs as.

    The member the user's grant names (`Principal.member_in`), when there is one: then the services'
    own checks apply to that person (no deciding a report against yourself). Otherwise the owner first,
    then the admins, never one of `avoid` (the members the decision is about).
    """
    own = scope.principal.member_in(scope.group.id)
    if own is not None:
        return session.scalars(
            select(Member).where(Member.group_id == scope.group.id, Member.external_id == own)
        ).one_or_none()
    rows = session.scalars(
        select(Member)
        .where(Member.group_id == scope.group.id, Member.role.in_([Role.OWNER.value, Role.ADMIN.value]))
        .order_by(Member.id)
    ).all()
    rows = sorted(rows, key=lambda m: (m.role != Role.OWNER.value, m.id))
    return next((m for m in rows if m.external_id not in avoid and m.status == "active"), None)


def _head(session: Session) -> int:
    return session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0


async def run_command(scope: Scope, command: Command, *, avoid: Collection[str] = (), note: dict | None = None):
    """Carry out `command` as a chat admin for the console user; then let the runtime act on the platform."""
    runtime = scope.request.app.state.runtime
    now = runtime.clock.now()
    outcome = Outcome(False)
    try:
        with runtime.sessions.begin() as session:
            group = session.get(type(scope.group), scope.group.id)
            admin = acting_admin(session, scope, avoid=avoid)
            if admin is None:
                outcome.messages.append(
                    "群里没有可以代为执行的群主或管理员，操作未执行。"
                    if scope.lang != "en"
                    else "No owner or admin in the group to act through; nothing was done."
                )
                raise _Refused
            event = MessageEvent(
                id=f"console-{uuid.uuid4().hex}",
                group=scope.ref,
                ts=now,
                sender=MemberRef(platform=scope.group.platform, id=admin.external_id, name=admin.display_name),
                text=command.name,
                private=True,
            )
            bot_id = runtime.bot.id if runtime.bot is not None else None
            ctx = CommandContext(
                group, scope.book, event, admin.role, MemberState.from_dict(admin.state), None, now, bot_id
            )
            before = _head(session)
            result = execute_command(session, ctx, command)
            outcome.changed = _head(session) > before
            for index, reply in enumerate(result.replies):
                if reply.private_to == admin.external_id:
                    outcome.messages.append(reply.text)
                elif outcome.changed:
                    enqueue(
                        session,
                        group=group,
                        key=f"{event.key}#{index}",
                        text=reply.text,
                        now=now,
                        mentions=reply.mentions,
                        private_to=reply.private_to,
                    )
            if not outcome.changed:
                raise _Refused
            append_audit(
                session,
                actor=scope.actor,
                action="console.command",
                subject=f"group:{scope.group.id}",
                data={"command": command.name, "as": admin.external_id, **(note or {})},
                now=now,
            )
    except _Refused:
        return outcome
    await runtime.tick()  # carry out the recorded sanctions and send the queued messages now
    return outcome
