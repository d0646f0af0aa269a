"""The Telegram adapter against the fake Bot API: webhook, long polling with a kept offset, every action."""

from __future__ import annotations

import asyncio
import copy
import json
import logging

import httpx
import pytest
from starlette.applications import Starlette

from adapters.telegram.fake_server import CHAT_ID, MALFORMED, TOKEN, UPDATES, FakeTelegram
from qungui.adapters.base import Backoff
from qungui.adapters.telegram.connector import TelegramConnector, TelegramSettings, build_connector
from qungui.core.clock import FrozenClock
from qungui.core.platform import PlatformError
from support import START

SECRET = "webhook-secret-0123456789"


class Sink:
    def __init__(self, fail_times: int = 0) -> None:
        self.events = []
        self.fail_times = fail_times

    async def __call__(self, event):
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("database is locked")
        self.events.append(event)


def make(fake: FakeTelegram, clock=None, **options) -> TelegramConnector:
    settings = TelegramSettings.model_validate({"token": TOKEN, "groups": [CHAT_ID], **options})
    slept = []

    async def sleep(seconds):
        slept.append(seconds)
        await asyncio.sleep(0)

    link = TelegramConnector(settings, clock or FrozenClock(START), http=fake.client(), backoff=Backoff(sleep=sleep))
    link.slept = slept  # type: ignore[attr-defined]
    return link


def test_the_webhook_checks_the_secret_and_answers_after_the_sink(caplog):
    fake = FakeTelegram()
    link = make(fake, mode="webhook", webhook_secret=SECRET)
    sink = Sink(fail_times=1)
    link.bind(sink)

    async def scenario():
        app = Starlette(routes=link.routes())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://qungui.example") as c:

            async def post(body, secret=SECRET, raw=None):
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
                content = raw if raw is not None else json.dumps(body).encode()
                return (await c.post("/telegram/webhook", content=content, headers=headers)).status_code

            return {
                "no secret": await post(UPDATES["ad"], secret=None),
                "forged": await post(UPDATES["ad"], secret="guessed-secret-000000"),
                "not json": await post(None, raw=b"{"),
                "malformed": await post(MALFORMED["sender_without_id"]),
                "sink fails": await post(UPDATES["ad"]),
                "sent again": await post(UPDATES["ad"]),
                "ignored kind": await post({"update_id": 9, "poll": {"id": "1"}}),
            }

    with caplog.at_level(logging.WARNING):
        codes = asyncio.run(scenario())
    assert codes == {
        "no secret": 401,
        "forged": 401,
        "not json": 400,
        "malformed": 400,
        "sink fails": 500,
        "sent again": 200,
        "ignored kind": 200,
    }
    assert [e.id for e in sink.events] == ["73"]
    for line in ("no secret token", "wrong secret token", "malformed update", "answered 500"):
        assert line in caplog.text


def test_run_in_webhook_mode_registers_the_webhook_with_secret_and_update_kinds():
    fake = FakeTelegram()
    link = make(fake, mode="webhook", webhook_secret=SECRET, webhook_url="https://bot.example.com/")

    async def scenario():
        stop = asyncio.Event()
        stop.set()
        await link.run(Sink(), stop)

    asyncio.run(scenario())
    assert fake.webhook == {
        "url": "https://bot.example.com/telegram/webhook",
        "secret_token": SECRET,
        "allowed_updates": ["message", "edited_message", "chat_member", "chat_join_request", "message_reaction"],
    }


def test_polling_moves_the_offset_only_after_the_sink_returned(caplog):
    fake = FakeTelegram()
    fake.updates = [copy.deepcopy(UPDATES[n]) for n in ("text_with_mentions", "ad", "join_request")]
    fake.updates.insert(1, copy.deepcopy(MALFORMED["sender_without_id"]) | {"update_id": 500002})
    link = make(fake)
    sink = Sink()

    async def scenario():
        failing = Sink(fail_times=1)
        with pytest.raises(RuntimeError):
            await link.poll_once(failing)
        first_offset = link.offsets.get()
        done = await link.poll_once(sink)
        again = await link.poll_once(sink)
        return first_offset, done, again

    with caplog.at_level(logging.WARNING):
        first_offset, done, again = asyncio.run(scenario())
    assert first_offset is None, "nothing acknowledged when the first hand-over failed"
    assert done == 4 and again == 0
    assert [e.id for e in sink.events] == ["71", "73", "jr-7012-1764036600"]
    assert link.offsets.get() == 500012
    assert fake.polls[-1]["offset"] == 500012 and fake.updates == []
    assert fake.polls[0]["allowed_updates"] == [
        "message",
        "edited_message",
        "chat_member",
        "chat_join_request",
        "message_reaction",
    ]
    assert "malformed update 500002 skipped" in caplog.text


