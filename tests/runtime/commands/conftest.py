"""A group on a database where members send commands as the live service handles them, one transaction each.

`Chat.say` does what `Runtime._handle` does for a message — store it, parse the command, let the engine
see it without judging (group messages only), then `execute_command` or `error_result` — and keeps every
reply of every command in `Chat.replies`. Time is frozen at `Chat.now`; `advance` moves it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import count
from typing import Any

import pytest
from sqlalchemy import select

from qungui.commands import CommandError, NotACommand, parse_command
from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.models import AuditEntry
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.events.service import redact_event
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group, find_group
from qungui.governance.members.models import ADMIN_ROLES, Role
from qungui.governance.members.service import get_member, save_member_states, set_member_role
from qungui.governance.reports.models import Report
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.decision import Decision
from qungui.rules.loader import load_template
from qungui.rules.state import MemberState
from qungui.runtime.commands import error_result, execute_command
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply
from qungui.runtime.pipeline import admit_event, judge_event
from support import START

COMMUNITY = compile_rulebook(load_template("community"))
CHAMBER = compile_rulebook(load_template("chamber"))
REF = GroupRef(platform="sim", id="g1", name="测试群")
BOT = "bot"
NAMES = {"u1": "张三", "u2": "李四", "bad": "王五", "owner": "群主老陈", "adm1": "管理员甲", "adm2": "管理员乙"}


@dataclass
class Sent:
    """One message sent and what became of it."""

    event: MessageEvent
    command: Any
    decision: Decision | None
    result: CommandResult | None

    @property
    def replies(self) -> list[Reply]:
        return list(self.result.replies) if self.result else []

    def to(self, member: str) -> list[str]:
        """The texts sent privately to `member`."""
        return [r.text for r in self.replies if r.private_to == member]

    @property
    def in_group(self) -> list[str]:
        return [r.text for r in self.replies if r.private_to is None]

    @property
    def text(self) -> str:
        """Every reply's text, one per line (for substring checks)."""
        return "\n".join(r.text for r in self.replies)


class Chat:
    """A governed group: the owner, two admins and members u1 (张三), u2 (李四), bad (王五)."""

    def __init__(self, session, book: CompiledRulebook = COMMUNITY, *, members: dict[str, str] | None = None) -> None:
        self.session = session
        self.book = book
        self.now = START
        self.replies: list[Reply] = []
        self._ids = count(1)
        self.names = names = dict(NAMES, **(members or {}))
        with session.begin():
            group = ensure_group(session, ref=REF, rulebook=book.rulebook.name, now=self.now)
            roles = {"owner": Role.OWNER, "adm1": Role.ADMIN, "adm2": Role.ADMIN}
            for member_id, role in roles.items():
                set_member_role(session, group=group, member_id=member_id, role=role, now=self.now)
            states = {
                member_id: MemberState(
                    member_id=member_id,
                    name=name,
                    joined_at=self.now - timedelta(days=30),
                    last_message_at=self.now - timedelta(hours=1),
                )
                for member_id, name in names.items()
            }
            save_member_states(session, group=group, states=states, now=self.now)
            self.group_id = group.id

    def advance(self, **kwargs: float) -> datetime:
        self.now = self.now + timedelta(**kwargs)
        return self.now

    def message(self, sender: str, text: str, **extra: Any) -> MessageEvent:
        return MessageEvent(
            id=f"m{next(self._ids)}",
            group=REF,
            ts=self.now,
            sender=MemberRef(platform="sim", id=sender, name=self.names.get(sender, sender)),
            text=text,
            **extra,
        )

    def say(self, sender: str, text: str, **extra: Any) -> Sent:
        """Send a message (in the group, or privately with private=True) and handle it like the live service."""
        if "attachments" in extra:
            extra["attachments"] = tuple(
                a if isinstance(a, Attachment) else Attachment(**a) for a in extra["attachments"]
            )
        return self.handle(self.message(sender, text, **extra))

    def handle(self, event: MessageEvent) -> Sent:
        session, book, now = self.session, self.book, self.now
        with session.begin():
            group = admit_event(session, book=book, group_ref=REF, event=event, now=now)
            assert group is not None, "each message is new"
            row = get_member(session, group=group, member_id=event.sender.id)
            role = row.role if row is not None else None
            before = MemberState.from_dict(row.state) if row is not None else MemberState(event.sender.id)
            parsed = parse_command(
                event,
                bot_id=BOT,
                admin=role in ADMIN_ROLES,
                clause_ids={c.id for c in book.rulebook.clauses},
                tz=book.rulebook.tz,
                now=now,
            )
            command = not isinstance(parsed, NotACommand)
            decision = None
            if not event.private:
                decision = judge_event(session, book=book, group=group, event=event, now=now, judge=not command)
            ctx = CommandContext(group, book, event, role, before, decision, now, BOT)
            result = None
            if isinstance(parsed, CommandError):
                result = error_result(ctx, parsed)
            elif command:
                result = execute_command(session, ctx, parsed)
                if parsed.name == "举报":
                    redact_event(session, key=event.key, note="【举报内容已保密】")
        if result is not None:
            self.replies.extend(result.replies)
        return Sent(event, parsed, decision, result)

    def run(self, sender: str, command: Any, *, role: str | None = None, private: bool = False) -> CommandResult:
        """Execute an already parsed command directly (to test the server-side role check)."""
        event = self.message(sender, "命令", private=private)
        with self.session.begin():
            group = self.group()
            row = get_member(self.session, group=group, member_id=sender)
            before = MemberState.from_dict(row.state) if row is not None else MemberState(sender)
            ctx = CommandContext(group, self.book, event, role, before, None, self.now, BOT)
            result = execute_command(self.session, ctx, command)
        self.replies.extend(result.replies)
        return result

    # -- looking ------------------------------------------------------------------------------------

    def group(self) -> Group:
        found = find_group(self.session, platform=REF.platform, external_id=REF.id)
        assert found is not None
        return found

    def state(self, member: str) -> MemberState:
        with self.session.begin():
            row = get_member(self.session, group=self.group(), member_id=member)
            assert row is not None
            return MemberState.from_dict(row.state)

    def read(self, query) -> list:
        with self.session.begin():
            return list(self.session.scalars(query))

    def cases(self, member: str | None = None) -> list[Case]:
        query = select(Case).order_by(Case.id)
        if member is not None:
            query = query.where(Case.member_id == member)
        return self.read(query)

    def sanctions(self, member: str | None = None) -> list[Sanction]:
        query = select(Sanction).order_by(Sanction.id)
        if member is not None:
            query = query.where(Sanction.member_id == member)
        return self.read(query)

    def reports(self) -> list[Report]:
        return self.read(select(Report).order_by(Report.id))

    def audit(self, action: str | None = None) -> list[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return self.read(query)

    def audit_json(self) -> str:
        return "\n".join(json.dumps(e.data, ensure_ascii=False) for e in self.audit())


@pytest.fixture
def chat(session) -> Chat:
    return Chat(session)


@pytest.fixture
def make_chat(session):
    """A Chat on another rulebook or with more members: make_chat(book, members={id: name})."""
    return lambda book=COMMUNITY, **kwargs: Chat(session, book, **kwargs)


@pytest.fixture
def chamber(session) -> Chat:
    return Chat(session, CHAMBER)
