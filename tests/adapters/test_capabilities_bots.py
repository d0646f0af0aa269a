"""The real OneBot, Telegram and WeCom ChatPlatforms, each against its fake server, through the live ladder.

`test_capabilities.py` checks each declaration on the in-memory platform; here the runtime drives
the adapters themselves over HTTP to the fake servers: an ad (withdraw + dissuade), then warning →
apology (the deadline passes) → mute → removal. Every sanction must end recorded — `done` where the
platform did it (and the fake server shows it), `unsupported` with the reason where it cannot — and
on WeCom customer groups, where the bot can neither speak, withdraw, mute nor remove, every step
becomes an alert to the group's staff through the app: detect, then alert.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from adapters.ladder_book import platform_ladder_book
from adapters.onebot.fake_server import FakeOneBot
from adapters.telegram.fake_server import CHAT_ID, TOKEN, FakeTelegram
from adapters.wecom.fake_server import AES_KEY, AGENT_ID, CORP_ID, SECRET, FakeWeCom
from adapters.wecom.fake_server import TOKEN as WECOM_TOKEN
from qungui.adapters.onebot.actions import HttpActionCaller
from qungui.adapters.onebot.platform import OneBotPlatform
from qungui.adapters.telegram.connector import TelegramConnector, TelegramSettings
from qungui.adapters.wecom.connector import WeComConnector, WeComSettings
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.cases.models import Sanction
from qungui.runtime.service import Runtime
from support import START

BOOK = platform_ladder_book()


class Setup:
    """One platform's fake server, its real ChatPlatform, and the member ids it uses."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.clock = FrozenClock(START)
        if name == "onebot":
            self.fake = FakeOneBot()
            self.group = GroupRef(platform="onebot", id="123456789")
            self.owner, self.admin, self.member = "20003", "20002", "20001"
            client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.fake.http_api()))
            self.platform = OneBotPlatform(HttpActionCaller("http://onebot.local", client=client))
        elif name == "telegram":
            self.fake = FakeTelegram()
            self.group = GroupRef(platform="telegram", id=str(CHAT_ID))
            self.owner, self.admin, self.member = "7003", "7002", "7001"
            settings = TelegramSettings.model_validate({"token": TOKEN, "groups": [CHAT_ID]})
            self.platform = TelegramConnector(settings, self.clock, http=self.fake.client()).platform
        else:
            self.fake = FakeWeCom()
            chat = "eng-chat" if name == "wecom-appchat" else "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
            self.group = GroupRef(platform="wecom", id=chat)
            self.owner, self.admin, self.member = "lisi", "wangwu", "zhangsan"
            mode = "appchat" if name == "wecom-appchat" else "customer_group"
            options = {
                "corp_id": CORP_ID,
                "secret": SECRET,
                "agent_id": AGENT_ID,
                "token": WECOM_TOKEN,
                "encoding_aes_key": AES_KEY,
                "mode": mode,
                "groups": [{"id": chat}],
            }
            connector = WeComConnector(WeComSettings.model_validate(options), self.clock, http=self.fake.client())
            self.platform = connector.platform
            self.api = connector.api
        self.ids = iter(range(101, 200))

    async def prepare(self) -> None:
        if self.name == "wecom-appchat":
            await self.api.create_chat(
                chat_id="eng-chat", name="工程部", owner=self.owner, members=[self.owner, self.admin, self.member]
            )

    def message(self, sender: str, text: str) -> MessageEvent:
        message_id = next(self.ids)
        if self.name == "telegram":
            self.fake.messages.add(message_id)
        return MessageEvent(
            id=str(message_id),
            group=self.group,
            ts=self.clock.now(),
            sender=MemberRef(platform=self.group.platform, id=sender),
            text=text,
        )


