"""Matrix end to end: a real Synapse, real users on matrix-nio, qungui's connector, runtime and database.

Each test plays a group scenario in a fresh room and then looks at what the homeserver really holds
(redacted events, the bot's messages and their mentions, memberships, power levels) and what qungui
recorded. Deadlines pass on the runtime's frozen clock (advanced, then `runtime.tick`); results are
polled with a bounded timeout, never waited for with fixed sleeps.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import select

from adapters.matrix.harness import Room, create_room, eventually, governed_room
from qungui.adapters.matrix.connector import SYNC_KEY
from qungui.governance.cases.models import Sanction
from qungui.governance.notices.models import NoticeAck
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template, parse_rulebook

pytestmark = pytest.mark.slow

COMMUNITY = compile_rulebook(load_template("community"))
AD = "兼职刷单，日结工资，诚招代理"


def sanctions(room: Room, member: str) -> list[tuple[str, str]]:
    with room.sessions.begin() as session:
        rows = session.execute(
            select(Sanction.kind, Sanction.status).where(Sanction.member_id == member).order_by(Sanction.id)
        )
        return [(str(kind), str(status)) for kind, status in rows]


def mentioning(messages: list[dict], user_id: str, word: str) -> list[dict]:
    return [m for m in messages if user_id in m.get("m.mentions", {}).get("user_ids", []) and word in m["body"]]


def test_an_ad_is_redacted_and_its_sender_warned_with_a_mention(synapse, tmp_path):
    async def play() -> None:
        async with governed_room(synapse, tmp_path, COMMUNITY) as room:
            alice = room.uid("alice")
            ad = await room.say("alice", AD)

            async def redacted():
                event = await room.event(ad)
                return event if "redacted_because" in event.get("unsigned", {}) else None

            event = await eventually(redacted, "the ad to be redacted")
            assert event["content"] == {}, "the ad's text is gone; the stub stays"
            assert event["unsigned"]["redacted_because"]["sender"] == room.uid("qungui")

            async def warned():
                return mentioning(await room.bot_messages(), alice, "劝阻")

            [warning] = await eventually(warned, "a warning that mentions alice")
            assert f'href="https://matrix.to/#/{alice}"' in warning["formatted_body"], "a pill, so alice is notified"
            assert "一.4" in warning["body"] or "三" in warning["body"]
            assert ("delete_message", "done") in sanctions(room, alice)
            hello = await room.say("bob", "大家好，今天天气不错")
            await eventually(lambda: "大家好，今天天气不错" in room.handled_texts(), "bob's message handled")
            assert "redacted_because" not in (await room.event(hello)).get("unsigned", {}), "ordinary chat stays"

    asyncio.run(play())


def test_a_group_invite_qr_code_in_an_image_is_read_and_redacted(synapse, tmp_path):
    """The bot fetches the image from the homeserver, so the QR code in it is judged like text."""
    picture = (Path(__file__).parents[2] / "data" / "qr" / "group_invite.png").read_bytes()

    async def play() -> None:
        async with governed_room(synapse, tmp_path, COMMUNITY) as room:
            uploaded = await room.http.post(
                "/_matrix/media/v3/upload",
                params={"filename": "join.png"},
                content=picture,
                headers={"Authorization": f"Bearer {synapse.tokens['bob']}", "Content-Type": "image/png"},
            )
            assert uploaded.status_code == 200, uploaded.text
            info = {"mimetype": "image/png", "size": len(picture)}
            image = await room.clients["bob"].room_send(
                room.room_id,
                "m.room.message",
                {"msgtype": "m.image", "body": "join.png", "url": uploaded.json()["content_uri"], "info": info},
            )

            async def redacted():
                return "redacted_because" in (await room.event(image.event_id)).get("unsigned", {})

            await eventually(redacted, "the QR-code group invite redacted")
            # the runtime records the deletion as done once the server has answered: the redaction can show first
            await eventually(
                lambda: ("delete_message", "done") in sanctions(room, room.uid("bob")), "the deletion recorded as done"
            )

    asyncio.run(play())


def test_the_warning_apology_ladder_ends_in_a_kick(synapse, tmp_path):
    async def play() -> None:
        async with governed_room(synapse, tmp_path, COMMUNITY) as room:
            bob = room.uid("bob")
            await room.say("bob", "你就是个废物")
            await eventually(lambda: done_sanction(room, bob, "口头警告"), "a verbal warning to bob")
            await room.say("bob", "脑残")

            async def apology_demanded():
                return mentioning(await room.bot_messages(), bob, "道歉")

            await eventually(apology_demanded, "a demand that bob apologise")
            assert await room.membership("bob") == "join", "the deadline has not passed"
            room.clock.advance(timedelta(minutes=11))
            await room.runtime.tick()

            async def kicked():
                return await room.membership("bob") == "leave"

            await eventually(kicked, "bob to be removed after the apology deadline")
            state = (await room.api("qungui", "GET", f"/rooms/{room.room_id}/state/m.room.member/{bob}")).json()
            assert state["membership"] == "leave"
            assert [kind for kind, _ in sanctions(room, bob)] == ["warn", "require_apology", "remove"]
            assert all(status == "done" for _, status in sanctions(room, bob))

    asyncio.run(play())


def done_sanction(room: Room, user_id: str, word: str) -> bool:
    """Whether qungui recorded a done sanction for `user_id` whose text contains `word` (no HTTP)."""
    with room.sessions.begin() as session:
        texts = session.scalars(
            select(Sanction.text).where(Sanction.member_id == user_id, Sanction.status == "done")
        ).all()
    return any(word in (text or "") for text in texts)


def test_a_notice_collects_acknowledgements_by_reply_and_reaction(synapse, tmp_path):
    book = compile_rulebook(load_template("department"))

    async def play() -> None:
        async with governed_room(synapse, tmp_path, book, members=("boss", "alice", "bob", "carol")) as room:
            for name in ("alice", "bob", "carol"):
                await room.say(name, "大家好")
            await room.say("boss", "通知 @所有人 明天上午9点开安全例会")

            async def announced():
                return [m for m in await room.bot_messages() if "【通知 N1】" in m["body"]]

            [announcement] = await eventually(announced, "the notice N1 announced by the bot")
            notice_id = announcement["event_id"]
            reply = {  # as Element sends a reply: the replied-to sender is mentioned too
                "m.relates_to": {"m.in_reply_to": {"event_id": notice_id}},
                "m.mentions": {"user_ids": [room.uid("qungui")]},
            }
            await room.say("alice", "收到", **reply)
            await room.react("bob", notice_id, "👍")

            def acks() -> dict[str, str]:
                with room.sessions.begin() as session:
                    return {row.member_id: row.via for row in session.scalars(select(NoticeAck))}

            async def both():
                found = acks()
                return found if len(found) == 2 else None

            found = await eventually(both, "acknowledgements from alice (reply) and bob (reaction)")
            assert found == {room.uid("alice"): "reply", room.uid("bob"): "reaction"}
            assert room.uid("carol") not in found, "carol has not acknowledged"

    asyncio.run(play())


def test_a_knock_is_held_for_the_admins_and_approved_by_invite(synapse, tmp_path):
    book = compile_rulebook(load_template("chamber"))

    async def play() -> None:
        async with governed_room(synapse, tmp_path, book, members=("boss", "alice")) as room:
            response = await room.api("dave", "POST", f"/knock/{room.room_id}", json={"reason": "我是做建材的，想入会"})
            assert response.status_code == 200, response.text
            cursors = room.connector.cursors

            async def told_privately():
                return cursors.get(room.connector.connection, f"dm:{room.uid('boss')}")

            dm = await eventually(told_privately, "a direct chat from the bot to the owner")
            assert (await room.api("boss", "POST", f"/join/{dm}", json={})).status_code == 200
            messages = (await room.api("boss", "GET", f"/rooms/{dm}/messages", params={"dir": "b"})).json()["chunk"]
            texts = [e["content"].get("body", "") for e in messages if e["type"] == "m.room.message"]
            held = [t for t in texts if "通过 R" in t]
            assert held, texts
            number = held[0].split("通过 R")[1].split("”")[0]
            assert await room.membership("dave") == "knock", "held, not let in"
            await room.say("boss", f"通过 R{number}")

            async def invited():
                return await room.membership("dave") == "invite"

            await eventually(invited, "the knock approved by an invite")
            joined = await room.api("dave", "POST", f"/join/{room.room_id}", json={})
            assert joined.status_code == 200 and await room.membership("dave") == "join"

            # the owner writes to the bot in that direct chat: a private message about the group
            sent = await room.api(
                "boss", "PUT", f"/rooms/{dm}/send/m.room.message/dm-1", json={"msgtype": "m.text", "body": "你好"}
            )
            assert sent.status_code == 200, sent.text

            async def answered():
                chunk = (await room.api("boss", "GET", f"/rooms/{dm}/messages", params={"dir": "b"})).json()["chunk"]
                return [
                    e for e in chunk if e["sender"] == room.uid("qungui") and "群规助手" in e["content"].get("body", "")
                ]

            await eventually(answered, "the bot's private answer in the direct chat")

    asyncio.run(play())


MUTE_BOOK = """
name: mute-test
title: 禁言测试
group_kind: custom
ladders:
  mute_once:
    title: 禁言十分钟
    steps:
      - action: mute
        mute_for: 10m
