"""OneBot v11 over real loopback traffic: reverse WebSocket, forward WebSocket (with reconnects), HTTP."""

from __future__ import annotations

import asyncio
import copy
import json
import logging

import pytest
import websockets
from starlette.applications import Starlette

from adapters.onebot.fake_server import MALFORMED, PAYLOADS, FakeOneBot, running
from qungui.adapters.base import Backoff
from qungui.adapters.onebot.connector import OneBotConnector, OneBotSettings, build_connector
from qungui.core.clock import FrozenClock
from qungui.core.platform import PlatformError
from support import START

TOKEN = "s3cret-token"
SECRET = "post-secret-1"
CLOCK = FrozenClock(START)


async def no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


def connector(**options) -> OneBotConnector:
    settings = OneBotSettings.model_validate({"groups": ["123456789"], "access_token": TOKEN, **options})
    return OneBotConnector(settings, CLOCK, backoff=Backoff(sleep=no_sleep))


class Sink:
    """Records events; `act` lets a test call the platform from inside the sink, as the runtime does."""

    def __init__(self, act=None, fail_times: int = 0) -> None:
        self.events = []
        self.act = act
        self.fail_times = fail_times

    async def __call__(self, event):
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("database is locked")
        self.events.append(event)
        if self.act is not None:
            await self.act(event)

    async def until(self, count: int, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while len(self.events) < count:
                await asyncio.sleep(0.01)


def test_reverse_websocket_delivers_events_and_carries_actions_on_the_same_socket(caplog):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        link = connector()

        async def act(event):  # like the runtime: withdraw the ad and warn, while the socket keeps reading
            if event.id == "2003":
                await link.platform.delete(event.group, event.id)
                await link.platform.send(event.group, "请勿发广告", mentions=[event.sender.id], reply_to=event.id)

        sink = Sink(act)
        link.bind(sink)
        async with running(Starlette(routes=link.routes())) as base:
            url = base.replace("http", "ws") + "/onebot/v11/ws"
            with caplog.at_level(logging.WARNING):
                with pytest.raises(websockets.InvalidStatus):
                    async with fake.reverse_client(url, token="wrong-token"):
                        pass
                assert "wrong access token" in caplog.text
            async with fake.reverse_client(url, token=TOKEN):
                for name in ("group_message_segments", "heartbeat", "group_message_ad"):
                    await fake.push(PAYLOADS[name])
                await fake.push("{not json")
                await fake.push(MALFORMED["request_without_flag"])
                await fake.push(fake.expect_request(copy.deepcopy(PAYLOADS["request_group_add"])))
                await sink.until(3)
                await link.drained()
                await link.platform.decide_join(sink.events[2].group, "20011", True, "")
        return fake, sink

    fake, sink = asyncio.run(scenario())
    assert [e.id for e in sink.events] == ["2001", "2003", "req-1764036540123456"]
    assert fake.deleted == [2003]
    assert fake.sent[0]["message"][0] == {"type": "reply", "data": {"id": "2003"}}
    assert {"type": "at", "data": {"qq": "20009"}} in fake.sent[0]["message"]
    assert fake.decided == [("1764036540123456", True)]
    assert "malformed event rejected: a group request needs its flag" in caplog.text
    assert "not JSON" in caplog.text


def test_forward_websocket_reconnects_and_loses_nothing_received(caplog):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        async with fake.forward_server() as url:
            link = connector(transport="forward_ws", url=url)
            sink = Sink(fail_times=1)  # the first hand-over fails: retried, not dropped
            stop = asyncio.Event()
            runner = asyncio.ensure_future(link.run(sink, stop))
            await fake.until_connected()
            await fake.push(PAYLOADS["group_message_segments"])
            await fake.drop_all()  # the QQ client restarts mid-stream
            await asyncio.sleep(0.05)
            await fake.until_connected()
            await fake.push(PAYLOADS["group_message_ad"])
            await fake.push(PAYLOADS["group_message_segments"])  # redelivered: same id, same key
            await sink.until(3)
            members = await link.platform.members(sink.events[0].group)
            stop.set()
            await asyncio.wait_for(runner, 5)
        return link, sink, members

    with caplog.at_level(logging.WARNING):
        link, sink, members = asyncio.run(scenario())
    assert [e.id for e in sink.events] == ["2001", "2003", "2001"]
    assert len({e.key for e in sink.events}) == 2, "a redelivery keeps its idempotency key"
    assert link.connections == 2
    assert "not handled (database is locked); retrying" in caplog.text
    assert {m["user_id"] for m in members} >= {20001, 20003}


def test_forward_websocket_with_a_wrong_token_keeps_retrying_with_a_log_line(caplog):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        async with fake.forward_server() as url:
            settings = OneBotSettings.model_validate(
                {"groups": ["123456789"], "access_token": "not-the-token", "transport": "forward_ws", "url": url}
            )
            waits = []

            async def record(delay):
                waits.append(delay)
                if len(waits) >= 3:
                    stop.set()

            link = OneBotConnector(settings, CLOCK, backoff=Backoff(sleep=record, jitter=0))
            stop = asyncio.Event()
            await asyncio.wait_for(link.run(Sink(), stop), 5)
        return waits

    with caplog.at_level(logging.WARNING):
        waits = asyncio.run(scenario())
    assert waits == [1.0, 2.0, 4.0]
    assert "HTTP 403" in caplog.text


def test_an_action_without_answer_times_out_retryable_and_a_dropped_socket_fails_pending_calls():
    async def scenario():
        fake = FakeOneBot()
        fake.silent.add("delete_msg")
        fake.drop_on.add("set_group_ban")
        async with fake.forward_server() as url:
            link = OneBotConnector(
                OneBotSettings.model_validate(
                    {"groups": ["123456789"], "transport": "forward_ws", "url": url, "timeout_s": 0.2}
                ),
                CLOCK,
                backoff=Backoff(sleep=no_sleep),
            )
            stop = asyncio.Event()
            runner = asyncio.ensure_future(link.run(Sink(), stop))
            await fake.until_connected()
            group = link.groups()[0]
            errors = []
            for call in (link.platform.delete(group, "5"), link.platform.mute(group, "20001", 60)):
                try:
                    await call
                except PlatformError as exc:
                    errors.append(exc)
            stop.set()
            await asyncio.wait_for(runner, 5)
        return errors

    timeout, dropped = asyncio.run(scenario())
    assert timeout.retryable and "no response within 0.2s" in str(timeout)
    assert dropped.retryable and "closed" in str(dropped)


def test_http_posts_are_authenticated_signed_and_answered_after_the_sink(caplog):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        async with running(fake.http_api()) as api:
            link = connector(transport="http", url=api, secret=SECRET)
            sink = Sink(fail_times=1)
            link.bind(sink)
            async with running(Starlette(routes=link.routes())) as base:
                url = base + "/onebot/v11/http"
                event = PAYLOADS["group_message_ad"]
                answers = {
                    "no token": await fake.post_event(url, event, secret=SECRET),
                    "wrong token": await fake.post_event(url, event, token="forged", secret=SECRET),
                    "unsigned": await fake.post_event(url, event, token=TOKEN),
                    "forged signature": await fake.post_event(url, event, token=TOKEN, secret="guessed-secret"),
                    "malformed": await fake.post_event(url, None, token=TOKEN, secret=SECRET, raw=b"{oops"),
                    "bad event": await fake.post_event(url, MALFORMED["unknown_post_type"], token=TOKEN, secret=SECRET),
                    "sink fails": await fake.post_event(url, event, token=TOKEN, secret=SECRET),
                    "sent again": await fake.post_event(url, event, token=TOKEN, secret=SECRET),
                    "heartbeat": await fake.post_event(url, PAYLOADS["heartbeat"], token=TOKEN, secret=SECRET),
                }
                group = link.groups()[0]
                await link.platform.delete(group, "2003")
                await link.platform.kick(group, "20009", "广告")
                fake.fail["set_group_ban"] = (103, "权限不足")
                with pytest.raises(PlatformError) as refused:
                    await link.platform.mute(group, "20001", 600)
        return fake, sink, answers, refused.value

    with caplog.at_level(logging.WARNING):
        fake, sink, answers, refused = asyncio.run(scenario())
    assert {name: reply.status_code for name, reply in answers.items()} == {
        "no token": 401,
        "wrong token": 403,
        "unsigned": 401,
        "forged signature": 403,
        "malformed": 400,
        "bad event": 400,
        "sink fails": 500,
        "sent again": 204,
        "heartbeat": 204,
    }
    assert [e.id for e in sink.events] == ["2003"], "the event refused with 500 arrived when sent again"
    assert fake.deleted == [2003] and fake.kicked == [(20009, False)]
    assert not refused.retryable and "权限不足" in str(refused)
    for line in ("no access token", "wrong access token", "no X-Signature", "bad X-Signature", "malformed event post"):
        assert line in caplog.text


def test_the_registry_factory_reports_every_bad_option():
    with pytest.raises(ValueError) as raised:
        build_connector({"groups": ["abc"], "transport": "forward_ws", "access_token": "short", "colour": 1}, CLOCK)
    text = str(raised.value)
    for problem in ("groups.0.id", "access_token", "colour"):
        assert problem in text
    assert build_connector({"groups": [123456789], "access_token": TOKEN}, CLOCK).routes()[0].path == "/onebot/v11/ws"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({}, "reverse_ws needs access_token"),
        ({"transport": "http", "url": "http://127.0.0.1:3000"}, "http needs access_token or secret"),
    ],
)
def test_a_pushed_transport_without_credentials_is_refused_at_start(options, problem):
    """The routes are on the web app: open, they would take events "from" any member, the owner included."""
    with pytest.raises(ValueError, match=problem):
        build_connector({"groups": [123456789], **options}, CLOCK)
    signed_only = build_connector(
        {"groups": [123456789], "transport": "http", "url": "http://x", "secret": SECRET}, CLOCK
    )
    assert signed_only.routes()[0].path == "/onebot/v11/http"