def test_a_restart_resumes_from_the_offset_kept_in_the_database(session_factory):
    fake = FakeTelegram()
    fake.updates = [copy.deepcopy(UPDATES["text_with_mentions"]), copy.deepcopy(UPDATES["ad"])]
    first = make(fake)
    first.use_database(session_factory)
    sink = Sink()
    asyncio.run(first.poll_once(sink))
    fake.updates.append(copy.deepcopy(UPDATES["join_request"]))
    second = make(fake)  # a new process
    second.use_database(session_factory)
    assert second.offsets.get() == 500004
    asyncio.run(second.poll_once(sink))
    assert [e.id for e in sink.events] == ["71", "73", "jr-7012-1764036600"], "nothing twice, nothing lost"


def test_run_polls_until_stopped_and_waits_out_flood_control_and_outages(caplog):
    fake = FakeTelegram()
    fake.updates = [copy.deepcopy(UPDATES["ad"])]
    fake.flood["getUpdates"] = 7
    link = make(fake)
    sink = Sink(fail_times=1)

    async def scenario():
        stop = asyncio.Event()

        async def watch():
            while not sink.events:
                await asyncio.sleep(0.01)
            fake.broken["getUpdates"] = 502
            await asyncio.sleep(0.05)
            stop.set()

        await asyncio.wait_for(asyncio.gather(link.run(sink, stop), watch()), 10)

    with caplog.at_level(logging.WARNING):
        asyncio.run(scenario())
    assert [e.id for e in sink.events] == ["73"]
    assert link.slept[0] == 7, "429 waits retry_after"
    assert "polling failed: database is locked" in caplog.text
    assert fake.calls[0][0] == "deleteWebhook"


def test_every_action_reaches_the_bot_api_with_the_right_parameters():
    fake = FakeTelegram()
    fake.join_requests = {7012}
    clock = FrozenClock(START)
    link = make(fake, clock)
    link.directory.names["7009"] = "推广"
    group = link.groups()[0]
    platform = link.platform

    async def scenario():
        sent = await platform.send(group, "请勿发广告", mentions=["7009"], reply_to="73")
        await platform.delete(group, "73")
        await platform.mute(group, "7001", 600)
        muted = dict(fake.restricted[7001])
        await platform.mute(group, "7001", 0)
        await platform.kick(group, "7009", "广告")
        await platform.decide_join(group, "7012", True, "")
        await platform.send_private(group, "7003", "请处理")
        return sent, muted

    sent, muted = asyncio.run(scenario())
    assert sent == "1001"
    assert fake.sent[0]["text"] == "推广 请勿发广告"
    assert fake.sent[0]["entities"] == [
        {"type": "text_mention", "offset": 0, "length": 2, "user": {"id": 7009, "is_bot": False, "first_name": "推广"}}
    ]
    assert fake.sent[0]["reply"] == {"message_id": 73, "allow_sending_without_reply": True}
    assert fake.deleted == [73]
    assert muted["until_date"] == int(START.timestamp()) + 600
    assert muted["permissions"]["can_send_messages"] is False
    assert fake.restricted[7001]["permissions"]["can_send_messages"] is True, "mute 0 restores"
    assert [c for c, _ in fake.calls if "ban" in c.lower()] == ["banChatMember", "unbanChatMember"]
    assert dict(fake.calls)["unbanChatMember"]["only_if_banned"] is True
    assert fake.decided == [(7012, True)] and fake.sent[-1]["chat_id"] == 7003


