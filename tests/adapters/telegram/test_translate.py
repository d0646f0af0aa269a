"""Telegram updates (written from the Bot API documentation) become the right core events."""

from __future__ import annotations

import pytest

from adapters.telegram.fake_server import MALFORMED, UPDATES
from qungui.adapters.telegram.translate import Directory, MalformedUpdate, mention_entities, to_event
from qungui.core.events import GroupRef, LeaveReason, MessageKind

GROUP = GroupRef(platform="telegram", id="-1001234567890", name="安徽商会会员交流群")
GROUPS = {GROUP.id: GROUP}


def translate(name: str, directory: Directory | None = None, **kwargs):
    return to_event(UPDATES[name], GROUPS, directory or Directory(), **kwargs)


def test_mentions_by_username_and_by_text_mention_and_the_reply_are_read():
    directory = Directory()
    directory.learn({"id": 7002, "first_name": "Lily", "username": "lily_hf"})
    event = translate("text_with_mentions", directory).event
    assert event.id == "71" and event.sender.id == "7001" and event.sender.name == "王 强"
    assert event.mentions == ("7002", "7003")
    assert event.reply_to == "70" and event.quote_text == "会议时间？"
    assert event.ts.isoformat() == "2025-11-25T10:00:00+08:00"


def test_an_unknown_username_is_not_guessed():
    assert translate("text_with_mentions").event.mentions == ("7003",)


def test_a_photo_caption_and_its_hidden_link_reach_the_detectors():
    event = translate("photo_with_hidden_link").event
    assert event.kind is MessageKind.IMAGE and event.attachments[0].size == 64000
    assert event.text == "点这里领福利 https://bit.ly/abc"


def test_an_edit_is_a_new_event_judged_again():
    event = translate("edited").event
    assert event.id == "71-edit-1764036180" and event.text == "明天十点开会"


def test_private_messages_go_to_the_single_governed_group():
    assert translate("private", private_group=GROUP).event.private
    assert translate("private").event is None


def test_chat_member_updates_say_who_joined_left_or_removed():
    by_link = translate("member_joined_by_link").event
    assert by_link.type == "member_joined" and by_link.inviter is None
    added = translate("member_added_by_admin").event
    assert added.member.id == "7011" and added.inviter.id == "7003"
    kicked = translate("member_kicked").event
    assert kicked.reason is LeaveReason.REMOVED and kicked.by.id == "7003"
    left = translate("member_left").event
    assert left.reason is LeaveReason.VOLUNTARY and left.by is None
    assert translate("member_restricted").event is None, "a restriction is neither a join nor a leave"
    assert translate("service_join_message").event is None, "the join comes once, as chat_member"


def test_join_requests_and_reactions():
    request = translate("join_request").event
    assert request.member.id == "7012" and request.comment == "合肥某贸易公司 销售经理"
    reaction = translate("reaction").event
    assert (reaction.member.id, reaction.target, reaction.emoji) == ("7002", "70", "👍")


def test_other_chats_are_ignored():
    assert translate("other_chat").event is None


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_updates_raise_a_clear_error(name):
    with pytest.raises(MalformedUpdate) as raised:
        to_event(MALFORMED[name], GROUPS, Directory())
    assert str(raised.value)


def test_mention_entities_count_utf16_units():
    text, entities = mention_entities("请遵守群规", ["7001", "7002"], {"7001": "😀王强"})
    assert text == "😀王强 成员 请遵守群规"
    assert [(e["offset"], e["length"], e["user"]["id"]) for e in entities] == [(0, 4, 7001), (5, 2, 7002)]


def test_a_group_that_became_a_supergroup_is_reported_for_the_config():
    update = {
        "update_id": 9,
        "message": {
            "message_id": 3,
            "date": 1764036000,
            "from": {"id": 7003, "is_bot": False, "first_name": "小张"},
            "chat": {"id": -1001234567890, "type": "group", "title": "安徽商会会员交流群"},
            "migrate_to_chat_id": -1009999999999,
        },
    }
    result = to_event(update, GROUPS, Directory())
    assert result.event is None and result.warning and "-1009999999999" in result.reason


def test_long_messages_are_cut_to_telegrams_4096_characters():
    from qungui.adapters.telegram.platform import clip
    from qungui.adapters.telegram.translate import utf16_len

    long = "😀" * 3000  # 6000 UTF-16 units
    cut = clip(long)
    assert utf16_len(cut) <= 4096 and cut.endswith("…") and "\ufffd" not in cut
    assert clip("短") == "短"
