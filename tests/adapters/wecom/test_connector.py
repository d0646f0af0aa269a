"""The WeCom adapter against the fake WeCom server: callbacks, appchat, robot limits, customer groups."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from starlette.applications import Starlette

from adapters.wecom.fake_server import (
    AES_KEY,
    AGENT_ID,
    CORP_ID,
    ROBOT_KEY,
    SECRET,
    TOKEN,
    FakeWeCom,
    callback_request,
    payload,
)
from qungui.adapters.wecom.connector import WeComConnector, WeComSettings, build_connector
from qungui.core.clock import FrozenClock
from qungui.core.platform import Capability, PlatformError
from support import START

CUSTOMER_CHAT = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"


def options(**extra):
    base = {
        "corp_id": CORP_ID,
        "secret": SECRET,
        "agent_id": AGENT_ID,
        "token": TOKEN,
        "encoding_aes_key": AES_KEY,
        "groups": [{"id": "eng-chat", "name": "工程部"}],
    }
    return base | extra


def make(fake: FakeWeCom, clock=None, **extra) -> WeComConnector:
    settings = WeComSettings.model_validate(options(**extra))
    return WeComConnector(settings, clock or FrozenClock(START), http=fake.client())


class Sink:
    def __init__(self, fail_times: int = 0) -> None:
        self.events = []
        self.fail_times = fail_times

    async def __call__(self, event):
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("database is locked")
        self.events.append(event)


def test_callbacks_are_verified_decrypted_and_answered_after_the_sink(caplog):
    link = make(FakeWeCom(), mode="customer_group", groups=[{"id": CUSTOMER_CHAT}])
    sink = Sink(fail_times=1)
    link.bind(sink)

    async def scenario():
        app = Starlette(routes=link.routes())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://qungui.example") as c:
            echo_query, _b, echostr = callback_request("1616140317555161061")
            verify = await c.get("/wecom/callback", params=echo_query | {"echostr": echostr})
            query, body, _e = callback_request(payload("change_external_chat_add.xml"))
            forged = query | {"msg_signature": "f" * 40}
            _fq, foreign_body, _fe = callback_request(payload("app_text.xml"), corp_id="wwffffffffffffffff")
            foreign_query, _x, _y = callback_request("x")  # a valid signature, but over a different ciphertext
            bomb_query, bomb_body, _z = callback_request(payload("billion_laughs.xml"))
            codes = {
                "unsigned": (await c.post("/wecom/callback", content=body)).status_code,
                "forged": (await c.post("/wecom/callback", params=forged, content=body)).status_code,
                "wrong echostr signature": (
                    await c.get("/wecom/callback", params=forged | {"echostr": echostr})
                ).status_code,
                "not xml": (await c.post("/wecom/callback", params=query, content=b"{json}")).status_code,
                "signature over other text": (
                    await c.post("/wecom/callback", params=foreign_query, content=foreign_body)
                ).status_code,
                "entity bomb inside": (
                    await c.post("/wecom/callback", params=bomb_query, content=bomb_body)
                ).status_code,
                "sink fails": (await c.post("/wecom/callback", params=query, content=body)).status_code,
            }
            again = await c.post("/wecom/callback", params=query, content=body)
            return verify, codes, again

    with caplog.at_level(logging.WARNING):
        verify, codes, again = asyncio.run(scenario())
    assert verify.status_code == 200 and verify.text == "1616140317555161061"
    assert codes == {
        "unsigned": 401,
        "forged": 403,
        "wrong echostr signature": 403,
        "not xml": 400,
        "signature over other text": 403,
        "entity bomb inside": 400,
        "sink fails": 500,
    }
    assert again.status_code == 200 and again.text == "success"
    assert [e.member.id for e in sink.events] == ["wmOgQhDgAAuXFJGwbve4g4iXknfOAAAA", "zhangsan"]
    for line in ("no msg_signature", "msg_signature does not match", "DOCTYPE", "answered 500"):
        assert line in caplog.text


def test_appchat_create_send_remove_add_and_private_messages():
    fake = FakeWeCom()
    link = make(fake)
    group = link.groups()[0]

    async def scenario():
        chat = await link.api.create_chat(chat_id="eng-chat", name="工程部", owner="lisi", members=["lisi", "wangwu"])
        await link.platform.send(group, "明天九点开会", mentions=["wangwu"])
        await link.platform.kick(group, "wangwu", "辱骂")
        await link.platform.decide_join(group, "zhaoliu", True, "")
        await link.platform.decide_join(group, "stranger", False, "")
        await link.platform.send_private(group, "lisi", "请处理")
        return chat

    assert asyncio.run(scenario()) == "eng-chat"
    assert fake.chats["eng-chat"]["members"] == {"lisi", "zhaoliu"}
    assert fake.chat_messages == [{"chatid": "eng-chat", "msgtype": "text", "text": {"content": "明天九点开会"}}]
    assert fake.app_messages[0]["touser"] == "lisi" and fake.app_messages[0]["agentid"] == AGENT_ID
    assert fake.token_requests == 1, "the token is cached"
    assert Capability.MENTION not in link.platform.capabilities, "appchat text cannot @ anyone"


def test_an_expired_token_is_fetched_again_and_the_call_retried_once():
    fake = FakeWeCom()
    clock = FrozenClock(START)
    link = make(fake, clock)

    async def scenario():
        await link.api.create_chat(chat_id="eng-chat", name="工程部", owner="lisi", members=["lisi", "wangwu"])
        fake.expire_tokens()  # WeCom invalidated it early (another server fetched a new one…)
        await link.platform.send(link.groups()[0], "通知")
        clock.advance(hours=2)  # past expires_in: refreshed before the call
        await link.platform.send(link.groups()[0], "通知2")
        fake.busy["appchat/send"] = -1
        with pytest.raises(PlatformError) as busy:
            await link.platform.send(link.groups()[0], "通知3")
        with pytest.raises(PlatformError) as missing:
            await link.platform.kick(GroupRefLike("no-such-chat"), "wangwu", "")
        return busy.value, missing.value

    busy, missing = asyncio.run(scenario())
    assert fake.token_requests == 3
    assert [m["text"]["content"] for m in fake.chat_messages] == ["通知", "通知2"]
    assert busy.retryable and not missing.retryable and "86003" in str(missing)


class GroupRefLike:
    def __init__(self, group_id: str) -> None:
        self.id = group_id


def test_the_group_robot_mentions_for_real_and_keeps_to_twenty_a_minute():
    fake = FakeWeCom()
    clock = FrozenClock(START)
    link = make(fake, clock, groups=[{"id": "eng-chat", "robot_key": ROBOT_KEY}])
    group = link.groups()[0]
    assert Capability.MENTION in link.platform.capabilities

    async def scenario():
        await link.platform.send(group, "请确认收到", mentions=["wangwu"])
        for n in range(19):
            await link.platform.send(group, f"提醒 {n}")
        with pytest.raises(PlatformError) as limited:
            await link.platform.send(group, "第二十一条")
        clock.advance(seconds=61)
        fake.next_minute()
        await link.platform.send(group, "一分钟后")
        return limited.value

    limited = asyncio.run(scenario())
    assert limited.retryable and "20 messages a minute" in str(limited)
    assert fake.robot_messages[0] == {
        "msgtype": "text",
        "text": {"content": "请确认收到", "mentioned_list": ["wangwu"]},
    }
    assert len(fake.robot_messages) == 21 and fake.robot_refusals == 0, "the local limiter kept WeCom's limit"


def test_a_customer_group_can_only_alert_staff():
    fake = FakeWeCom()
    link = make(fake, mode="customer_group", groups=[{"id": CUSTOMER_CHAT}])
    group = link.groups()[0]
    assert link.platform.capabilities == frozenset({Capability.PRIVATE_MESSAGE})

    async def refusals():
        errors = []
        for call in (
            link.platform.send(group, "警告"),
            link.platform.delete(group, "m1"),
            link.platform.mute(group, "wm1", 60),
            link.platform.kick(group, "wm1", ""),
            link.platform.decide_join(group, "wm1", True, ""),
        ):
            with pytest.raises(PlatformError) as raised:
                await call
            errors.append(raised.value)
        await link.platform.send_private(group, "lisi", "客户群有人发广告")
        return errors

    errors = asyncio.run(refusals())
    assert all(not e.retryable for e in errors)
    assert "群主确认" in str(errors[0]) and "群主在客户端移出" in str(errors[3])
    assert fake.app_messages[0]["text"]["content"] == "客户群有人发广告"


def test_the_registry_factory_reports_every_bad_option():
    with pytest.raises(ValueError) as raised:
        build_connector(options(encoding_aes_key="short", agent_id=0, mode="archive"), FrozenClock(START))
    text = str(raised.value)
    for problem in ("encoding_aes_key", "agent_id", "mode"):
        assert problem in text


def test_the_group_robot_can_send_markdown_with_mentions():
    fake = FakeWeCom()
    link = make(fake, groups=[{"id": "eng-chat", "robot_key": ROBOT_KEY}])
    robot = link.platform.robots["eng-chat"]
    asyncio.run(robot.send("**通知**：周五例会", mentions=["lisi", "wangwu"], markdown=True))
    assert fake.robot_messages == [
        {"msgtype": "markdown", "markdown": {"content": "<@lisi><@wangwu>\n**通知**：周五例会"}}
    ]


def test_long_texts_are_cut_to_wecoms_2048_bytes_on_a_character_boundary():
    from qungui.adapters.wecom.platform import clip

    fake = FakeWeCom()
    link = make(fake)

    async def scenario():
        await link.api.create_chat(chat_id="eng-chat", name="工程部", owner="lisi", members=["lisi", "wangwu"])
        await link.platform.send(link.groups()[0], "群规" * 1000)

    asyncio.run(scenario())
    sent = fake.chat_messages[0]["text"]["content"]
    assert len(sent.encode()) <= 2048 and sent.endswith("…") and sent.startswith("群规群规")
    assert clip("短消息") == "短消息"


def test_a_replayed_callback_with_an_old_timestamp_or_an_oversized_body_is_refused(caplog):
    clock = FrozenClock(START)
    link = make(FakeWeCom(), clock=clock, mode="customer_group", groups=[{"id": CUSTOMER_CHAT}])
    sink = Sink()
    link.bind(sink)
    now = int(START.timestamp())

    async def scenario():
        app = Starlette(routes=link.routes())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://qungui.example") as c:
            codes = {}
            for name, stamp in (("a day old", now - 86400), ("from the future", now + 3600), ("garbage", "abc")):
                query, body, _e = callback_request(payload("change_external_chat_add.xml"), timestamp=str(stamp))
                codes[name] = (await c.post("/wecom/callback", params=query, content=body)).status_code
            echo_query, _b, echostr = callback_request("1616140317555161061", timestamp=str(now - 86400))
            codes["old url check"] = (
                await c.get("/wecom/callback", params=echo_query | {"echostr": echostr})
            ).status_code
            query, body, _e = callback_request(payload("change_external_chat_add.xml"), timestamp=str(now - 60))
            huge = body + b" " * (300 * 1024)
            codes["declared too large"] = (await c.post("/wecom/callback", params=query, content=huge)).status_code

            async def stream():  # no Content-Length: the limit holds while reading
                for _ in range(400):
                    yield b" " * 1024

            codes["streamed too large"] = (await c.post("/wecom/callback", params=query, content=stream())).status_code
            codes["fresh"] = (await c.post("/wecom/callback", params=query, content=body)).status_code
            return codes

    with caplog.at_level(logging.WARNING):
        codes = asyncio.run(scenario())
    assert codes == {
        "a day old": 403,
        "from the future": 403,
        "garbage": 403,
        "old url check": 403,
        "declared too large": 413,
        "streamed too large": 413,
        "fresh": 200,
    }
    assert len(sink.events) == 2, "only the fresh callback (its two joins) reached the runtime"
    assert "replayed" in caplog.text and "refused (limit" in caplog.text


def test_a_url_check_whose_echostr_is_not_utf8_is_answered_not_a_server_error():
    from qungui.adapters.wecom.crypto import signature

    link = make(FakeWeCom())
    echostr = link.crypto.encrypt(b"\xff\xfe-echo")
    stamp = str(int(START.timestamp()))
    query = {"msg_signature": signature(TOKEN, stamp, "n0nce", echostr), "timestamp": stamp, "nonce": "n0nce"}

    async def scenario():
        app = Starlette(routes=link.routes())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://qungui.example") as c:
            return await c.get("/wecom/callback", params=query | {"echostr": echostr})

    answer = asyncio.run(scenario())
    assert answer.status_code == 200 and answer.text.endswith("-echo")
