"""Every platform's declared capabilities against the ladder: it still ends correctly, and says what it skipped.

The live runtime plays warning → apology (deadline passes) → mute → removal, plus an ad to withdraw,
on a platform that can do exactly what each adapter declares (the in-memory platform narrowed to the
declaration), and on declarations with one capability taken away (no mute, no delete, no kick).
Every sanction must end recorded: done where the platform could, `unsupported` with the reason
where it could not — and the member is out of the group, or the admins were asked to remove them.
"""

from __future__ import annotations

import asyncio
import importlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from adapters.ladder_book import platform_ladder_book
from qungui.adapters.registry import CONNECTORS
from qungui.adapters.simulator.platform import ALL_CAPABILITIES, WECHAT_LIKE, SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.core.platform import Capability
from qungui.governance.cases.models import Sanction
from qungui.runtime.service import Runtime
from support import START


def _declarations(name: str) -> dict[str, frozenset[Capability] | str]:
    """Every capability set the `name` adapter's platform module declares (a module-level frozenset of
    Capability: `CAPABILITIES`, or one per mode like WeCom's), or the import error as text."""
    try:
        module = importlib.import_module(f"qungui.adapters.{name}.platform")
    except Exception as exc:  # reported by the test, not at collection
        return {name: f"cannot import qungui.adapters.{name}.platform: {exc!r}"}
    found = {
        attribute: value
        for attribute, value in vars(module).items()
        if isinstance(value, frozenset) and value and all(isinstance(c, Capability) for c in value)
    }
    if list(found) == ["CAPABILITIES"]:
        return {name: found["CAPABILITIES"]}
    return {f"{name}-{attribute.lower()}": value for attribute, value in found.items()}


# Each registered platform's declarations, found in its adapter (no list to keep up), plus the simulator's.
DECLARED: dict[str, frozenset[Capability] | str] = {"simulator": ALL_CAPABILITIES, "wechat-like": WECHAT_LIKE}
for _name in sorted(CONNECTORS):
    DECLARED.update(_declarations(_name))

BOOK = platform_ladder_book()
GROUP = GroupRef(platform="sim", id="g-capabilities")
SKIP_REASON = {  # the capability → what the stored record must say when it is missing
    Capability.MUTE: "不支持禁言",
    Capability.DELETE: "不支持撤回",
    Capability.KICK: "不支持移出",
    Capability.SEND: "不允许机器人在群内发言",
}
STEP_NEEDS = {
    "mute": Capability.MUTE,
    "delete_message": Capability.DELETE,
    "remove": Capability.KICK,
    "warn": Capability.SEND,
    "require_apology": Capability.SEND,
    "dissuade": Capability.SEND,
}


def _cases() -> list:
    cases = [pytest.param(declared, id=name) for name, declared in DECLARED.items()]
    for missing in (Capability.MUTE, Capability.DELETE, Capability.KICK):  # one capability taken away
        cases.append(pytest.param(ALL_CAPABILITIES - {missing}, id=f"without-{missing.value}"))
    return cases


def test_every_registered_platform_is_checked():
    for name in CONNECTORS:
        mine = {key: value for key, value in DECLARED.items() if key == name or key.startswith(f"{name}-")}
        assert mine, f"qungui.adapters.{name}.platform declares no frozenset of Capability"
        problems = [value for value in mine.values() if isinstance(value, str)]
        assert not problems, problems


def test_matrix_declares_what_it_can_do():
    matrix = DECLARED["matrix"]
    assert {Capability.DELETE, Capability.MUTE, Capability.KICK, Capability.APPROVE_JOINS} <= matrix
    assert Capability.SET_NICKNAME not in matrix, "a Matrix display name belongs to its user"


@pytest.mark.parametrize("capabilities", _cases())
def test_the_ladder_ends_and_the_record_says_what_was_skipped_and_why(session_factory, capabilities):
    if isinstance(capabilities, str):
        pytest.fail(capabilities)
    platform = SimulatedPlatform(capabilities, name="sim")
    clock = FrozenClock(START)
    runtime = Runtime(sessions=session_factory, platform=platform, clock=clock, bot=MemberRef(platform="sim", id="bot"))
    runtime.add_group(GROUP, BOOK, owner="owner", admins=("admin1",))
    ids = iter(range(1, 100))

    def say(member: str, text: str) -> None:
        event = MessageEvent(
            id=f"m{next(ids)}", group=GROUP, ts=clock.now(), sender=MemberRef(platform="sim", id=member), text=text
        )
        asyncio.run(runtime.submit(event))
        clock.advance(minutes=1)

    say("owner", "大家好")
    say("u1", "兼职刷单，日结")
    say("u1", "你是废物")  # warn
    say("u1", "脑残")  # warn and apologise within 10 minutes
    clock.advance(timedelta(minutes=15))
    asyncio.run(runtime.tick())  # no apology: the next step, mute
    say("u1", "白痴")  # removal

    with session_factory.begin() as session:
        rows = session.execute(
            select(Sanction.kind, Sanction.status, Sanction.last_error)
            .where(Sanction.member_id == "u1")
            .order_by(Sanction.id)
        ).all()
    kinds = [str(kind) for kind, _, _ in rows]
    assert kinds[-1] == "remove", f"the ladder must end in a removal: {kinds}"
    assert "mute" in kinds and "delete_message" in kinds and "require_apology" in kinds, kinds
    for kind, status, error in rows:
        needed = STEP_NEEDS.get(str(kind))
        if needed is not None and needed not in capabilities:
            assert status == "unsupported", (kind, status, error)
            assert error and SKIP_REASON[needed] in error, f"{kind}: the record must say why: {error!r}"
        else:
            assert (status, error) == ("done", None), (kind, status, error)
    state = platform.group(GROUP)
    if Capability.KICK in capabilities:
        assert [member for member, _ in state.kicked] == ["u1"]
    elif Capability.PRIVATE_MESSAGE in capabilities:
        asked = [text for to, text in state.private if to in ("owner", "admin1")]
        assert any("请将" in text and "移出" in text for text in asked), "the admins are asked to remove u1"
    if Capability.KICK not in capabilities and Capability.SEND in capabilities:
        assert any("管理员" in m.text for m in state.messages if "u1" in m.mentions), "the group is told honestly"
    if Capability.MUTE in capabilities:
        assert state.muted == {"u1": 3600}
    else:
        assert state.muted == {}
        told = [m.text for m in state.messages if "u1" in m.mentions and "禁言" in m.text]
        assert all("不能禁言" in text for text in told), "never told in the group that a mute happened"
        assert bool(told) == (Capability.SEND in capabilities), "warned in the group instead, where the bot may speak"
    assert (len(state.deleted) == 1) == (Capability.DELETE in capabilities)
