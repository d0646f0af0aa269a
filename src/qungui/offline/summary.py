"""Turn a finished replay into an AuditResult: members, ladders, silence, nicknames, notices."""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from qungui.adapters.exports.base import RowError
from qungui.core.durations import format_duration
from qungui.offline.notices import Notice
from qungui.offline.result import (
    Ack,
    AuditResult,
    Evidence,
    FineRecord,
    LadderProgress,
    MemberSummary,
    NicknameIssue,
    NoticeResult,
    SilentMember,
    StepTaken,
)
from qungui.rules.detectors.membership import nickname_ok
from qungui.rules.schema import Rulebook
from qungui.rules.state import MemberState

if TYPE_CHECKING:
    from qungui.offline.audit import GroupRun, Replay


def summarize(replay: Replay, row_errors: list[RowError], notes: list[str]) -> AuditResult:
    """Collect the end-of-log picture from the replay."""
    rb = replay.book.rulebook
    totals = replay.totals
    end = totals.last_at
    breaches: dict[tuple[str, str], dict[str, int]] = {}
    for v in replay.violations:
        per = breaches.setdefault((v.group, v.member_id), {})
        per[v.clause] = per.get(v.clause, 0) + 1
    members: list[MemberSummary] = []
    silent: list[SilentMember] = []
    nicknames: list[NicknameIssue] = []
    notices: list[NoticeResult] = []
    for run in replay.groups.values():
        members.extend(_members(run, rb, replay.admin_ids, breaches, end))
        if end is not None and totals.first_at is not None:
            silent.extend(_silent(run, rb, replay.admin_ids, totals.first_at, end))
        nicknames.extend(_nicknames(run, rb, replay.admin_ids))
    by_group: dict[str, list[Notice]] = {}
    for notice in replay.notices.notices:
        by_group.setdefault(notice.group, []).append(notice)
    for group_id, group_notices in by_group.items():
        notices.extend(_notices(replay.groups[group_id], group_notices, replay.admin_ids))
    notices.sort(key=lambda n: n.at)
    totals.members = sum(1 for _ in members)
    members.sort(key=lambda m: (-m.violations, -sum(lp.strikes for lp in m.ladders), m.label))
    silent.sort(key=lambda s: (-s.silent_for, s.name or s.member_id))
    clauses = sorted(replay.tallies.values(), key=lambda t: (-t.count, t.clause))
    if rb.inactivity is None:
        notes.append("群规未设置不发言期限（inactivity），未统计长期未发言成员")
    if rb.naming is None:
        notes.append("群规未设置昵称规则（naming），未检查昵称")
    return AuditResult(
        rulebook=_rulebook_info(rb, replay.violations),
        totals=totals,
        violations=list(replay.violations),
        clauses=clauses,
        members=members,
        silent=silent,
        nicknames=nicknames,
        notices=notices,
        actions=list(replay.actions),
        row_errors=row_errors,
        notes=notes,
    )


def _rulebook_info(rb: Rulebook, violations: list[Evidence]) -> dict[str, Any]:
    ack = rb.acknowledgements
    return {
        "name": rb.name,
        "title": rb.title,
        "naming": (
            {
                "clause": rb.naming.clause,
                "description": rb.naming.description,
                "pattern": rb.naming.pattern,
                "example": rb.naming.example,
            }
            if rb.naming
            else None
        ),
        "inactivity": (
            {
                "clause": rb.inactivity.clause,
                "window_s": int(rb.inactivity.window.total_seconds()),
                "window": format_duration(rb.inactivity.window),
            }
            if rb.inactivity
            else None
        ),
        "acknowledgements": {
            "clause": ack.clause,
            "window_s": int(ack.window.total_seconds()),
            "window": format_duration(ack.window),
            "words": list(ack.words),
            "notice_markers": list(ack.notice_markers),
        },
        "clauses": {
            c.id: {"title": c.title, "text": c.text, "enforcement": c.enforcement.value, "ladder": c.ladder}
            for c in rb.clauses
        },
    }


def _member_ids(run: GroupRun) -> list[str]:
    ids = set(run.state.members) | set(run.first_seen)
    ids.discard("system")
    return sorted(ids)


def _is_admin(member_id: str, state: MemberState | None, admin_ids: set[str]) -> bool:
    return member_id in admin_ids