clauses:
  - id: 一
    text: 不得辱骂他人
    title: 不得辱骂他人
    category: abuse
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [废物]}}]
    ladder: mute_once
"""


def test_a_mute_is_a_power_level_of_minus_one_and_is_restored_on_time(synapse, tmp_path):
    book = compile_rulebook(parse_rulebook(MUTE_BOOK))

    async def play() -> None:
        async with governed_room(synapse, tmp_path, book, members=("boss", "erin")) as room:
            await room.say("erin", "你就是个废物")

            async def muted():
                return await room.power_level("erin") == -1

            await eventually(muted, "erin muted by power level -1")
            refused = await room.clients["erin"].room_send(
                room.room_id, "m.room.message", {"msgtype": "m.text", "body": "我还能说话吗"}
            )
            assert getattr(refused, "status_code", None) == "M_FORBIDDEN", refused
            assert room.connector.platform.next_restore() is not None
            room.clock.advance(timedelta(minutes=9))
            await room.connector.platform.restore_due()
            assert await room.power_level("erin") == -1, "not before the ten minutes are up"
            room.clock.advance(timedelta(minutes=2))
            await room.say("boss", "时间到了")  # any activity wakes the sync loop, which restores what is due

            async def restored():
                return await room.power_level("erin") is None

            await eventually(restored, "erin's power level restored after the mute")
            assert room.connector.platform.next_restore() is None
            await room.say("erin", "谢谢，我会注意言辞")

    asyncio.run(play())


def test_a_restart_resumes_from_the_stored_token_and_replays_without_repeating(synapse, tmp_path):
    """Events sent while qungui is down are handled after it starts again; a replayed batch changes nothing."""

    async def play() -> None:
        async with governed_room(synapse, tmp_path, COMMUNITY, members=("boss", "alice", "carol")) as room:
            await room.say("alice", "大家好")
            await eventually(lambda: "大家好" in room.handled_texts(), "the greeting handled")
            connection = room.connector.connection
            before = room.cursors.get(connection, SYNC_KEY)
            await room.stop_connector()
            ad = await room.say("carol", AD)  # posted while nobody reads the room
            await room.say("alice", "刚才有人发广告吗")
            assert AD not in room.handled_texts()
            await room.start_connector()

            async def redacted():
                return "redacted_because" in (await room.event(ad)).get("unsigned", {})

            await eventually(redacted, "the ad posted during the downtime redacted after the restart")
            await eventually(lambda: "刚才有人发广告吗" in room.handled_texts(), "the later message handled too")
            warnings = mentioning(await room.bot_messages(), room.uid("carol"), "劝阻")
            assert len(warnings) == 1
            await room.stop_connector()
            room.cursors.set(connection, SYNC_KEY, before)  # as if the token had not been stored: a replay
            await room.start_connector()
            await room.say("boss", "重放检查")
            await eventually(lambda: "重放检查" in room.handled_texts(), "the replayed batch read again")
            assert room.handled_texts().count(AD) == 1, "each event stored once"
            assert len(mentioning(await room.bot_messages(), room.uid("carol"), "劝阻")) == 1, "no second warning"
            assert [kind for kind, _ in sanctions(room, room.uid("carol"))].count("dissuade") == 1

    asyncio.run(play())


def test_qungui_serve_platform_matrix_governs_the_configured_room(synapse, tmp_path):
    """The command a group owner runs: `qungui serve --platform matrix --config FILE` against the homeserver."""
    room_id = asyncio.run(create_room(synapse, ("boss", "alice")))
    config = tmp_path / "qungui-matrix.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "platform": "matrix",
                "matrix": {
                    "homeserver": synapse.url,
                    "user_id": synapse.user_id("qungui"),
                    "access_token": synapse.tokens["qungui"],
                    "sync_timeout_s": 5,
                },
                "groups": [
                    {"id": room_id, "name": "商会测试群", "rulebook": "community", "owner": synapse.user_id("boss")}
                ],
            },
            allow_unicode=True,
        )
    )
    qungui = Path(sys.executable).with_name("qungui")
    env = {**os.environ, "QUNGUI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
    process = subprocess.Popen(
        [str(qungui), "serve", "--platform", "matrix", "--config", str(config), "--port", "0"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "已就绪" in line:
                break
        assert any("已就绪" in line and "商会测试群" in line for line in lines), "".join(lines)

        async def post_ad() -> None:
            async with httpx.AsyncClient(base_url=synapse.url, timeout=30) as http:
                headers = {"Authorization": f"Bearer {synapse.tokens['alice']}"}
                sent = await http.put(
                    f"/_matrix/client/v3/rooms/{room_id}/send/m.room.message/serve-ad",
                    json={"msgtype": "m.text", "body": AD},
                    headers=headers,
                )
                event_id = sent.json()["event_id"]

                async def redacted():
                    event = await http.get(f"/_matrix/client/v3/rooms/{room_id}/event/{event_id}", headers=headers)
                    return "redacted_because" in event.json().get("unsigned", {})

                await eventually(redacted, "the ad redacted by the served bot", timeout_s=30)

        asyncio.run(post_ad())
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
