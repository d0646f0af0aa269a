"""Offline audit: replay an exported log through the pure engine and collect what the rules say.

Pure: no files, no clock. Events are replayed in time order (stable, so file order breaks ties),
duplicates (same `Event.key`) are skipped, and before each event a Tick is played at every deadline
that passed since the last one (apology due, fine due, one week of silence), so removals and
reminders happen at the log time the live bot would have acted. A final sweep runs at the end.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from qungui.adapters.exports.base import WARNING, RowError
from qungui.core.events import (
    Event,
    GroupRef,
    JoinRequest,
    MemberJoined,
    MemberLeft,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Tick,
    actor_of,
)
from qungui.core.findings import ActionKind
from qungui.offline.notices import NoticeTracker
from qungui.offline.result import ActionRecord, AuditResult, ClauseTally, Evidence, Totals
from qungui.offline.summary import summarize
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.deadlines import member_deadlines
from qungui.rules.engine import Decision, evaluate
from qungui.rules.schema import Enforcement
from qungui.rules.state import GroupState

MAX_SAMPLES = 5
PROGRESS_EVERY = 200
SYSTEM_ID = "system"

Progress = Callable[[int], None]


@dataclass(slots=True)
class GroupRun:
    """One group's replay: the engine state plus what the log shows about who is really there."""

    ref: GroupRef
    state: GroupState
    last_tick: datetime | None = None
    present: set[str] = field(default_factory=set)
    first_seen: dict[str, tuple[datetime, str]] = field(default_factory=dict)  # member → (when, "message"|"join"|…)
    names: dict[str, str] = field(default_factory=dict)
    removed_by_rules: dict[str, datetime] = field(default_factory=dict)
    recalls: dict[str, int] = field(default_factory=dict)
    dues: list[tuple[datetime, int, str]] = field(default_factory=list)  # heap of (due, version, member)
    versions: dict[str, int] = field(default_factory=dict)

    def apply(self, book: CompiledRulebook, decision: Decision) -> None:
        """Apply a decision and re-index the deadlines of the members it changed."""
        self.state.apply(decision)
        for member_id in decision.member_updates:
            version = self.versions.get(member_id, 0) + 1
            self.versions[member_id] = version
            for due in member_deadlines(book, self.state, self.state.members[member_id]):
                if self.last_tick is None or due > self.last_tick:
                    heapq.heappush(self.dues, (due, version, member_id))

    def next_due(self) -> datetime | None:
        """The earliest indexed deadline after the last tick (stale and passed entries are dropped)."""
        while self.dues:
            due, version, member_id = self.dues[0]
            if self.versions.get(member_id) == version and (self.last_tick is None or due > self.last_tick):
                return due
            heapq.heappop(self.dues)
        return None


class Replay:
    """Feeds events to the engine one at a time and keeps the tallies the report needs."""

    def __init__(self, book: CompiledRulebook, admin_ids: set[str], *, any_notice_sender: bool) -> None:
        self.book = book
        self.admin_ids = admin_ids
        self.groups: dict[str, GroupRun] = {}
        self.notices = NoticeTracker(book.rulebook.acknowledgements, any_sender=any_notice_sender)
        self.violations: list[Evidence] = []
        self.tallies: dict[str, ClauseTally] = {}
        self.actions: list[ActionRecord] = []
        self.totals = Totals()

    def group(self, ref: GroupRef) -> GroupRun:
        run = self.groups.get(ref.id)
        if run is None:
            run = self.groups[ref.id] = GroupRun(ref, self.book.new_state(ref.id, self.admin_ids))
            self.totals.groups[ref.id] = ref.name
        return run

    def feed(self, event: Event) -> None:
        """Play one logged event (after the deadlines that passed before it)."""
        run = self.group(event.group)
        self.advance(run, event.ts, inclusive=False)
        self._observe_presence(run, event)
        if isinstance(event, MessageEvent) and event.kind is MessageKind.SYSTEM:
            self.totals.system_messages += 1
            if event.sender.id != SYSTEM_ID and "撤回" in event.text:  # a recall names who recalled
                self.totals.recalls += 1
                run.recalls[event.sender.id] = run.recalls.get(event.sender.id, 0) + 1
            return
        if isinstance(event, MessageEvent):
            self.totals.messages += 1
        decision = evaluate(event, self.book, run.state, event.ts)
        run.apply(self.book, decision)
        self._record(run, decision)
        if isinstance(event, MessageEvent):
            admin = event.sender.id in self.admin_ids
            self.notices.observe(event, sender_is_admin=admin, present=run.present)

    def advance(self, run: GroupRun, until: datetime, *, inclusive: bool) -> None:
        """Tick at every deadline up to `until` (excluded unless `inclusive`)."""
        while True:
            due = run.next_due()
            if due is None or due > until or (due == until and not inclusive):
                return
            self.tick(run, due)

    def tick(self, run: GroupRun, at: datetime) -> None:
        tick = Tick(id=f"audit-tick:{at.isoformat()}", group=run.ref, ts=at)
        decision = evaluate(tick, self.book, run.state, at)
        run.last_tick = at
        run.apply(self.book, decision)
        self.totals.ticks += 1
        self._record(run, decision)

    def finish(self, end: datetime) -> None:
        """Run every deadline up to the end of the log, then a final sweep at the end."""
        for run in self.groups.values():
            self.advance(run, end, inclusive=True)
            if run.last_tick != end:
                self.tick(run, end)

    def _observe_presence(self, run: GroupRun, event: Event) -> None:
        def seen(member_id: str, name: str | None, how: str) -> None:
            if member_id == SYSTEM_ID:
                return
            run.first_seen.setdefault(member_id, (event.ts, how))
            if name:
                run.names[member_id] = name

        if isinstance(event, MemberJoined):
            seen(event.member.id, event.member.name, "join")
            run.present.add(event.member.id)
            if event.inviter is not None:
                seen(event.inviter.id, event.inviter.name, "inviter")
                run.present.add(event.inviter.id)
        elif isinstance(event, MemberLeft):
            seen(event.member.id, event.member.name, "left")
            run.present.discard(event.member.id)
            if event.by is not None:
                seen(event.by.id, event.by.name, "remover")
                run.present.add(event.by.id)
        elif isinstance(event, JoinRequest):
            seen(event.member.id, event.member.name, "request")
        elif isinstance(event, NicknameChanged):
            seen(event.member.id, event.new, "message")
            run.present.add(event.member.id)
        else:
            actor = actor_of(event)
            if actor is not None and actor.id != SYSTEM_ID:
                seen(actor.id, actor.name, "message")
                run.present.add(actor.id)

    def _record(self, run: GroupRun, decision: Decision) -> None:
        rb = self.book.rulebook
        for violation in decision.violations:
            if not violation.findings:
                continue  # a refusal or a missed apology: an escalation, recorded with the actions
            first = violation.findings[0]
            name = run.names.get(violation.member_id)
            evidence = Evidence(
                at=decision.at,
                group=run.ref.id,
                member_id=violation.member_id,
                member_name=name,
                clause=violation.clause,
                evidence=first.evidence,
                revealed_by=next((f.revealed_by for f in violation.findings if f.revealed_by), ""),
                detector=first.detector,
                category=first.category.value,
                step=violation.step,
                event_key=decision.event_key,
                also_cites=violation.also_cites,
                queued=violation.enforcement is Enforcement.ASSISTED,
            )
            self.violations.append(evidence)
            tally = self.tallies.get(violation.clause)
            if tally is None:
                clause = rb.clause(violation.clause)
                tally = self.tallies[violation.clause] = ClauseTally(clause.id, clause.title, clause.text)
            tally.count += 1
            tally.members[violation.member_id] = tally.members.get(violation.member_id, 0) + 1
            if len(tally.samples) < MAX_SAMPLES:
                tally.samples.append(evidence)
        for action in decision.actions:
            member = action.member_id
            self.actions.append(
                ActionRecord(
                    decision.at,
                    run.ref.id,
                    member,
                    run.names.get(member) if member else None,
                    action.kind.value,
                    action.clause,
                    action.text,
                )
            )
            if action.kind is ActionKind.REMOVE and member and member not in run.removed_by_rules:
                run.removed_by_rules[member] = decision.at