def _members(
    run: GroupRun, rb: Rulebook, admin_ids: set[str], breaches: dict[tuple[str, str], dict[str, int]], end
) -> list[MemberSummary]:
    out = []
    for member_id in _member_ids(run):
        state = run.state.members.get(member_id)
        by_clause = breaches.get((run.ref.id, member_id), {})
        summary = MemberSummary(
            group=run.ref.id,
            member_id=member_id,
            name=(state.name if state else None) or run.names.get(member_id),
            is_admin=_is_admin(member_id, state, admin_ids),
            present=member_id in run.present,
            status=state.status if state else ("active" if member_id in run.present else "left"),
            violations=sum(by_clause.values()),
            by_clause=dict(by_clause),
            recalls=run.recalls.get(member_id, 0),
        )
        if state is not None:
            summary.messages = state.message_count
            summary.last_message_at = state.last_message_at
            summary.ladders = _ladders(state, rb, end)
            if state.pending_apology is not None:
                summary.pending_apology = {
                    "clause": state.pending_apology.clause,
                    "ladder": state.pending_apology.ladder,
                    "due": state.pending_apology.due,
                }
            summary.fines = [FineRecord(f.clause, f.amount, f.due, f.paid_at) for f in state.fines]
            summary.removed_at = state.removed_at
        if member_id in run.removed_by_rules:
            summary.removed_by_rules = True
            summary.removed_at = run.removed_by_rules[member_id]
        out.append(summary)
    return out


def _ladders(state: MemberState, rb: Rulebook, end: datetime | None) -> list[LadderProgress]:
    by_ladder: dict[str, list[StepTaken]] = {}
    for strike in state.strikes:
        step = StepTaken(strike.at, strike.clause, strike.step, strike.action, strike.case)
        by_ladder.setdefault(strike.ladder, []).append(step)
    out = []
    for name, steps in by_ladder.items():
        ladder = rb.ladders.get(name)
        expire = ladder.strikes_expire_after if ladder else None
        active = len(state.active_strikes(name, end, expire)) if end is not None else len(steps)
        title = ladder.title if ladder else name
        out.append(LadderProgress(name, title, len(steps), active, steps[-1].action, tuple(steps)))
    return out


def _silent(run: GroupRun, rb: Rulebook, admin_ids: set[str], start: datetime, end: datetime) -> list[SilentMember]:
    if rb.inactivity is None:
        return []
    window = rb.inactivity.window
    out = []
    for member_id in sorted(run.present):
        state = run.state.members.get(member_id)
        if _is_admin(member_id, state, admin_ids):
            continue
        if state is not None and state.on_leave(end):
            continue
        last = (state.last_message_at or state.joined_at) if state is not None else None
        quiet: timedelta = end - (last or start)
        if quiet >= window:
            name = (state.name if state else None) or run.names.get(member_id)
            out.append(SilentMember(run.ref.id, member_id, name, last, quiet))
    return out


def _nicknames(run: GroupRun, rb: Rulebook, admin_ids: set[str]) -> list[NicknameIssue]:
    if rb.naming is None:
        return []
    out = []
    for member_id in sorted(run.present):
        state = run.state.members.get(member_id)
        name = (state.name if state else None) or run.names.get(member_id)
        if name and not nickname_ok(rb.naming.pattern, name):
            out.append(NicknameIssue(run.ref.id, member_id, name, _is_admin(member_id, state, admin_ids)))
    return out


def _notices(run: GroupRun, notices: list[Notice], admin_ids: set[str]) -> list[NoticeResult]:
    """Present = members known to be there at the notice, plus those who first show up later by speaking
    (they were in the group all along, silent); the sender and the admins are not counted."""
    admins = {m for m in _member_ids(run) if _is_admin(m, run.state.members.get(m), admin_ids)}
    revealed = sorted((when, m) for m, (when, how) in run.first_seen.items() if how == "message")
    times = [when for when, _ in revealed]
    out = []
    for notice in notices:
        present = set(notice.present_at)
        present.update(m for _, m in revealed[bisect_right(times, notice.at) :])
        present.discard(notice.sender_id)
        present -= admins
        acks = sorted(
            (Ack(m, run.names.get(m), at, via) for m, (at, via) in notice.acks.items() if m in present),
            key=lambda a: a.at,
        )
        acked = {a.member_id for a in acks}
        missing = sorted(((m, run.names.get(m)) for m in present - acked), key=lambda p: p[1] or p[0])
        out.append(
            NoticeResult(
                group=notice.group,
                message_id=notice.message_id,
                at=notice.at,
                sender_id=notice.sender_id,
                sender_name=run.names.get(notice.sender_id),
                text=notice.text,
                present=len(present),
                acknowledged=tuple(acks),
                missing=tuple(missing),
            )
        )
    return out
