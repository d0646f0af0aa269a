"""The live runtime on OneBot over a real reverse WebSocket; join-request flags that survive a restart."""

from __future__ import annotations

import asyncio
import copy

import httpx
import pytest
from sqlalchemy import select
from starlette.applications import Starlette

from adapters.onebot.fake_server import PAYLOADS, FakeOneBot, running
from qungui.adapters.base import Backoff, MemoryCursors
from qungui.adapters.onebot.actions import HttpActionCaller
from qungui.adapters.onebot.connector import OneBotConnector, OneBotSettings
from qungui.adapters.onebot.platform import OneBotPlatform
from qungui.adapters.onebot.translate import PendingRequest
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef
from qungui.core.platform import PlatformError
from qungui.governance.cases.models import Sanction
from qungui.governance.events.models import EventRecord
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook
from qungui.runtime.service import Runtime
from support import START

TOKEN = "s3cret-token"
BOOK = compile_rulebook(
    parse_rulebook(
        """
name: onebot-live
title: QQ 群规
group_kind: custom
ladders:
  ads:
    title: 劝阻
    steps: [{action: dissuade}]
clauses:
  - id: 三
    text: 不得发广告
    title: 不得发广告
    category: ad
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [兼职刷单]}}]
    ladder: ads
"""
    )
)


def test_an_ad_over_the_reverse_websocket_is_withdrawn_and_answered_over_the_same_socket(session_factory):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        settings = OneBotSettings.model_validate({"groups": ["123456789"], "access_token": TOKEN, "self_id": "10001"})
        link = OneBotConnector(settings, FrozenClock(START), backoff=Backoff(sleep=lambda _s: asyncio.sleep(0)))
        runtime = Runtime(sessions=session_factory, platform=link.platform, clock=link.clock, bot=link.bot)
        runtime.add_group(link.groups()[0], BOOK, owner="20003")
        stop = asyncio.Event()
        runner = asyncio.ensure_future(link.run(runtime.submit, stop))
        async with (
            running(Starlette(routes=link.routes())) as base,
            fake.reverse_client(base.replace("http", "ws") + "/onebot/v11/ws", token=TOKEN),
        ):
            await fake.push(PAYLOADS["group_message_ad"])
            await fake.push(PAYLOADS["group_message_ad"])  # the implementation resends it after a hiccup
            await fake.push(PAYLOADS["group_message_segments"])
            async with asyncio.timeout(10):
                while len(fake.sent) < 1 or link._queue.qsize():
                    await asyncio.sleep(0.02)
            await link.drained()
        stop.set()
        await runner
        return fake

    fake = asyncio.run(scenario())
    assert fake.deleted == [2003], "withdrawn once although delivered twice"
    assert len(fake.sent) == 1
    assert fake.sent[0]["message"][0] == {"type": "at", "data": {"qq": "20009"}}
    assert "劝阻" in fake.sent[0]["message"][-1]["data"]["text"]
    with session_factory.begin() as session:
        assert set(session.scalars(select(Sanction.status))) == {"done"}
        keys = set(session.scalars(select(EventRecord.key)))
    assert {"onebot:123456789:message:2003", "onebot:123456789:message:2001"} <= keys


def test_a_join_request_flag_survives_a_restart_through_the_cursor_store():
    cursors = MemoryCursors()
    fake = FakeOneBot()
    request = fake.expect_request(copy.deepcopy(PAYLOADS["request_group_add"]))
    group = GroupRef(platform="onebot", id="123456789")

    def platform() -> OneBotPlatform:
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.http_api()))
        return OneBotPlatform(HttpActionCaller("http://onebot.local", client=client), cursors=cursors)

    before = platform()
    before.remember(PendingRequest("123456789", "20011", request["flag"], "add"))
    after = platform()  # a new process: nothing in memory
    asyncio.run(after.decide_join(group, "20011", False, "请先提交公司名称"))
    assert fake.decided == [(request["flag"], False)]
    assert fake.actions[-1][1]["reason"] == "请先提交公司名称"
    with pytest.raises(PlatformError) as again:
        asyncio.run(platform().decide_join(group, "20011", True, ""))
    assert not again.value.retryable and "decided already" in str(again.value)
