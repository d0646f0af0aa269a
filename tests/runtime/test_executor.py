"""Sanctions carried out after commit, degraded honestly where the platform cannot act."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from qungui.adapters.simulator.platform import WECHAT_LIKE, SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.core.findings import ActionKind
from qungui.core.platform import Capability
from qungui.governance.cases.models import Sanction
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import set_member_role
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.executor import SanctionView, plan, run_pending
from qungui.runtime.pipeline import handle_event
from support import START

GROUP = GroupRef(platform="sim", id="g-exec")
BOOK = compile_rulebook(load_template("community"))


def play(session_factory, texts: list[tuple[str, str]], clock: FrozenClock) -> None:
    with session_factory.begin() as session:
        group = ensure_group(session, ref=GROUP, rulebook="community", now=clock.now())
        set_member_role(session, group=group, member_id="owner", role=Role.OWNER, now=clock.now())
    for member, text in texts:
        event = MessageEvent(
            id=f"e{int(clock.now().timestamp())}",
            group=GROUP,
            ts=clock.now(),
            sender=MemberRef(platform="sim", id=member),
            text=text,
        )
        with session_factory.begin() as session:
            handle_event(session, book=BOOK, group_ref=GROUP, event=event, now=clock.now())
        clock.advance(minutes=1)


def statuses(session_factory) -> list[tuple[str, str, str | None]]:
    with session_factory.begin() as session:
        rows = session.execute(select(Sanction.kind, Sanction.status, Sanction.last_error).order_by(Sanction.id))
        return [tuple(row) for row in rows]


ABUSE_THEN_REFUSAL = [("u1", "你就是个废物"), ("u1", "废物"), ("u1", "我不道歉")]


def test_full_capabilities_carry_out_the_whole_ladder(session_factory):
    clock = FrozenClock(START)
    play(session_factory, ABUSE_THEN_REFUSAL, clock)
    platform = SimulatedPlatform()
    report = asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now()))
    assert (report.done, report.unsupported, report.failed) == (3, 0, 0)
    group = platform.group(GROUP)
    assert [m.mentions for m in group.messages] == [("u1",), ("u1",), ("u1",)]
    assert "口头警告" in group.messages[0].text and "道歉" in group.messages[1].text
    assert [member for member, _ in group.kicked] == ["u1"]
    assert statuses(session_factory) == [
        ("warn", "done", None),
        ("require_apology", "done", None),
        ("remove", "done", None),
    ]
    again = asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now()))
    assert again.done == 0 and len(group.messages) == 3, "nothing is carried out twice"


def test_a_wechat_like_platform_still_ends_the_ladder_and_says_why(session_factory):
    clock = FrozenClock(START)
    play(session_factory, [*ABUSE_THEN_REFUSAL, ("spammer", "兼职刷单，日结工资，诚招代理")], clock)
    platform = SimulatedPlatform(WECHAT_LIKE, name="wechat")
    report = asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now()))
    group = platform.group(GROUP)
    assert group.kicked == [] and group.deleted == set()
    rows = statuses(session_factory)
    assert ("remove", "unsupported", "平台不支持移出成员，已请管理员手动移出") in rows
    assert ("delete_message", "unsupported", "平台不支持撤回消息，已请管理员手动撤回") in rows
    assert report.unsupported == 2
    private = group.private
    assert [who for who, _ in private] == ["owner", "owner"]
    assert any("请将 u1 移出本群" in text for _, text in private)
    assert any("被请出本群" in m.text for m in group.messages), "the group is still told the outcome"


def test_transient_failures_are_retried_and_permanent_ones_recorded(session_factory):
    clock = FrozenClock(START)
    play(session_factory, [("u1", "你就是个废物")], clock)
    platform = SimulatedPlatform()
    platform.fail_next(2)
    for _ in range(2):
        report = asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now()))
        assert report.retrying == 1 and report.done == 0
    assert asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now())).done == 1
    with session_factory.begin() as session:
        assert session.scalar(select(Sanction.attempts)) == 3
    play_more = [("u2", "废物")]
    play(session_factory, [(m, t) for m, t in play_more], clock)
    platform.fail_next(1, retryable=False, message="bot lost its admin rights")
    report = asyncio.run(run_pending(session_factory, platform, group_ref=GROUP, now=clock.now()))
    assert report.failed == 1 and "admin rights" in report.notes[0]


def test_plan_without_private_messages_leaves_admin_alerts_to_the_console():
    view = SanctionView(1, ActionKind.QUEUE_FOR_ADMIN, "u1", None, "待管理员审核", None)
    assert plan(view, frozenset({Capability.SEND}), ["owner"]).calls == ()
    mute = SanctionView(2, ActionKind.MUTE, "u1", None, "禁言", 600)
    degraded = plan(mute, frozenset({Capability.SEND}), ["owner"])
    assert [c.method for c in degraded.calls] == ["send"] and "禁言" in degraded.degraded
    full = plan(mute, frozenset(Capability), ["owner"])
    assert [c.method for c in full.calls] == ["mute", "send"] and full.degraded is None
