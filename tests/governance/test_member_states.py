"""Member states survive the database unchanged; roles decide who is an admin."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.models import AuditEntry
from qungui.governance.events.service import store_event
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Member, Role
from qungui.governance.members.service import get_member, load_group_state, save_member_states, set_member_role
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook
from qungui.rules.state import Fine, MemberState, PendingApology, RecentMessage, Strike

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
GROUP = GroupRef(platform="sim", id="g1", name="测试群")
BOOK = compile_rulebook(
    parse_rulebook(
        """
name: tiny
title: 小群规
group_kind: custom
ladders:
  warn_only: {title: 警告, steps: [{action: warn}]}
clauses:
  - id: 一.1
    text: 不得辱骂
    title: 不得辱骂
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [傻逼]}}]
    ladder: warn_only
"""
    )
)


def busy_state(member_id: str) -> MemberState:
    return MemberState(
        member_id=member_id,
        name="小王",
        joined_at=NOW - timedelta(days=3),
        last_message_at=NOW,
        message_count=7,
        strikes=(Strike("一.1", "warn_only", NOW, 0, "warn", "case-1"),),
        pending_apology=PendingApology("一.1", "warn_only", NOW + timedelta(minutes=10), 1, "case-1"),
        fines=(Fine("一.1", Decimal("20"), NOW + timedelta(hours=24), "case-1"),),
        recent=(RecentMessage(NOW.timestamp(), "fp", "text"),),
    )


def test_states_round_trip_exactly(session):
    states = {"alice": busy_state("alice"), "bob": MemberState(member_id="bob", status="left")}
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        save_member_states(session, group=group, states=states, now=NOW)
    with session.begin():
        loaded = load_group_state(session, group=group, book=BOOK)
        alice = get_member(session, group=group, member_id="alice")
    assert {k: v.to_dict() for k, v in loaded.members.items()} == {k: v.to_dict() for k, v in states.items()}
    assert loaded.members["alice"] == states["alice"]
    assert (alice.display_name, alice.status, alice.role) == ("小王", "active", "member")
    assert alice.last_message_at == NOW and alice.joined_at == NOW - timedelta(days=3)
    assert loaded.admins == set() and loaded.group_id == "g1"


def test_saving_again_updates_in_place(session):
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        save_member_states(session, group=group, states={"alice": busy_state("alice")}, now=NOW)
        later = MemberState(member_id="alice", name="王小明", status="removed", removed_at=NOW)
        save_member_states(session, group=group, states={"alice": later}, now=NOW + timedelta(hours=1))
    with session.begin():
        rows = session.scalars(select(Member)).all()
        assert [(r.external_id, r.display_name, r.status) for r in rows] == [("alice", "王小明", "removed")]
        assert load_group_state(session, group=group, book=BOOK).members["alice"] == later


def test_admins_come_from_roles(session):
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        save_member_states(session, group=group, states={"alice": MemberState("alice")}, now=NOW)
        set_member_role(session, group=group, member_id="owner", role=Role.OWNER, now=NOW, actor="admin:setup")
        set_member_role(session, group=group, member_id="bob", role=Role.ADMIN, now=NOW)
        set_member_role(session, group=group, member_id="bob", role=Role.ADMIN, now=NOW)  # no change, no audit
    with session.begin():
        state = load_group_state(session, group=group, book=BOOK)
        changes = session.scalars(select(AuditEntry.subject).where(AuditEntry.action == "member.role_changed")).all()
    assert state.admins == {"owner", "bob"}
    assert "alice" not in state.admins and "stranger" not in state.admins  # roles are the only source
    assert sorted(changes) == [f"member:{group.id}:bob", f"member:{group.id}:owner"]


def test_group_window_is_rebuilt_from_stored_messages(session):
    def say(n: int, who: str, minutes: float) -> MessageEvent:
        sender = MemberRef(platform="sim", id=who)
        return MessageEvent(id=f"m{n}", group=GROUP, ts=NOW + timedelta(minutes=minutes), sender=sender, text="hi")

    events = [say(1, "a", -30), say(2, "b", -5), say(3, "a", -1), say(4, "c", 0), say(5, "d", 3)]
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        for event in events:
            store_event(session, group=group, event=event, now=NOW)
        state = load_group_state(session, group=group, book=BOOK, at=NOW, exclude_event_key=events[3].key)
    assert state.recent_horizon_s == 600
    assert list(state.recent) == [(events[1].ts.timestamp(), "b"), (events[2].ts.timestamp(), "a")]
    assert state.busy(NOW.timestamp(), 600, 2, 2) and not state.busy(NOW.timestamp(), 600, 3, 2)
