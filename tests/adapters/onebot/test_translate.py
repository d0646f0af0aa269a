"""OneBot v11 payloads (recorded from the spec's examples) become the right core events."""

from __future__ import annotations

import pytest

from adapters.onebot.fake_server import MALFORMED, PAYLOADS
from qungui.adapters.onebot.translate import (
    MalformedPayload,
    PendingRequest,
    parse_cq,
    render_message,
    to_event,
)
from qungui.core.events import GroupRef, LeaveReason, MessageKind

GROUP = GroupRef(platform="onebot", id="123456789", name="安徽商会会员交流群")
GROUPS = {"123456789": GROUP}


def translate(name: str, **kwargs):
    return to_event(PAYLOADS[name], GROUPS, **kwargs)


def test_a_segment_message_keeps_reply_mentions_sender_card_and_time():
    event = translate("group_message_segments").event
    assert event.id == "2001" and event.group == GROUP
    assert event.sender.id == "20001" and event.sender.name == "安徽建工-工程部-王强"
    assert event.reply_to == "1999" and event.mentions == ("20002",)
    assert event.text == "@20002 你好，明天九点开会"
    assert event.ts.isoformat() == "2025-11-25T10:00:00+08:00"
    assert event.key == "onebot:123456789:message:2001"


def test_a_cq_string_message_is_unescaped_and_reads_mention_all_and_images():
    event = translate("group_message_cq_string").event
    assert event.mentions_all and event.mentions == ()
    assert event.text == "@全体成员 通知[重要]：周五聚餐 & 年会"
    assert event.kind is MessageKind.IMAGE
    assert event.attachments[0].url == "https://gchat.qpic.cn/x,y.jpg"
    assert event.sender.name == "李会长", "an empty card falls back to the nickname"


def test_cq_codes_split_into_segments():
    assert parse_cq("a[CQ:at,qq=1]b&amp;") == [
        {"type": "text", "data": {"text": "a"}},
        {"type": "at", "data": {"qq": "1"}},
        {"type": "text", "data": {"text": "b&"}},
    ]


def test_a_private_message_belongs_to_the_single_governed_group_or_is_ignored():
    event = translate("private_message", private_group=GROUP).event
    assert event.private and event.group == GROUP and event.text == "我的记录"
    assert translate("private_message").event is None


def test_joins_and_leaves_say_who_invited_and_who_removed():
    joined = translate("group_increase_invite").event
    assert joined.member.id == "20010" and joined.inviter.id == "20003" and joined.approved_by is None
    kicked = translate("group_decrease_kick").event
    assert kicked.reason is LeaveReason.REMOVED and kicked.by.id == "20003"
    left = translate("group_decrease_leave").event
    assert left.reason is LeaveReason.VOLUNTARY and left.by is None


def test_join_requests_keep_their_flag_for_the_decision():
    result = translate("request_group_add")
    assert result.event.member.id == "20011" and "合肥某贸易公司" in result.event.comment
    assert result.request == PendingRequest("123456789", "20011", "1764036540123456", "add")
    assert result.event.id == "req-1764036540123456"


@pytest.mark.parametrize("name", ["heartbeat", "group_ban", "group_recall", "other_group_message"])
def test_what_qungui_does_not_govern_is_ignored_with_a_reason(name):
    result = translate(name)
    assert result.event is None and result.reason


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_payloads_raise_a_clear_error(name):
    with pytest.raises(MalformedPayload) as raised:
        to_event(MALFORMED[name], GROUPS)
    assert str(raised.value)


def test_a_bot_message_puts_the_reply_first_and_mentions_as_at_segments():
    assert render_message("请注意言行", ["20001"], reply_to="2001") == [
        {"type": "reply", "data": {"id": "2001"}},
        {"type": "at", "data": {"qq": "20001"}},
        {"type": "text", "data": {"text": " "}},
        {"type": "text", "data": {"text": "请注意言行"}},
    ]
