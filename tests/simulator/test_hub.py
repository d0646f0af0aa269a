"""The simulator hub on a real Runtime: people's actions become events, the bot's calls land in the timeline."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from qungui.adapters.simulator.checks import HubError
from qungui.adapters.simulator.demo import BOT, OWNER, demo_members, demo_rulebook, start_demo
from qungui.adapters.simulator.group import SimMember
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.adapters.simulator.timeline import ItemType
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MessageKind
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.service import find_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import get_member
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.service import Runtime
from support import START

LILY = "wxid_lily_0526"
ZHANG = "wxid_zhangjh_1978"
AD = "代理微商产品，招代理，加V：abc12345"


def build(session_factory, *, max_items: int = 2000) -> tuple[SimulatorHub, Runtime, FrozenClock]:
    clock = FrozenClock(START)
    hub = SimulatorHub(clock=clock, bot=BOT, max_items=max_items, id_prefix="t")
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    return hub, runtime, clock


def demo(session_factory, **kwargs):
    hub, runtime, clock = build(session_factory, **kwargs)
    group = asyncio.run(start_demo(hub, runtime, group_id="ahsh-test"))
    return hub, runtime, clock, group


def db_member(session_factory, group: GroupRef, member_id: str):
    with session_factory.begin() as session:
        row = find_group(session, platform=group.platform, external_id=group.id)
        member = get_member(session, group=row, member_id=member_id)
        return None if member is None else (member.status, member.display_name, dict(member.state))


def test_an_ad_is_withdrawn_and_answered_in_the_timeline(session_factory):
    hub, _, _, group = demo(session_factory)
    item = asyncio.run(hub.say(group.ref.id, LILY, AD))
    assert item.deleted, "the ad is withdrawn on the platform and shown as withdrawn"
    assert any("三.4.1" in line for line in item.verdict)
    after = [i for i in group.timeline.items if i.seq > item.seq]
    assert any(i.type is ItemType.SYSTEM and i.text.endswith("撤回了一条成员消息") for i in after)
    fine = [i for i in after if i.type is ItemType.BOT and "红包" in i.text]
    assert fine and "Lily小美" in fine[0].mentions and fine[0].sender_id == BOT.id


def test_the_seed_chat_reaches_the_database_with_names(session_factory):
    _, _, _, group = demo(session_factory)
    assert len([i for i in group.timeline.items if i.type is ItemType.MEMBER]) >= 10
    status, name, _ = db_member(session_factory, group.ref, ZHANG)
    assert (status, name) == ("active", "老张")


def test_a_private_my_record_gets_a_private_reply(session_factory):
    hub, _, _, group = demo(session_factory)
    asyncio.run(hub.say(group.ref.id, ZHANG, "你就是个废物"))
    before = len(group.timeline.items)
    asyncio.run(hub.say(group.ref.id, ZHANG, "我的记录", private=True))
    chat = list(group.chat_with_bot(ZHANG).items)
    assert [i.type for i in chat] == [ItemType.MEMBER, ItemType.BOT]
    assert "三.4.3" in chat[1].text
    assert len(group.timeline.items) == before, "nothing about a private question shows in the group"


def test_a_removal_is_reported_back_to_the_runtime_as_member_left(session_factory):
    hub, _, _, group = demo(session_factory)
    admin = group.members["wxid_zhouzp_hz"]
    asyncio.run(hub.say(group.ref.id, admin.id, "移除 @老张\u2005三.4.3 屡次骂人", mentions=[ZHANG]))
    assert group.members[ZHANG].status == "removed"
    assert any(i.type is ItemType.SYSTEM and "老张 被 qungui 移出群聊" in i.text for i in group.timeline.items)
    status, _, state = db_member(session_factory, group.ref, ZHANG)
    assert status == "removed" and state["removed_by"] == admin.id, "the admin who decided stays the remover"
    with pytest.raises(HubError, match="不在群聊中"):
        asyncio.run(hub.say(group.ref.id, ZHANG, "我还在吗"))
    asyncio.run(hub.say(group.ref.id, ZHANG, "申诉 我只是开玩笑", private=True))  # private chat stays open


def test_a_deadline_removal_on_fast_forward_is_reported_back(session_factory):
    hub, runtime, clock = build(session_factory)
    ref = GroupRef(platform="sim", id="g-community", name="社区群")
    book = compile_rulebook(load_template("community"))
    runtime.add_group(ref, book, owner="owner")
    hub.add_group(ref, [SimMember("owner", "群主", Role.OWNER), SimMember("u1", "张三")], approval_required=False)

    async def play() -> None:
        await hub.say(ref.id, "u1", "你就是个废物")
        clock.advance(minutes=1)
        await hub.say(ref.id, "u1", "废物")
        await hub.fast_forward(timedelta(hours=1))

    asyncio.run(play())
    assert hub.group(ref.id).members["u1"].status == "removed"
    status, _, state = db_member(session_factory, ref, "u1")
    assert status == "removed" and state["removed_by"] == BOT.id
    assert any(i.tone == "time" for i in hub.group(ref.id).timeline.items)


def test_a_strangers_join_request_is_held_and_the_admins_are_told(session_factory):
    hub, _, _, group = demo(session_factory)
    member = asyncio.run(hub.arrive(group.ref.id, "阳光的微笑", inviter="wxid_lina_jac"))
    assert member.status == "pending" and "名单" in member.hold_reason
    notices = [i.text for i in group.chat_with_bot(OWNER).items]
    assert any("阳光的微笑" in text and "入群申请" in text for text in notices)
    with pytest.raises(HubError, match="等待审核"):
        asyncio.run(hub.say(group.ref.id, member.id, "大家好"))
    with pytest.raises(HubError, match="只有群主或管理员"):
        asyncio.run(hub.decide_request(group.ref.id, member.id, by="wxid_lina_jac", approve=True))
    asyncio.run(hub.decide_request(group.ref.id, member.id, by=OWNER, approve=False))
    assert member.id not in group.members


def joined_payloads(session_factory) -> list[dict]:
    with session_factory.begin() as session:
        return [r.payload for r in session.scalars(select(EventRecord).where(EventRecord.type == "member_joined"))]


def test_an_admin_approves_a_held_request_and_the_join_reaches_the_runtime(session_factory):
    hub, _, _, group = demo(session_factory)
    stranger = asyncio.run(hub.arrive(group.ref.id, "阳光的微笑", inviter="wxid_lina_jac"))
    asyncio.run(hub.decide_request(group.ref.id, stranger.id, by=OWNER, approve=True))
    assert group.members[stranger.id].status == "active"
    assert any(
        p["member"]["id"] == stranger.id and p["approved_by"]["id"] == OWNER for p in joined_payloads(session_factory)
    )
    assert db_member(session_factory, group.ref, stranger.id)[0] == "active"


class Reentry:
    """Wraps the runtime and fails if a submit starts while another is still running."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime, self.depth, self.seen = runtime, 0, []

    async def submit(self, event):
        assert self.depth == 0, f"{event.key} submitted from inside another submit"
        self.depth += 1
        try:
            self.seen.append(event.type)
            return await self.runtime.submit(event)
        finally:
            self.depth -= 1

    async def tick(self, now=None):
        return await self.runtime.tick(now)