def test_an_oversized_event_post_or_an_unreadable_frame_is_refused_and_the_socket_lives_on(caplog):
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        async with running(fake.http_api()) as api:
            link = connector(transport="http", url=api)
            sink = Sink()
            link.bind(sink)
            async with running(Starlette(routes=link.routes())) as base:
                url = base + "/onebot/v11/http"
                huge = await fake.post_event(
                    url, None, token=TOKEN, raw=b'{"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}'
                )
                poison = copy.deepcopy(PAYLOADS["group_message_ad"]) | {"time": 10**30}
                unreadable = await fake.post_event(url, poison, token=TOKEN)
        ws = connector()
        ws._receive_frame(json.dumps(copy.deepcopy(PAYLOADS["group_message_ad"]) | {"time": 1e300}))
        return huge, unreadable, sink, ws

    with caplog.at_level(logging.WARNING):
        huge, unreadable, sink, ws = asyncio.run(scenario())
    assert (huge.status_code, unreadable.status_code) == (413, 400) and sink.events == []
    assert ws._queue.qsize() == 0 and "refused (limit" in caplog.text and "malformed event rejected" in caplog.text


def test_stopping_lets_the_events_already_received_reach_the_sink():
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        gate = asyncio.Event()
        handled = []

        async def slow_sink(event):
            await gate.wait()
            handled.append(event.id)

        async with fake.forward_server() as url:
            link = connector(transport="forward_ws", url=url)
            stop = asyncio.Event()
            runner = asyncio.ensure_future(link.run(slow_sink, stop))
            await fake.until_connected()
            await fake.push(PAYLOADS["group_message_segments"])
            await fake.push(PAYLOADS["group_message_ad"])
            async with asyncio.timeout(5):
                while link._queue.qsize() < 1:
                    await asyncio.sleep(0.01)
            stop.set()  # Ctrl-C while the database is slow
            asyncio.get_running_loop().call_later(0.1, gate.set)
            await asyncio.wait_for(runner, 5)
        return handled

    assert asyncio.run(scenario()) == ["2001", "2003"]