def resolve_admins(events: list[Event], admins: Iterable[str]) -> tuple[set[str], list[str]]:
    """Map the admins given (member ids or display names) to member ids; also return the ones never seen."""
    wanted = {a.strip() for a in admins if a and a.strip()}
    ids: set[str] = set()
    matched: set[str] = set()
    for event in events:
        for ref in _refs(event):
            if ref.id in wanted:
                ids.add(ref.id)
                matched.add(ref.id)
            if ref.name and ref.name in wanted:
                ids.add(ref.id)
                matched.add(ref.name)
    missing = wanted - matched
    return ids | missing, sorted(missing)


def _refs(event: Event):
    for name in ("sender", "member", "inviter", "approved_by", "by"):
        ref = getattr(event, name, None)
        if ref is not None:
            yield ref


def run_audit(
    events: Iterable[Event | RowError],
    book: CompiledRulebook,
    *,
    admins: Iterable[str] = (),
    progress: Progress | None = None,
) -> AuditResult:
    """Replay `events` through the engine under `book` and collect the audit.

    Args:
        admins: member ids or display names treated as admins (exempt where the clause says so;
            their marked messages are notices).
        progress: called with the number of items read so far, every few hundred items and at the end.
    """
    logged: list[Event] = []
    row_errors: list[RowError] = []
    keys: set[str] = set()
    totals_duplicates = 0
    out_of_order = 0
    latest: datetime | None = None
    count = 0
    for count, item in enumerate(events, start=1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
        if isinstance(item, RowError):
            row_errors.append(item)
            continue
        if isinstance(item, Tick):
            continue  # ticks are the audit's own
        if item.key in keys:
            totals_duplicates += 1
            continue
        keys.add(item.key)
        if latest is not None and item.ts < latest:
            out_of_order += 1
        latest = item.ts if latest is None else max(latest, item.ts)
        logged.append(item)
    if progress is not None:
        progress(count)
    logged.sort(key=lambda e: e.ts)

    admin_ids, missing_admins = resolve_admins(logged, admins)
    present_admins = {ref.id for e in logged for ref in _refs(e)} & admin_ids
    replay = Replay(book, admin_ids, any_notice_sender=not present_admins)
    for event in logged:
        replay.feed(event)
    if logged:
        replay.finish(logged[-1].ts)

    totals = replay.totals
    totals.events = len(logged)
    totals.duplicates = totals_duplicates
    totals.out_of_order = out_of_order
    totals.row_errors = sum(1 for e in row_errors if e.level != WARNING)
    totals.warnings = sum(1 for e in row_errors if e.level == WARNING)
    if logged:
        totals.first_at, totals.last_at = logged[0].ts, logged[-1].ts
    notes = [f"未在记录中找到管理员：{token}" for token in missing_admins]
    if not present_admins:
        notes.append("未指定（或未在记录中找到）管理员：任何成员发的带“通知”等标记的消息都按通知统计")
    return summarize(replay, row_errors, notes)
