"""Matrix JSON → core events, on payloads recorded from a real Synapse (see payloads/)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qungui.adapters.matrix.translate import MalformedEvent, message_content, translate_event
from qungui.core.events import (
    GroupRef,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Reaction,
)

PAYLOADS = Path(__file__).parent / "payloads"
SYNC = json.loads((PAYLOADS / "sync_timeline.json").read_text())
AD = json.loads((PAYLOADS / "ad_message.json").read_text())
ROOM = SYNC["room_id"]
GROUP = GroupRef(platform="matrix", id=ROOM)
BOT = "@bot:localhost"
NAMES = {"@alice:localhost": "张三 销售部", "@bob:localhost": "bob"}


def translated() -> list:
    return [translate_event(e, group=GROUP, bot_id=BOT, names=NAMES) for e in SYNC["timeline"]["events"]]


def test_an_ad_message_becomes_a_message_event():
    event = translate_event(AD, group=GROUP, bot_id=BOT, names=NAMES)
    assert isinstance(event, MessageEvent)
    assert event.id == AD["event_id"] and event.text == "加我薇信 abc123 领福利"
    assert event.sender.id == "@alice:localhost" and event.sender.name == "张三 销售部"
    assert event.ts == datetime.fromtimestamp(AD["origin_server_ts"] / 1000, UTC)
    assert event.key == f"matrix:{ROOM}:message:{AD['event_id']}"


def test_the_recorded_timeline_in_order():
    kinds = [type(e).__name__ if e is not None else None for e in translated()]
    assert kinds == [
        None,  # the bot invites alice
        "MemberJoined",  # alice joins
        "NicknameChanged",  # alice → 张三 销售部
        None,  # the ad, already redacted when the bot synced: nothing left to judge
        "JoinRequest",  # bob knocks
        None,  # the bot approves by inviting
        "MemberJoined",  # bob joins
        "MessageEvent",  # bob replies 收到 with a mention
        "Reaction",  # bob 👍
        "MessageEvent",  # image
        "MessageEvent",  # file
        None,  # the redaction
        "JoinRequest",  # carol knocks
        None,  # her knock is refused: she was never in the group
        "MemberLeft",  # bob leaves
        "MemberLeft",  # alice is kicked
        None,  # carol banned without ever joining
        None,  # the bot's own message
    ]


def test_membership_details():
    events = translated()
    joined, nick, knock, bob_joined = events[1], events[2], events[4], events[6]
    assert isinstance(joined, MemberJoined) and joined.member.id == "@alice:localhost"
    assert joined.inviter is None and joined.approved_by is not None and joined.approved_by.id == BOT, (
        "the bot's own invitation is an approval, never an invitation the rules could blame the bot for"
    )
    by_member = json.loads(json.dumps(SYNC["timeline"]["events"][1]))
    by_member["unsigned"]["prev_sender"] = "@boss:localhost"
    invited = translate_event(by_member, group=GROUP, bot_id=BOT, names={"@boss:localhost": "老陈"})
    assert isinstance(invited, MemberJoined) and invited.inviter.id == "@boss:localhost"
    assert invited.inviter.name == "老陈" and invited.approved_by is None
    assert isinstance(nick, NicknameChanged) and (nick.old, nick.new) == ("alice", "张三 销售部")
    assert isinstance(knock, JoinRequest) and knock.comment == "我是张总介绍的" and knock.member.id == "@bob:localhost"
    assert isinstance(bob_joined, MemberJoined) and bob_joined.member.id == "@bob:localhost"
    left, kicked = events[14], events[15]
    assert isinstance(left, MemberLeft) and left.reason is LeaveReason.VOLUNTARY and left.by is None
    assert isinstance(kicked, MemberLeft) and kicked.reason is LeaveReason.REMOVED and kicked.by.id == BOT


def test_reply_mentions_reaction_and_media():
    events = translated()
    reply, reaction, image, file = events[7], events[8], events[9], events[10]
    assert isinstance(reply, MessageEvent)
    assert reply.text == "收到 @张三 销售部", "the quoted fallback lines are not part of the reply"
    assert reply.reply_to == SYNC["timeline"]["events"][3]["event_id"]
    assert reply.quote_text == "加我薇信 abc123 领福利"
    assert reply.mentions == ("@alice:localhost",)
    assert isinstance(reaction, Reaction) and reaction.emoji == "👍" and reaction.target == reply.reply_to
    assert isinstance(image, MessageEvent) and image.kind is MessageKind.IMAGE
    assert image.attachments[0].mime == "image/png" and image.attachments[0].size == 1234
    assert image.attachments[0].url and image.attachments[0].url.startswith("mxc://")
    assert isinstance(file, MessageEvent) and file.kind is MessageKind.FILE and file.text == "报价单.xlsx"


def test_private_messages_are_marked_and_memberships_there_ignored():
    event = translate_event(AD, group=GROUP, bot_id=BOT, private=True)
    assert isinstance(event, MessageEvent) and event.private
    join = SYNC["timeline"]["events"][1]
    assert translate_event(join, group=GROUP, bot_id=BOT, private=True) is None


def test_room_mention():
    event = dict(AD, content={"msgtype": "m.text", "body": "大家注意", "m.mentions": {"room": True}})
    translated_event = translate_event(event, group=GROUP, bot_id=BOT)
    assert isinstance(translated_event, MessageEvent) and translated_event.mentions_all


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"event_id": None}, "event_id"),
        ({"sender": 5}, "sender"),
        ({"content": "text"}, "content"),
        ({"content": {"body": "hi"}}, "msgtype"),
        ({"content": {"msgtype": "m.text", "body": ["x"]}}, "body is not a string"),
        ({"origin_server_ts": "yesterday"}, "origin_server_ts"),
        ({"type": "m.room.member", "content": {"membership": "join"}}, "state_key"),
        ({"type": "m.reaction", "content": {"m.relates_to": {"event_id": "$x"}}}, "key"),
        (
            {"sender": "@alice:localhost", "content": {"msgtype": "m.text", "body": "x" * 10}, "event_id": "x" * 300},
            "id",
        ),
    ],
)
def test_malformed_events_are_refused_with_the_problem_named(change, problem):
    event = {**AD, **change}
    with pytest.raises(MalformedEvent, match=problem):
        translate_event(event, group=GROUP, bot_id=BOT)


def test_not_an_object_is_refused():
    with pytest.raises(MalformedEvent, match="not an object"):
        translate_event(["event"], group=GROUP, bot_id=BOT)  # type: ignore[arg-type]


def test_outgoing_mentions_become_pills_and_replies_relations():
    content = message_content(
        "@张三 销售部 口头警告：您违反了群规", mentions=["@alice:localhost"], names=NAMES, reply_to="$abc"
    )
    assert content["m.mentions"] == {"user_ids": ["@alice:localhost"]}
    assert content["formatted_body"].startswith('<a href="https://matrix.to/#/@alice:localhost">@张三 销售部</a>')
    assert content["body"] == "@张三 销售部 口头警告：您违反了群规"
    assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": "$abc"}}
    unnamed = message_content("请注意<群规>", mentions=["@bob:localhost"], names={})
    assert unnamed["body"] == "@bob:localhost 请注意<群规>"
    assert unnamed["formatted_body"].endswith("请注意&lt;群规&gt;")
    by_id = message_content("@@carol:localhost 口头警告", mentions=["@carol:localhost"], names={})
    assert by_id["body"] == "@carol:localhost 口头警告", "a member known only by id is not written @@id"
    assert by_id["formatted_body"].startswith('<a href="https://matrix.to/#/@carol:localhost">@carol:localhost</a> ')
    plain = message_content("大家好")
    assert plain == {"msgtype": "m.text", "body": "大家好", "m.mentions": {}}


def test_an_edit_is_judged_by_its_new_text():
    edit = dict(
        AD,
        event_id="$edit",
        content={
            "msgtype": "m.text",
            "body": "* 加我薇信领福利",
            "m.new_content": {"msgtype": "m.text", "body": "加我薇信领福利"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": AD["event_id"]},
        },
    )
    event = translate_event(edit, group=GROUP, bot_id=BOT)
    assert isinstance(event, MessageEvent) and event.id == "$edit" and event.text == "加我薇信领福利"
    assert event.reply_to is None
    broken = dict(edit, content={"msgtype": "m.text", "body": "* x", "m.relates_to": {"rel_type": "m.replace"}})
    with pytest.raises(MalformedEvent, match=r"m\.new_content"):
        translate_event(broken, group=GROUP, bot_id=BOT)
