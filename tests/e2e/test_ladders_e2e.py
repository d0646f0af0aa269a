"""Each ladder of the seed, end to end: shipped template → pipeline → database, with a frozen clock.

Runs on SQLite and on PostgreSQL (when available), and checks what a group owner would look at:
the cases and sanctions recorded, the member's stored state, the audit chain.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from itertools import count

from sqlalchemy import func, select

from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import get_member, set_member_role
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.rules.state import MemberState
from qungui.runtime.pipeline import handle_event, handle_tick
from support import START


class Live:
    """A group governed by a shipped template, every event handled in its own transaction."""

    def __init__(self, session, template: str) -> None:
        self.session = session
        self.book = compile_rulebook(load_template(template))
        self.clock = FrozenClock(START)
        self.ref = GroupRef(platform="sim", id=f"{template}-group")
        self._ids = count(1)

    def say(self, member: str, text: str = "", **extra):
        event = MessageEvent(
            id=f"m{next(self._ids)}",
            group=self.ref,
            ts=self.clock.now(),
            sender=MemberRef(platform="sim", id=member, name=member),
            text=text,
            **extra,
        )
        with self.session.begin():
            return handle_event(self.session, book=self.book, group_ref=self.ref, event=event, now=self.clock.now())

    def tick(self):
        with self.session.begin():
            return handle_tick(self.session, book=self.book, group_ref=self.ref, now=self.clock.now())

    def state(self, member: str) -> MemberState:
        with self.session.begin():
            group = ensure_group(self.session, ref=self.ref, rulebook=self.book.rulebook.name, now=self.clock.now())
            row = get_member(self.session, group=group, member_id=member)
            assert row is not None
            return MemberState.from_dict(row.state)

    def sanctions(self, member: str) -> list[str]:
        with self.session.begin():
            rows = self.session.scalars(
                select(Sanction.kind).where(Sanction.member_id == member).order_by(Sanction.id)
            ).all()
        return [str(getattr(kind, "value", kind)) for kind in rows]


def kinds(decision) -> list[str]:
    return [a.kind.value for a in decision.actions]


def test_community_warning_then_apology_deadline_then_removal(session):
    live = Live(session, "community")
    assert kinds(live.say("lao-wang", "你就是个废物")) == ["warn"]
    live.clock.advance(minutes=1)
    demand = live.say("lao-wang", "脑残")
    assert kinds(demand) == ["require_apology"]
    assert demand.actions[0].deadline == live.clock.now() + timedelta(minutes=10)
    live.clock.advance(minutes=9)
    assert kinds(live.tick()) == []
    live.clock.advance(minutes=1)
    assert kinds(live.tick()) == ["remove"]
    assert live.state("lao-wang").status == "removed"
    assert live.sanctions("lao-wang") == ["warn", "require_apology", "remove"]
    with session.begin():
        assert verify_chain(session).ok


def test_community_apology_in_time_keeps_the_member(session):
    live = Live(session, "community")
    live.say("xiao-li", "你就是个废物")
    live.say("xiao-li", "废物")
    live.clock.advance(minutes=4)
    assert kinds(live.say("xiao-li", "对不起，刚才是我不对，向大家道歉")) == ["ack_apology"]
    live.clock.advance(minutes=20)
    assert kinds(live.tick()) == []
    assert live.state("xiao-li").status == "active"


def test_community_warnings_expire_after_thirty_days(session):
    live = Live(session, "community")
    assert kinds(live.say("u1", "废物")) == ["warn"]
    live.clock.advance(days=31)
    assert kinds(live.say("u1", "废物")) == ["warn"], "the old warning expired: a first warning again"
    with session.begin():
        assert session.scalar(select(func.count()).select_from(Case)) == 2


def test_community_three_dissuasions_then_removal(session):
    live = Live(session, "community")
    for n in range(1, 4):
        decision = live.say("spammer", "诚招代理，月入过万，兼职刷单日结")
        assert kinds(decision) == ["delete_message", "dissuade"], n
        assert f"第 {n} 次劝阻" in decision.actions[1].text
        live.clock.advance(hours=1)
    assert kinds(live.say("spammer", "兼职刷单，日结工资")) == ["delete_message", "remove"]
    assert live.state("spammer").status == "removed"


def test_chamber_red_envelope_owed_paid_and_overdue(session):
    live = Live(session, "chamber")
    fined = live.say("m1", "百家乐真人荷官，线上赌场")
    assert kinds(fined) == ["delete_message", "fine"]
    assert fined.actions[1].amount == Decimal("20")
    live.say("m2", "你们都是傻逼")
    live.clock.advance(hours=3)
    assert kinds(live.say("m1", kind=MessageKind.RED_ENVELOPE, amount=Decimal("20"))) == ["ack_fine_paid"]
    assert live.state("m1").owed_fines() == []
    live.clock.advance(hours=21)
    overdue = live.tick()
    assert kinds(overdue) == ["alert_admin"] and overdue.actions[0].member_id == "m2"
    assert live.state("m2").owed_fines()[0].overdue_alerted


def test_admins_set_in_the_database_are_exempt(session):
    live = Live(session, "community")
    with session.begin():
        group = ensure_group(session, ref=live.ref, rulebook="community", now=live.clock.now())
        set_member_role(session, group=group, member_id="owner", role=Role.OWNER, actor="test", now=live.clock.now())
    assert live.say("owner", "兼职刷单的骗子都是废物，大家小心").findings == ()
    assert live.say("member", "废物").findings != ()


def test_replaying_the_same_events_changes_nothing(session):
    live = Live(session, "community")
    event = MessageEvent(
        id="dup", group=live.ref, ts=live.clock.now(), sender=MemberRef(platform="sim", id="u1"), text="废物"
    )
    with session.begin():
        first = handle_event(session, book=live.book, group_ref=live.ref, event=event, now=live.clock.now())
    with session.begin():
        again = handle_event(session, book=live.book, group_ref=live.ref, event=event, now=live.clock.now())
    assert first is not None and again is None
    assert live.sanctions("u1") == ["warn"]
