"""The bot is never judged: its invitations are approvals, it climbs no ladder and is never kicked by itself."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from qungui.core.events import JoinRequest, MemberJoined, MemberRef, NicknameChanged
from qungui.core.findings import Action, ActionKind
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.cases.service import record_decision
from qungui.governance.digest.service import build_digest
from qungui.governance.groups.service import find_group
from qungui.governance.members.service import get_member
from qungui.governance.notices.service import active_members
from qungui.rules.decision import Decision
from runtime.test_service import BOT, GROUP, Live

NEWCOMERS = [f"new{i}" for i in range(5)]


def _joined(live: Live, member: str, *, inviter: MemberRef | None, name: str | None = None) -> MemberJoined:
    live._n += 1
    return MemberJoined(
        id=f"j{live._n}",
        group=GROUP,
        ts=live.clock.now(),
        member=MemberRef(platform="sim", id=member, name=name or member),
        inviter=inviter,
    )


def _submit(live: Live, event):
    return asyncio.run(live.runtime.submit(event))


def _cases(live: Live) -> list[tuple[str, str]]:
    with live.sessions.begin() as session:
        return [tuple(r) for r in session.execute(select(Case.member_id, Case.clause).order_by(Case.id))]


def test_the_bot_inviting_people_is_an_approval_not_a_violation(session_factory):
    live = Live(session_factory)  # community rules: 一.12 holds invites by non-admins
    for member in NEWCOMERS:  # before the fix: 一.12 against the bot, climbing to its removal
        handled = _submit(live, _joined(live, member, inviter=BOT))
        assert handled.decision is not None and not handled.decision.violations
        live.clock.advance(timedelta(minutes=1))
    assert not [member for member, _ in _cases(live) if member == BOT.id]
    kinds = [kind for kind, _ in live.sanctions()]
    assert ActionKind.REMOVE.value not in kinds and ActionKind.QUEUE_FOR_ADMIN.value not in kinds
    assert BOT.id not in [member for member, _ in live.platform.group(GROUP).kicked]
    # a person still pulling people in without approval is judged as before
    handled = _submit(live, _joined(live, "new9", inviter=MemberRef(platform="sim", id="u1", name="u1")))
    assert [v.member_id for v in handled.decision.violations] == ["u1"]


def test_a_join_request_the_bot_invited_is_approved(session_factory):
    live = Live(session_factory)
    live._n += 1
    request = JoinRequest(
        id=f"r{live._n}", group=GROUP, ts=live.clock.now(), member=MemberRef(platform="sim", id="new1"), inviter=BOT
    )
    handled = _submit(live, request)
    assert [a.kind for a in handled.decision.actions] == [ActionKind.APPROVE_JOIN]


def test_the_bot_joining_renaming_and_staying_silent_is_never_judged(session_factory):
    live = Live(session_factory)
    handled = _submit(live, _joined(live, BOT.id, inviter=MemberRef(platform="sim", id="u1"), name="qungui bot"))
    assert handled.decision is not None and not handled.decision.actions and not handled.decision.violations
    live._n += 1
    rename = NicknameChanged(id=f"n{live._n}", group=GROUP, ts=live.clock.now(), member=BOT, old="qungui", new="x")
    assert not _submit(live, rename).decision.actions
    live.say("u1", "大家好")
    live.clock.advance(timedelta(days=30))  # a month of silence: members are reminded, never the bot
    live.tick()
    assert not [text for text in live.sent if BOT.id in text or "qungui bot" in text]
    with live.sessions.begin() as session:
        group = find_group(session, platform=GROUP.platform, external_id=GROUP.id)
        assert BOT.id not in active_members(session, group=group)  # never missing from a notice
        assert get_member(session, group=group, member_id=BOT.id).status == "left"  # not a counted member
        digest = build_digest(
            session=session, group=group, week_start=live.clock.now() - timedelta(days=7), now=live.clock.now()
        )
        silent = [m.member_id for m in digest.silent]
        assert "u1" in silent and BOT.id not in silent
    assert not [member for member, _ in _cases(live) if member == BOT.id]


def test_the_executor_refuses_to_kick_mute_or_withdraw_the_bot(session_factory):
    live = Live(session_factory)
    with live.sessions.begin() as session:  # an admin's decision against the bot, however it came about
        group = find_group(session, platform=GROUP.platform, external_id=GROUP.id)
        actions = tuple(
            Action(
                kind,
                BOT.id,
                "一.12",
                "m0" if kind is ActionKind.DELETE_MESSAGE else None,
                "请出本群",
                duration_s=600,
                reason="c1",
            )
            for kind in (ActionKind.DELETE_MESSAGE, ActionKind.MUTE, ActionKind.REMOVE)
        )
        decision = Decision("manual#1", live.clock.now(), actions=actions)
        record_decision(session, group=group, decision=decision, now=live.clock.now())
    live.tick()
    assert BOT.id not in [member for member, _ in live.platform.group(GROUP).kicked]
    assert BOT.id not in live.platform.group(GROUP).muted
    with live.sessions.begin() as session:
        rows = session.execute(select(Sanction.kind, Sanction.status, Sanction.last_error)).all()
    refused = [(kind, error) for kind, status, error in rows if status == "skipped"]
    assert refused and all("机器人" in error for _, error in refused)
    assert sorted(kind for kind, _ in refused) == ["delete_message", "mute", "remove"]
    assert not live.platform.group(GROUP).deleted