async def play(setup: Setup, runtime: Runtime) -> str:
    """The ladder's story; returns the ad's message id."""
    await setup.prepare()

    async def say(sender: str, text: str) -> str:
        event = setup.message(sender, text)
        await runtime.submit(event)
        setup.clock.advance(minutes=1)
        return event.id

    await say(setup.owner, "大家好")
    ad = await say(setup.member, "兼职刷单，日结")
    await say(setup.member, "你是废物")  # warn
    await say(setup.member, "脑残")  # warn, apologise within 10 minutes
    setup.clock.advance(timedelta(minutes=15))
    await runtime.tick()  # no apology: mute
    await say(setup.member, "白痴")  # removal
    return ad


def records(session_factory, member: str) -> dict[str, tuple[str, str | None]]:
    with session_factory.begin() as session:
        rows = session.execute(
            select(Sanction.kind, Sanction.status, Sanction.last_error)
            .where(Sanction.member_id == member)
            .order_by(Sanction.id)
        ).all()
    return {str(kind): (str(status), error) for kind, status, error in rows}


@pytest.mark.parametrize("name", ["onebot", "telegram", "wecom-appchat", "wecom-customer-group"])
def test_the_ladder_ends_on_each_real_adapter_and_records_what_was_skipped(session_factory, name):
    setup = Setup(name)
    runtime = Runtime(sessions=session_factory, platform=setup.platform, clock=setup.clock)
    runtime.add_group(setup.group, BOOK, owner=setup.owner, admins=[setup.admin])
    ad = asyncio.run(play(setup, runtime))
    kept = records(session_factory, setup.member)
    assert list(kept) == ["delete_message", "dissuade", "warn", "require_apology", "mute", "remove"], kept
    fake, member = setup.fake, setup.member

    if name == "onebot":
        assert all(status == ("done", None) for status in kept.values()), kept
        assert fake.deleted == [int(ad)]
        assert fake.bans == {int(member): 3600}
        assert fake.kicked == [(int(member), False)]
        warned = [m["message"] for m in fake.sent if {"type": "at", "data": {"qq": member}} in m["message"]]
        assert len(warned) >= 5, "every spoken step @-mentions the member"
    elif name == "telegram":
        assert all(status == ("done", None) for status in kept.values()), kept
        assert fake.deleted == [int(ad)]
        assert fake.restricted[int(member)]["permissions"]["can_send_messages"] is False
        assert int(member) not in fake.members and int(member) not in fake.banned, "kicked, free to rejoin later"
        mentioned = [m for m in fake.sent if m["entities"] and m["entities"][0]["user"]["id"] == int(member)]
        assert len(mentioned) >= 5
    elif name == "wecom-appchat":
        assert kept["delete_message"] == ("unsupported", "平台不支持撤回消息，已请管理员手动撤回")
        assert kept["mute"][0] == "unsupported" and "不支持禁言" in kept["mute"][1]
        assert kept["remove"] == ("done", None)
        assert member not in fake.chats["eng-chat"]["members"], "removed with appchat/update del_user_list"
        alerts = [m["text"]["content"] for m in fake.app_messages]
        assert any("请手动撤回" in text and "兼职刷单" in text for text in alerts)
        assert any("被请出" in m["text"]["content"] for m in fake.chat_messages), "the group is told"
    else:  # a customer group: detect, then alert staff
        assert kept["dissuade"] == ("unsupported", "平台不允许机器人在群内发言，已转告管理员")
        assert kept["warn"][0] == kept["require_apology"][0] == "unsupported"
        assert kept["delete_message"][0] == "unsupported" and "不支持撤回" in kept["delete_message"][1]
        assert kept["mute"][0] == "unsupported" and "不支持禁言" in kept["mute"][1]
        assert kept["remove"] == ("unsupported", "平台不支持移出成员，已请管理员手动移出")
        told = {(m["touser"], m["text"]["content"]) for m in fake.app_messages}
        assert {who for who, _ in told} == {setup.owner, setup.admin}
        assert any(f"请将 {member} 移出本群" in text for _, text in told)
        assert any("请手动撤回" in text for _, text in told)
        assert not fake.chat_messages and not fake.chats, "nothing was said or changed in the group itself"