def test_the_token_is_read_from_the_header_or_the_query_and_posts_are_signed_with_hmac_sha1():
    from qungui.adapters.onebot.connector import sign, token_of

    assert token_of({"authorization": "Bearer abc"}, {}) == "abc"
    assert token_of({"authorization": "Token abc"}, {}) == "abc"
    assert token_of({}, {"access_token": "abc"}) == "abc"
    assert token_of({"authorization": "Basic abc"}, {}) is None
    known = b"The quick brown fox jumps over the lazy dog"  # RFC 2104 HMAC-SHA1's well-known example
    assert sign("key", known) == "sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9"


def test_split_event_and_api_sockets_send_actions_only_over_the_api_socket():
    async def scenario():
        fake = FakeOneBot(token=TOKEN)
        link = connector()
        sink = Sink()
        link.bind(sink)
        async with running(Starlette(routes=link.routes())) as base:
            url = base.replace("http", "ws") + "/onebot/v11/ws"
            group = link.groups()[0]
            async with fake.reverse_client(url, token=TOKEN, role="Event"):
                await fake.push(PAYLOADS["group_message_ad"])
                await sink.until(1)
                with pytest.raises(PlatformError) as no_api:
                    await link.platform.delete(group, "2003")
                async with fake.reverse_client(url, token=TOKEN, role="API"):
                    async with asyncio.timeout(5):
                        while not link.echo.connected:
                            await asyncio.sleep(0.01)
                    await link.platform.delete(group, "2003")
        return fake, no_api.value

    fake, no_api = asyncio.run(scenario())
    assert no_api.retryable and "not connected" in str(no_api)
    assert fake.deleted == [2003]


def test_log_lines_show_the_forward_url_without_its_credentials():
    link = connector(transport="forward_ws", url="ws://me:pw@127.0.0.1:3001/ws?access_token=leaked-token")
    assert link.shown_url == "ws://127.0.0.1:3001/ws"
