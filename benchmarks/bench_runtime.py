"""Latency of `Runtime.submit`: a 500-member company group, 2,000 mixed messages, SQLite (file) and PostgreSQL.

Prints the median and p95 per message, messages per second and the process's peak RSS, with two
references measured in the same run on the same messages: the bare pure engine (`evaluate` on a
state kept in memory) and a bare insert of each event's row (one transaction per event), so the
runtime's overhead shows as a ratio. PostgreSQL is measured when 127.0.0.1:5432 answers, in a fresh
database created for the run and dropped after it.

    .venv/bin/python benchmarks/bench_runtime.py [--messages 2000] [--members 500] [--profile out.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import resource
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from random import Random
from zoneinfo import ZoneInfo

from qungui.adapters.simulator.platform import SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.events.service import store_event
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.service import save_member_states
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import evaluate
from qungui.rules.loader import load_template
from qungui.rules.state import MemberState
from qungui.runtime.service import Runtime
from qungui.storage.db import make_engine, make_session_factory, migrate

START = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = GroupRef(platform="sim", id="bench", name="公司群")
BOT = MemberRef(platform="sim", id="bot", name="qungui")
BOOK = compile_rulebook(load_template("company"))
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
CHAT = [
    "今天下午三点开会，大家准时参加",
    "好的，马上执行",
    "图纸在共享盘里",
    "这个方案我觉得还可以再优化一下",
    "辛苦了👍",
    "明天的排班表已经发到邮箱了",
    "哈哈哈哈",
    "我这边已经处理完了",
    "客户那边反馈还不错",
    "下周一交周报",
]
QUESTIONS = ["图纸什么时候出？", "这个流程怎么走？", "报销单交给谁？", "明天几点出发？"]
AD = "兼职刷单，日结工资，诚招代理，加我微信 abc{n:05d}"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def member_id(i: int) -> str:
    return f"m{i:04d}"


def member_name(i: int) -> str:
    return f"{SURNAMES[i % len(SURNAMES)]}{i:03d}"


def messages(count: int, members: int, seed: int = 7) -> list[tuple[MessageEvent, float]]:
    """(event, seconds after the previous one): chat, questions, 收到 after notices, an ad now and then, commands."""
    rng = Random(seed)
    out: list[tuple[MessageEvent, float]] = []
    ads = 0
    at = START
    for n in range(count):
        gap = rng.uniform(1.0, 20.0)
        at += timedelta(seconds=gap)
        sender = rng.randrange(2, members)  # 0 and 1 are the owner and an admin
        mentions: tuple[str, ...] = ()
        roll = rng.random()
        if n % 250 == 10:  # an admin's notice to everyone, to be acknowledged
            sender, text = 1, "通知 @所有人 明天上午9点开安全例会 截止 今天18:00"
        elif roll < 0.10:
            other = rng.randrange(2, members)
            mentions, text = (member_id(other),), f"@{member_name(other)} {rng.choice(QUESTIONS)}"
        elif roll < 0.18:
            text = "收到"
        elif roll < 0.20:
            ads += 1
            text = AD.format(n=ads)
            sender = 100 + ads  # a different sender each time: nobody is removed for a burst
        elif roll < 0.23:
            text = rng.choice(["我的记录", "群规", "帮助"])
        else:
            text = rng.choice(CHAT) + f"（{n}）"
        who = MemberRef(platform="sim", id=member_id(sender), name=member_name(sender))
        event = MessageEvent(id=f"b{n}", group=GROUP, ts=at, sender=who, text=text, mentions=list(mentions))
        out.append((event, gap))
    return out


def seed_members(sessions, members: int) -> None:
    """500 members who joined a week ago and confirmed the rules, in one transaction."""
    joined = START - timedelta(days=7)
    with sessions.begin() as session:
        group = ensure_group(session, ref=GROUP, rulebook=BOOK.rulebook.name, now=joined)
        states = {
            member_id(i): MemberState(
                member_id(i), member_name(i), joined_at=joined, last_message_at=joined, rules_confirmed_at=joined
            )
            for i in range(members)
        }
        save_member_states(session, group=group, states=states, now=joined)


def summarize(label: str, times: list[float], reference: float | None = None) -> float:
    """Print one line of figures for per-message `times` (seconds); the median in ms."""
    ms = sorted(t * 1e3 for t in times)
    median = statistics.median(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    rate = len(ms) / (sum(ms) / 1e3)
    ratio = f"  ×{median / reference:,.0f} the reference" if reference else ""
    print(f"  {label:<34} median {median:7.3f} ms  p95 {p95:7.3f} ms  {rate:8.0f} msg/s{ratio}")
    return median


def bench_engine(events: list[tuple[MessageEvent, float]], members: int) -> list[float]:
    """The bare pure engine on a state kept in memory."""
    state = BOOK.new_state(GROUP.id, {member_id(0), member_id(1)})
    joined = START - timedelta(days=7)
    for i in range(members):
        state.members[member_id(i)] = MemberState(member_id(i), member_name(i), joined_at=joined)
    times = []
    for event, _ in events:
        t0 = time.perf_counter()
        decision = evaluate(event, BOOK, state, event.ts)
        state.apply(decision)
        times.append(time.perf_counter() - t0)
    return times


def bench_insert(url: str, events: list[tuple[MessageEvent, float]]) -> list[float]:
    """A bare insert of each event's row, one transaction per event."""
    engine = make_engine(url)
    migrate(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        group = ensure_group(session, ref=GROUP, rulebook=BOOK.rulebook.name, now=START)
    times = []
    try:
        for event, _ in events:
            t0 = time.perf_counter()
            with sessions.begin() as session:
                store_event(session, group=group, event=event, now=event.ts)
            times.append(time.perf_counter() - t0)
    finally:
        engine.dispose()
    return times


def bench_runtime(
    url: str, events: list[tuple[MessageEvent, float]], members: int, profile: cProfile.Profile | None
) -> list[float]:
    """Every message through `Runtime.submit` on the simulator, the clock following the messages."""
    engine = make_engine(url)
    migrate(engine)
    sessions = make_session_factory(engine)
    seed_members(sessions, members)
    clock = FrozenClock(START)
    runtime = Runtime(sessions=sessions, platform=SimulatedPlatform(), clock=clock, bot=BOT)
    runtime.add_group(GROUP, BOOK, owner=member_id(0), admins=[member_id(1)])
    times: list[float] = []

    async def run() -> None:
        for event, _ in events:
            clock.set(event.ts)
            t0 = time.perf_counter()
            if profile is not None:
                profile.enable()
            await runtime.submit(event)
            if profile is not None:
                profile.disable()
            times.append(time.perf_counter() - t0)

    try:
        asyncio.run(run())
    finally:
        engine.dispose()
    return times


@contextmanager
def postgres_databases() -> Iterator[Callable[[str], str] | None]:
    """A maker of fresh databases on the local server, all dropped afterwards; None when no server answers."""
    try:
        import psycopg

        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=2").close()
    except Exception:
        yield None
        return
    from sqlalchemy import create_engine

    server = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    prefix = f"qungui_bench_{secrets.token_hex(6)}"
    made: list[str] = []

    def make(suffix: str) -> str:
        name = f"{prefix}_{suffix}"
        with server.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        made.append(name)
        return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"

    try:
        yield make
    finally:
        with server.connect() as connection:
            for name in made:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_backend(name: str, make_url: Callable[[str], str], events, members: int, engine_median: float, profile):
    print(f"{name}:")
    insert = summarize("bare insert of the event row", bench_insert(make_url("insert"), events))
    times = bench_runtime(make_url("runtime"), events, members, profile)
    summarize("Runtime.submit", times, engine_median)
    print(f"  {'':<34} = ×{statistics.median(times) * 1e3 / insert:.1f} the bare insert")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the SQLite Runtime.submit run here")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    events = messages(args.messages, args.members)
    print(f"company rulebook, {args.members} members, {args.messages} messages (python {sys.version.split()[0]})")
    engine_median = summarize("pure engine evaluate (reference)", bench_engine(events, args.members))
    profile = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as tmp:
        run_backend(
            "SQLite (file)", lambda n: f"sqlite:///{tmp}/{n}.sqlite3", events, args.members, engine_median, profile
        )
    if profile is not None:
        profile.dump_stats(args.profile)
        print(f"profile written to {args.profile}")
    if args.no_postgres:
        return
    with postgres_databases() as make:
        if make is None:
            print("PostgreSQL: no server at 127.0.0.1:5432, skipped")
            return
        run_backend("PostgreSQL", make, events, args.members, engine_median, None)


if __name__ == "__main__":
    main()
