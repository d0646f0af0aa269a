"""The live service: events in from a platform, rules applied, the platform told what to do.

`Runtime.submit` handles one event in one transaction — store it (exactly once), parse an in-group
command, let the engine judge ordinary messages, recognise answers to notices and tasks (收到, a
plan, 完成), carry out the command — and only after commit makes platform calls: recorded
sanctions and queued messages through the executor (failures recorded and retried), then the
command's replies. `tick` sweeps deadlines (apologies, fines, newcomers, silence) at each
deadline's own time, then the deadline sources (notices' reminders and escalations, tasks);
`run_scheduler` wakes for the next deadline on the real clock.

Submits are serialised with one lock per runtime: a group's events are handled in order and a
platform call never races the transaction that decided it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from qungui.commands import CommandError, NotACommand, parse_command
from qungui.core.clock import Clock
from qungui.core.errors import QunguiError
from qungui.core.events import Event, GroupRef, MemberRef, MessageEvent, Reaction
from qungui.core.platform import Capability, ChatPlatform, PlatformError
from qungui.governance.departments.service import is_head
from qungui.governance.events.service import redact_event
from qungui.governance.groups.service import ensure_group, find_group
from qungui.governance.members.models import ADMIN_ROLES, Role
from qungui.governance.members.service import get_member, mark_bot, set_member_role
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.decision import Decision
from qungui.rules.state import MemberState
from qungui.runtime.commands import error_result, execute_command
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply
from qungui.runtime.due import DueCache, engine_due, group_due
from qungui.runtime.executor import ExecutionReport, has_pending, run_pending
from qungui.runtime.notices import recognise_answers
from qungui.runtime.pipeline import admit_event, judge_event, sweep_until
from qungui.runtime.sources import DeadlineSource, default_sources, next_source_due, sweep_sources

log = logging.getLogger(__name__)

DEFAULT_MAX_SLEEP_S = 60.0  # the scheduler looks again at least this often (retries, new groups)
PRIVATE_HINT = {
    "zh-CN": "您好，我是本群的群规助手。私聊可以使用：举报、申诉、请假、我的记录、群规、帮助。发送“帮助”查看用法。",
    "en": "Hello, I am this group's rules assistant. In private you can use: report, appeal, leave, myrecord, "
    "rules, help. Send “help” for details.",
}
REPORT_REDACTED = "【举报内容已保密】"


class UnknownGroup(QunguiError):
    """An event for a group this runtime does not govern."""


@dataclass(frozen=True, slots=True)
class Handled:
    """What became of one submitted event."""

    event_key: str
    duplicate: bool
    decision: Decision | None = None
    command: str | None = None
    replies: tuple[Reply, ...] = ()
    executed: ExecutionReport | None = None
    platform_errors: tuple[str, ...] = ()


@dataclass(slots=True)
class _Binding:
    ref: GroupRef
    book: CompiledRulebook


@dataclass(slots=True)
class _Outcome:
    decision: Decision | None = None
    command: str | None = None
    result: CommandResult | None = None
    recognised: bool = False  # an answer or a question was recorded (deadlines of notices, tasks, questions)
    pending: bool = True  # sanctions or messages wait for the executor


def _display_names(session: Session, group, member_ids: Iterable[str]) -> dict[str, str]:
    """The stored display names of the mentioned members (for names with spaces in commands)."""
    names: dict[str, str] = {}
    for member_id in member_ids:
        row = get_member(session, group=group, member_id=member_id)
        if row is not None and row.display_name:
            names[member_id] = row.display_name
    return names


class Runtime:
    """Governs the groups added to it on one platform, with an injected clock."""

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        platform: ChatPlatform,
        clock: Clock,
        bot: MemberRef | None = None,
        max_sleep_s: float = DEFAULT_MAX_SLEEP_S,
        sources: Sequence[DeadlineSource] | None = None,
    ) -> None:
        """`sources`: the deadline sources swept beside the engine (default: `default_sources`)."""
        self.sessions = sessions
        self.platform = platform
        self.clock = clock
        self.bot = bot
        self.max_sleep_s = max_sleep_s
        private = Capability.PRIVATE_MESSAGE in platform.capabilities
        self.sources: tuple[DeadlineSource, ...] = (
            default_sources(private_messages=private, clock=clock) if sources is None else tuple(sources)
        )
        self._max_sleep = timedelta(seconds=max_sleep_s)
        self._bindings: dict[tuple[str, str], _Binding] = {}
        self._due = DueCache()
        self._lock = asyncio.Lock()
        self._changed = asyncio.Event()

    # -- groups --------------------------------------------------------------------------------

    def add_group(
        self, ref: GroupRef, book: CompiledRulebook, *, owner: str | None = None, admins: Iterable[str] = ()
    ) -> None:
        """Govern `ref` under `book`; the owner and admins get their roles (audited). Commits."""
        now = self.clock.now()
        with self.sessions.begin() as session:
            group = ensure_group(session, ref=ref, rulebook=book.rulebook.name, now=now)
            if owner is not None:
                set_member_role(session, group=group, member_id=owner, role=Role.OWNER, now=now)
            for admin in admins:
                set_member_role(session, group=group, member_id=admin, role=Role.ADMIN, now=now)
            if self.bot is not None:  # the bot is never judged nor counted among the members
                mark_bot(session, group=group, member_id=self.bot.id, now=now)
        self._bindings[(ref.platform, ref.id)] = _Binding(ref, book)
        self._due.forget((ref.platform, ref.id))
        self._changed.set()

    @property
    def groups(self) -> list[GroupRef]:
        return [binding.ref for binding in self._bindings.values()]

    def book(self, ref: GroupRef) -> CompiledRulebook:
        return self._binding(ref).book

    def _binding(self, ref: GroupRef) -> _Binding:
        binding = self._bindings.get((ref.platform, ref.id))
        if binding is None:
            raise UnknownGroup(f"群 {ref.platform}:{ref.id} 未由 qungui 管理")
        return binding

    # -- events --------------------------------------------------------------------------------

    async def submit(self, event: Event) -> Handled:
        """Handle one event; a repeat of an event already handled changes nothing."""
        binding = self._binding(event.group)
        if self.bot is not None and isinstance(event, MessageEvent) and event.sender.id == self.bot.id:
            return Handled(event.key, duplicate=False)  # the bot's own messages echoed back
        async with self._lock:
            now = self.clock.now()
            await self._sweep_before(binding, now)  # deadlines that fell before this event
            with self.sessions.begin() as session:
                outcome = self._handle(session, binding, event, now)
            if outcome is None:
                return Handled(event.key, duplicate=True)
            executed = await self._execute(binding, now) if outcome.pending else ExecutionReport()
            errors = await self._deliver(binding, event, outcome.result)
            self._remember_due(binding, outcome, executed)
        self._changed.set()
        replies = tuple(outcome.result.replies) if outcome.result else ()
        return Handled(event.key, False, outcome.decision, outcome.command, replies, executed, errors)

    def _handle(self, session: Session, binding: _Binding, event: Event, now: datetime) -> _Outcome | None:
        group = admit_event(session, book=binding.book, group_ref=binding.ref, event=event, now=now)
        if group is None:
            return None
        outcome = self._handle_admitted(session, binding, group, event, now)
        outcome.pending = has_pending(session, group=group)
        return outcome

    def _handle_admitted(self, session: Session, binding: _Binding, group, event: Event, now: datetime) -> _Outcome:
        book = binding.book
        bot_id = self.bot.id if self.bot else None
        if not isinstance(event, MessageEvent):
            decision = judge_event(session, book=book, group=group, event=event, now=now, bot_id=bot_id)
            found = []
            if isinstance(event, Reaction):
                found = recognise_answers(session, group=group, book=book, event=event, now=now, bot_id=bot_id)
            return _Outcome(decision, recognised=bool(found))
        row = get_member(session, group=group, member_id=event.sender.id)
        role = row.role if row is not None else None
        before = MemberState.from_dict(row.state) if row is not None else MemberState(event.sender.id)
        parsed = parse_command(
            event,
            bot_id=bot_id,
            bot_name=self.bot.name if self.bot else None,
            admin=role in ADMIN_ROLES,
            leader=role not in ADMIN_ROLES and is_head(session, group=group, member_id=event.sender.id),
            clause_ids={c.id for c in book.rulebook.clauses},
            tz=book.rulebook.tz,
            now=now,
            mention_names=_display_names(session, group, event.mentions),
        )
        is_command = not isinstance(parsed, NotACommand)
        decision = None
        if not event.private:
            decision = judge_event(
                session, book=book, group=group, event=event, now=now, judge=not is_command, bot_id=bot_id
            )
        private = Capability.PRIVATE_MESSAGE in self.platform.capabilities
        ctx = CommandContext(group, book, event, role, before, decision, now, bot_id, private)
        if isinstance(parsed, NotACommand):
            if event.private:
                hint = PRIVATE_HINT.get(book.rulebook.language, PRIVATE_HINT["zh-CN"])
                return _Outcome(None, None, CommandResult([Reply(hint, private_to=event.sender.id)]))
            found = recognise_answers(
                session,
                group=group,
                book=book,
                event=event,
                now=now,
                bot_id=bot_id,
                sender_is_admin=role in ADMIN_ROLES,
            )
            return _Outcome(decision, recognised=bool(found))
        if isinstance(parsed, CommandError):
            return _Outcome(decision, parsed.command, error_result(ctx, parsed))
        result = execute_command(session, ctx, parsed)
        if parsed.name == "举报":
            redact_event(session, key=event.key, note=REPORT_REDACTED)
        return _Outcome(decision, parsed.name, result)

    # -- after commit ----------------------------------------------------------------------------

    async def _execute(self, binding: _Binding, now: datetime) -> ExecutionReport:
        bot_id = self.bot.id if self.bot else None
        report = await run_pending(self.sessions, self.platform, group_ref=binding.ref, now=now, bot_id=bot_id)
        for note in report.notes:
            log.warning("group %s: %s", binding.ref.id, note)
        return report

    async def _deliver(self, binding: _Binding, event: Event, result: CommandResult | None) -> tuple[str, ...]:
        """Send a command's replies; a failed reply is logged, not retried (an answer hours late confuses)."""
        if result is None:
            return ()
        can = self.platform.capabilities.__contains__
        errors: list[str] = []
        calls = []
        if result.delete_message and isinstance(event, MessageEvent) and not event.private and can(Capability.DELETE):
            calls.append(self.platform.delete(binding.ref, event.id))
        for reply in result.replies:
            if reply.private_to is not None:
                if can(Capability.PRIVATE_MESSAGE):
                    calls.append(self.platform.send_private(binding.ref, reply.private_to, reply.text))
                else:  # never fall back to the group: a private reply may concern a confidential report
                    errors.append(f"no private channel for a reply to {reply.private_to}")
            elif can(Capability.SEND):
                mentions = list(reply.mentions) if can(Capability.MENTION) else []
                calls.append(self.platform.send(binding.ref, reply.text, mentions=mentions, reply_to=reply.reply_to))
        for call in calls:
            try:
                await call
            except PlatformError as exc:
                errors.append(str(exc))
                log.warning("group %s: reply not delivered: %s", binding.ref.id, exc)
        return tuple(errors)

    # -- deadlines ---------------------------------------------------------------------------------

    async def _sweep_before(self, binding: _Binding, now: datetime) -> None:
        """Sweep the deadlines that fell before `now`, looking only when the kept next deadline says so."""
        key = (binding.ref.platform, binding.ref.id)
        self._read_due(binding)
        due = self._due.get(key)
        if due is None or due >= now:
            return  # the common case: nothing fell due since the last look
        await self._sweep(binding, now, inclusive=False)
        self._due.forget(key)
        self._read_due(binding)

    def _read_due(self, binding: _Binding) -> None:
        """Read the group's next deadlines the cache does not know (the engine's, the sources', or both)."""
        key = (binding.ref.platform, binding.ref.id)
        engine, sources = self._due.missing(key)
        if not (engine or sources):
            return
        with self.sessions.begin() as session:
            group = find_group(session, platform=binding.ref.platform, external_id=binding.ref.id)
            if group is None:
                self._due.put(key, engine=None, sources=None)
                return
            bot_id = self.bot.id if self.bot else None
            self._due.put(
                key,
                engine=engine_due(session, book=binding.book, group=group, bot_id=bot_id) if engine else False,
                sources=next_source_due(session, self.sources, group=group, book=binding.book) if sources else False,
            )

    def _group_due(self, binding: _Binding) -> datetime | None:
        with self.sessions.begin() as session:
            group = find_group(session, platform=binding.ref.platform, external_id=binding.ref.id)
            if group is None:
                return None
            bot_id = self.bot.id if self.bot else None
            return group_due(session, book=binding.book, group=group, sources=self.sources, bot_id=bot_id)

    def _remember_due(self, binding: _Binding, outcome: _Outcome, executed: ExecutionReport) -> None:
        """Keep the group's next deadlines after an event, or forget what the event may have moved."""
        key = (binding.ref.platform, binding.ref.id)
        if outcome.command is not None or outcome.result is not None:
            self._due.forget(key)  # a command may change anything: roles, leaves, notices, tasks
            return
        if outcome.recognised or outcome.pending or executed.done or executed.failed or executed.retrying:
            self._due.forget(key, engine=False)  # answers and deliveries move notices', tasks', questions' times
        bot_id = self.bot.id if self.bot else None
        self._due.lower(key, book=binding.book, decision=outcome.decision, bot_id=bot_id)

    def forget_deadlines(self, ref: GroupRef | None = None) -> None:
        """Look again for the group's (or every group's) next deadline at the next event: after a write
        made outside the runtime that may move a deadline (the console's decisions also call `tick`)."""
        self._due.forget(None if ref is None else (ref.platform, ref.id))

    async def _sweep(self, binding: _Binding, moment: datetime, *, inclusive: bool) -> int:
        decisions = sweep_until(
            self.sessions,
            book=binding.book,
            group_ref=binding.ref,
            moment=moment,
            inclusive=inclusive,
            bot_id=self.bot.id if self.bot else None,
        )
        runs = sweep_sources(
            self.sessions, self.sources, book=binding.book, group_ref=binding.ref, moment=moment, inclusive=inclusive
        )
        return len(decisions) + runs

    async def tick(self, now: datetime | None = None) -> int:
        """Sweep every group's deadlines up to `now`, then carry out what is pending (and retry failures)."""
        sweeps = 0
        async with self._lock:
            self._due.forget()
            moment = now or self.clock.now()
            for binding in list(self._bindings.values()):
                sweeps += await self._sweep(binding, moment, inclusive=True)
                await self._execute(binding, moment)
        self._changed.set()
        return sweeps

    def next_wakeup(self) -> datetime | None:
        """The earliest deadline over all groups, or None when nothing is due."""
        found = [self._group_due(binding) for binding in list(self._bindings.values())]
        return min((due for due in found if due is not None), default=None)

    async def run_scheduler(self, stop: asyncio.Event) -> None:
        """Sweep whenever a deadline falls, and at least every `max_sleep_s` (retries), until `stop` is set.

        A submitted event only makes the scheduler look again at the next deadline; it sweeps when
        one is due, so a busy group does not pay for a sweep per message.
        """
        last_tick: datetime | None = None
        while not stop.is_set():
            now = self.clock.now()
            try:
                wake = self.next_wakeup()
                if last_tick is None or (wake is not None and wake <= now) or now - last_tick >= self._max_sleep:
                    await self.tick(now)
                    last_tick = now
                    continue
            except Exception:  # the scheduler must outlive one bad sweep; the next round tries again
                log.exception("scheduled sweep failed")
                last_tick, wake = now, None
            delay = self.max_sleep_s - (now - last_tick) / timedelta(seconds=1)
            if wake is not None:
                delay = min(delay, (wake - now) / timedelta(seconds=1))
            self._changed.clear()
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._changed.wait())]
            try:
                await asyncio.wait(waiters, timeout=max(delay, 0.05), return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    def replace_rulebook(self, ref: GroupRef, book: CompiledRulebook) -> None:
        """Govern `ref` under `book` from its next event on (a rulebook saved in the console)."""
        self._binding(ref).book = book
        self._due.forget((ref.platform, ref.id))
        self._changed.set()