def test_a_join_the_bot_approves_is_reported_back_after_the_submit(session_factory):
    hub, runtime, _, group = demo(session_factory)
    watch = Reentry(runtime)
    hub.attach(watch)
    member = asyncio.run(hub.arrive(group.ref.id, "安庆天柱建材市场部杨帆", member_id="wxid_yangfan_aq"))
    assert member.status == "active", "on the member list: the bot lets them in"
    assert watch.seen == ["join_request", "member_joined"]
    joined = [p for p in joined_payloads(session_factory) if p["member"]["id"] == "wxid_yangfan_aq"]
    assert joined and joined[0]["approved_by"]["id"] == BOT.id
    assert any("qungui 同意了入群申请" in i.text for i in group.timeline.items)


def test_platform_reports_wait_for_flush_outside_a_submit(session_factory):
    hub, _, _, group = demo(session_factory)

    async def scheduler_kicks() -> None:  # as when the scheduler's sweep removes someone
        await hub.platform.kick(group.ref, ZHANG, "逾期未道歉")
        assert db_member(session_factory, group.ref, ZHANG)[0] == "active", "not submitted from the platform call"
        await hub.flush()

    asyncio.run(scheduler_kicks())
    assert db_member(session_factory, group.ref, ZHANG)[0] == "removed"


def test_a_muted_member_cannot_speak_until_the_time_is_up(session_factory):
    hub, _, clock, group = demo(session_factory)
    asyncio.run(hub.platform.mute(group.ref, LILY, 600))
    assert any("Lily小美 被 qungui 禁言 10分钟" in i.text for i in group.timeline.items)
    with pytest.raises(HubError, match="禁言"):
        asyncio.run(hub.say(group.ref.id, LILY, "大家好"))
    clock.advance(minutes=11)
    asyncio.run(hub.say(group.ref.id, LILY, "大家好"))