@pytest.mark.parametrize(
    ("arm", "call", "retryable", "words"),
    [
        ("flood", lambda p, g: p.send(g, "x"), True, "retry after 5s"),
        ("broken", lambda p, g: p.send(g, "x"), True, "502"),
        (None, lambda p, g: p.delete(g, "999"), False, "message to delete not found"),
        (None, lambda p, g: p.send_private(g, "424242", "x"), False, "can't initiate"),
        (None, lambda p, g: p.decide_join(g, "7777", False, ""), False, "HIDE_REQUESTER_MISSING"),
    ],
)
def test_errors_map_to_retryable_or_final(arm, call, retryable, words):
    fake = FakeTelegram()
    if arm == "flood":
        fake.flood["sendMessage"] = 5
    elif arm == "broken":
        fake.broken["sendMessage"] = 502
    link = make(fake)
    with pytest.raises(PlatformError) as raised:
        asyncio.run(call(link.platform, link.groups()[0]))
    assert raised.value.retryable is retryable and words in str(raised.value)
    assert TOKEN not in str(raised.value)


def test_the_registry_factory_reports_every_bad_option():
    with pytest.raises(ValueError) as raised:
        build_connector({"token": "nope", "groups": ["abc"], "mode": "webhook", "colour": 1}, FrozenClock(START))
    text = str(raised.value)
    for problem in ("token", "groups.0.id", "colour"):
        assert problem in text
    webhook = build_connector({"token": TOKEN, "groups": [CHAT_ID], "mode": "webhook", "webhook_secret": SECRET}, None)
    assert webhook.routes()[0].path == "/telegram/webhook"


POISON = [  # shapes Telegram should never send; each once stopped the polling loop for good
    {"update_id": 600001, "message": {"message_id": 1, "date": 10**30, "from": {"id": 7001}, "chat": {"id": CHAT_ID}}},
    {
        "update_id": 600002,
        "message_reaction": {
            "chat": {"id": -1001234567890},
            "message_id": 70,
            "user": {"id": 7002},
            "date": 1,
            "old_reaction": [],
            "new_reaction": True,
        },
    },
]


def test_an_unreadable_update_is_skipped_and_polling_goes_on(caplog):
    fake = FakeTelegram()
    good = copy.deepcopy(next(u for u in UPDATES.values() if u["update_id"] == 500003))
    good["update_id"] = 600003
    fake.updates = [*copy.deepcopy(POISON), good]
    link = make(fake)
    sink = Sink()
    with caplog.at_level(logging.WARNING):
        done = asyncio.run(link.poll_once(sink))
    assert done == 3 and link.offsets.get() == 600004, "the offset moves past the unreadable updates"
    assert [e.id for e in sink.events] == ["73"]
    assert "malformed update 600001 skipped" in caplog.text and "malformed update 600002 skipped" in caplog.text


def test_the_webhook_refuses_an_oversized_or_unreadable_update(caplog):
    link = make(FakeTelegram(), mode="webhook", webhook_secret=SECRET)
    sink = Sink()
    link.bind(sink)

    async def scenario():
        app = Starlette(routes=link.routes())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://qungui.example") as c:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            huge = json.dumps({"update_id": 1, "pad": "x" * (2 * 1024 * 1024)})
            return [
                (await c.post("/telegram/webhook", content=huge, headers=headers)).status_code,
                (await c.post("/telegram/webhook", json=POISON[0], headers=headers)).status_code,
                (await c.post("/telegram/webhook", json=[1, 2], headers=headers)).status_code,
            ]

    with caplog.at_level(logging.WARNING):
        assert asyncio.run(scenario()) == [413, 400, 400]
    assert sink.events == [] and "refused (limit" in caplog.text


def test_a_long_flood_wait_is_capped_and_ends_at_stop():
    fake = FakeTelegram()
    fake.flood["getUpdates"] = 10**9  # "retry after" 30 years
    link = make(fake)
    link.backoff.sleep = lambda seconds: asyncio.sleep(3600)  # a real wait: only `stop` can end it
    link.backoff.maximum_s = 60

    async def scenario():
        stop = asyncio.Event()
        runner = asyncio.ensure_future(link.run(Sink(), stop))
        while "getUpdates" not in [name for name, _ in fake.calls]:
            await asyncio.sleep(0)
        await asyncio.sleep(0)
        stop.set()
        done, _ = await asyncio.wait({runner}, timeout=2)
        runner.cancel()
        return runner in done

    assert asyncio.run(scenario()), "a stop during a flood wait ends the loop at once"
