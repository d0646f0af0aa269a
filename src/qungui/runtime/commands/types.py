"""What carrying out an in-group command needs and gives back.

The live service parses a message (`qungui.commands.parse_command`), lets the engine see it
without judging it (presence, apologies), then calls `execute_command` inside the same
transaction. Replies are sent after commit; sanctions a command causes are recorded as
sanctions, so the executor carries them out and retries them like the engine's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from qungui.core.events import MessageEvent
from qungui.governance.groups.models import Group
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.decision import Decision
from qungui.rules.state import MemberState


@dataclass(frozen=True, slots=True)
class CommandContext:
    group: Group
    book: CompiledRulebook
    event: MessageEvent  # the command message; `event.private` when sent to the bot privately
    sender_role: str | None  # the sender's Role value ("owner", "admin", "member") or None if unknown
    before: MemberState  # the sender's state before this message
    decision: Decision | None  # what the engine made of the message (None for private messages)
    now: datetime
    bot_id: str | None = None
    private_messages: bool = True  # whether the platform can write to members privately


@dataclass(frozen=True, slots=True)
class Reply:
    """One message the bot sends after commit: in the group, or privately to `private_to`."""

    text: str
    private_to: str | None = None
    mentions: tuple[str, ...] = ()
    reply_to: str | None = None  # the message replied to, when the platform can quote


@dataclass(slots=True)
class CommandResult:
    replies: list[Reply] = field(default_factory=list)
    # Delete the command message itself after commit (a 举报 posted in the group, to protect the reporter).
    delete_message: bool = False