def test_rename_join_and_leave_become_events_with_system_lines(session_factory):
    hub, _, _, group = demo(session_factory)
    asyncio.run(hub.rename(group.ref.id, "wxid_liuq_888", "刘总2"))
    assert any(i.type is ItemType.BOT and "实名" in i.text for i in group.timeline.items), "the naming rule reminds"
    newcomer = asyncio.run(hub.join(group.ref.id, "卖茶叶的小王", inviter=OWNER))
    assert any(i.text == "安徽商会会长陈明 邀请 卖茶叶的小王 加入了群聊" for i in group.timeline.items)
    asyncio.run(hub.leave(group.ref.id, newcomer.id))
    assert group.members[newcomer.id].status == "left"
    with session_factory.begin() as session:
        types = {r.type for r in session.scalars(select(EventRecord))}
    assert {"nickname_changed", "member_joined", "member_left"} <= types
    with pytest.raises(HubError, match="群主"):
        asyncio.run(hub.leave(group.ref.id, OWNER))


def test_messages_carry_media_reply_and_mentions(session_factory):
    hub, _, _, group = demo(session_factory)
    first = group.timeline.items[0]
    voice = asyncio.run(hub.say(group.ref.id, "wxid_sunyue_xc", kind=MessageKind.VOICE, voice_s=12, reply_to=first.id))
    assert voice.quote is not None and voice.quote.name == "安徽商会会长陈明" and voice.voice_s == 12
    picture = asyncio.run(
        hub.say(
            group.ref.id, "wxid_sunyue_xc", kind=MessageKind.IMAGE, image=b"\x89PNG\r\n\x1a\nxx", image_mime="image/png"
        )
    )
    assert hub.picture(group.ref.id, picture.id) == ("image/png", b"\x89PNG\r\n\x1a\nxx")
    said = asyncio.run(hub.say(group.ref.id, "wxid_sunyue_xc", "@Lily小美\u2005你好", mentions=[LILY]))
    assert said.mentions == ("Lily小美",)
    for bad, kwargs in (
        ("空白", {"text": "  "}),
        ("语音时长", {"kind": MessageKind.VOICE}),
        ("红包金额", {"kind": MessageKind.RED_ENVELOPE}),
        ("引用的消息", {"text": "hi", "reply_to": "nope"}),
        ("群里没有这个人", {"text": "hi", "mentions": ["nobody"]}),
    ):
        with pytest.raises(HubError, match=bad):
            asyncio.run(hub.say(group.ref.id, "wxid_sunyue_xc", **kwargs))


def test_since_returns_new_and_changed_items_only(session_factory):
    hub, _, _, group = demo(session_factory)
    rev = hub.revisions.current
    assert hub.since(group.ref.id, rev).items == []
    assert hub.since(group.ref.id, rev).members is None
    item = asyncio.run(hub.say(group.ref.id, LILY, AD))
    asyncio.run(hub.say(group.ref.id, LILY, "我的记录", private=True))
    changed = hub.since(group.ref.id, rev, viewer=LILY)
    assert item in changed.items and changed.items[0] is item, "the withdrawn message comes back, first"
    assert [i.type for i in changed.private] == [ItemType.MEMBER, ItemType.BOT], "the viewer's private chat comes along"
    assert hub.since(group.ref.id, rev, viewer=OWNER).private == []
    later = hub.since(group.ref.id, changed.rev)
    assert later.items == [] and later.private == []


def test_the_timeline_keeps_only_the_newest_items(session_factory):
    hub, _, _, group = demo(session_factory, max_items=5)
    assert len(group.timeline.items) == 5
    oldest = group.timeline.items[0]
    asyncio.run(hub.say(group.ref.id, LILY, "大家好"))
    assert len(group.timeline.items) == 5 and oldest not in group.timeline.items
    assert group.timeline.get(oldest.id) is None


def test_the_demo_rulebook_lists_every_member_and_holds_strangers(session_factory):
    book = demo_rulebook()
    roster_ids = {entry.id for entry in book.rulebook.membership.roster}
    assert {m.id for m in demo_members()} < roster_ids
    assert book.rulebook.membership.policy == "whitelist"
    assert load_template("chamber").membership.roster == [], "the shipped template is left alone"
