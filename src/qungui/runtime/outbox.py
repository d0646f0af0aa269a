"""Send the outbox's messages after commit, within what the platform can do, and record each outcome.

Like the sanctions (`qungui.runtime.executor`): a message is sent once, its outcome recorded in its own
transaction; a transient failure is retried by the next run until `max_attempts`. Degraded honestly:
without @mentions the text (which already names the members) is sent without them; without private
messages a private message is marked unsupported with the reason — the admins see it in the console;
a platform where the bot cannot speak in the group marks group messages unsupported the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from qungui.core.events import GroupRef
from qungui.core.platform import Capability, ChatPlatform, PlatformError
from qungui.governance.groups.service import find_group
from qungui.governance.outbox.models import Outbox, OutboxStatus
from qungui.governance.outbox.service import mark_message, pending_messages

NO_PRIVATE = "平台不支持私聊，消息留在管理后台待管理员查看"
NO_SEND = "平台不允许机器人在群内发言，消息留在管理后台待管理员查看"


@dataclass(frozen=True, slots=True)
class _View:
    id: int
    text: str
    mentions: tuple[str, ...]
    private_to: str | None
    reply_to: str | None
    attempts: int


@dataclass(slots=True)
class OutboxReport:
    done: int = 0
    unsupported: int = 0
    retrying: int = 0
    failed: int = 0


async def deliver_outbox(
    sessions: sessionmaker[Session],
    platform: ChatPlatform,
    *,
    group_ref: GroupRef,
    now: datetime,
    max_attempts: int,
    limit: int = 100,
) -> tuple[OutboxReport, list[str]]:
    """Send the group's pending messages, oldest first; the counts and notes for the log."""
    report, notes = OutboxReport(), []
    with sessions.begin() as session:
        group = find_group(session, platform=group_ref.platform, external_id=group_ref.id)
        if group is None:
            return report, notes
        views = [
            _View(row.id, row.text, tuple(row.mentions or ()), row.private_to, row.reply_to, row.attempts)
            for row in pending_messages(session, group=group, limit=limit)
        ]
    can = platform.capabilities.__contains__
    for view in views:
        sent_id: str | None = None
        error: PlatformError | None = None
        degraded: str | None = None
        try:
            if view.private_to is not None:
                if can(Capability.PRIVATE_MESSAGE):
                    await platform.send_private(group_ref, view.private_to, view.text)
                else:
                    degraded = NO_PRIVATE
            elif can(Capability.SEND):
                mentions = list(view.mentions) if can(Capability.MENTION) else []
                sent_id = await platform.send(group_ref, view.text, mentions=mentions, reply_to=view.reply_to)
            else:
                degraded = NO_SEND
        except PlatformError as exc:
            error = exc
        with sessions.begin() as session:
            row = session.get(Outbox, view.id)
            assert row is not None
            if error is not None:
                final = not error.retryable or view.attempts + 1 >= max_attempts
                status = OutboxStatus.FAILED if final else OutboxStatus.PENDING
                mark_message(session, row=row, status=status, now=now, error=str(error))
                if final:
                    report.failed += 1
                    notes.append(f"message {view.id} failed: {error}")
                else:
                    report.retrying += 1
            elif degraded is not None:
                mark_message(session, row=row, status=OutboxStatus.UNSUPPORTED, now=now, error=degraded)
                report.unsupported += 1
                notes.append(f"message {view.id}: {degraded}")
            else:
                mark_message(session, row=row, status=OutboxStatus.DONE, now=now, sent_message_id=sent_id)
                report.done += 1
    return report, notes
