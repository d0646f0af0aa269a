"""What a group owner checks after something happened in the group, as assertions on a LiveGroup.

`open_group` starts a governed group from a shipped template with a known cast (owner, two admins,
members with Chinese nicknames); the other helpers look at the bot's messages, the admins' private
notices, the cases and the members' state, and fail with the whole conversation when a check fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from e2e.live import LiveGroup
from qungui.adapters.simulator.platform import ALL_CAPABILITIES
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.rules.schema import RosterEntry

ADMINS = ("owner", "admin1", "admin2")
QR = Path(__file__).resolve().parent.parent / "data" / "qr"

NAMES = {
    "owner": "群主老陈",
    "admin1": "管理员周",
    "admin2": "管理员吴",
    "zhang": "张三",
    "li": "李四",
    "wang": "王五",
    "zhao": "赵六",
    "qian": "钱七",
    "sun": "孙八",
}
# The chamber's real-name rule: 所在公司+部门职位+姓名.
CHAMBER_NAMES = {
    "zhang": "安徽商会金融服务部张三",
    "li": "合肥建工集团办公室主任李四",
    "wang": "芜湖铜业销售部经理王五",
    "zhao": "安徽商会会员部赵六",
}


def open_group(
    sessions,
    template: str,
    *,
    capabilities=ALL_CAPABILITIES,
    roster: Iterable[RosterEntry] | None = None,
    start=None,
) -> LiveGroup:
    """A fresh group governed by the shipped `template` (its roster replaced when given)."""
    rulebook = load_template(template)
    if roster is not None:
        membership = rulebook.membership.model_copy(update={"roster": list(roster)})
        rulebook = rulebook.model_copy(update={"membership": membership})
    extra = {"start": start} if start is not None else {}
    group = LiveGroup(sessions, compile_rulebook(rulebook), capabilities=capabilities, **extra)
    group.names.update(NAMES)
    if template == "chamber":
        group.names.update(CHAMBER_NAMES)
    return group


def qr(name: str) -> bytes:
    """A QR fixture image from tests/data/qr."""
    return (QR / f"{name}.png").read_bytes()


# -- what the group sees ---------------------------------------------------------------------------


def conversation(group: LiveGroup) -> str:
    """Everything the bot said, for assertion messages."""
    lines = [f"[群] @{','.join(m.mentions)} {m.text}" for m in group.sim.messages]
    lines += [f"[私→{to}] {text}" for to, text in group.sim.private]
    return "\n".join(lines)


def cites(text: str, clause: str) -> bool:
    """Whether `text` cites the clause as the bot does: 群规【一.6 不得人身攻击】 or （群规【11】）."""
    return re.search(rf"【{re.escape(clause)}[ 】]", text) is not None


def told_in_group(group: LiveGroup, member: str, clause: str, *, since=(0, 0), contains: str = "") -> str:
    """The bot's group message that mentions `member` and cites `clause` (and holds `contains`)."""
    found = [
        m.text
        for m in group.group_messages(since)
        if member in m.mentions and cites(m.text, clause) and contains in m.text
    ]
    assert found, f"no group message to {member} citing {clause} {contains!r}:\n{conversation(group)}"
    name = group.names.get(member, member)
    assert name in found[-1], f"the message does not name {name}: {found[-1]}"
    return found[-1]


def silent_in_group(group: LiveGroup, since) -> None:
    """The bot said nothing in the group since the mark."""
    assert group.group_texts(since) == [], conversation(group)


def admins_told(group: LiveGroup, contains: str, *, since=(0, 0), admins: Iterable[str] = ADMINS) -> list[str]:
    """Each admin got a private message holding `contains`; those messages."""
    texts: list[str] = []
    for admin in admins:
        found = [t for t in group.private_texts(admin, since) if contains in t]
        assert found, f"{admin} was not told privately {contains!r}:\n{conversation(group)}"
        texts.extend(found)
    return texts


def admins_not_told(group: LiveGroup, since) -> None:
    for admin in ADMINS:
        assert group.private_texts(admin, since) == [], conversation(group)


def nowhere_in_group(group: LiveGroup, *members: str) -> None:
    """No group message names, mentions or gives the id of any of `members` (a confidential reporter)."""
    for message in group.group_messages():
        for member in members:
            name = group.names.get(member, member)
            assert member not in message.mentions, message
            assert member not in message.text and name not in message.text, message


def case_number(group: LiveGroup, member: str, clause: str, *, status: str) -> int:
    """The number of the member's latest case under `clause` with `status` (admins type A<number>)."""
    numbers = [n for n, c, _step in group.case_numbers(member, status=status) if c == clause]
    assert numbers, f"no {status} case of {member} under {clause}: {group.cases()}"
    return numbers[-1]


def clause_cases(group: LiveGroup, member: str, clause: str) -> list[tuple[str, str | None]]:
    """(status, step) of the member's cases under `clause`, oldest first."""
    return [(status, step) for c, status, step, _m in group.cases(member) if c == clause]


def request_number(texts: list[str], letter: str) -> str:
    """The request number (J3, S1, Q2…) named in the last of `texts` that has one."""
    for text in reversed(texts):
        found = re.search(rf"{letter}\d+", text)
        if found:
            return found.group(0)
    raise AssertionError(f"no {letter} number in {texts}")


def report(
    group: LiveGroup,
    reporter: str,
    *,
    reason: str,
    target: str | None = None,
    message: str | None = None,
    private: bool = False,
) -> str:
    """`reporter` files 举报 about `target` (@mention) or the group message `message` (a reply); the J number.

    Checks what the reporter and the admins see: a private confirmation with the number, a private
    notice to every admin without the reporter's id or name, the report itself withdrawn from the group.
    """
    since = group.mark()
    mentions: tuple[str, ...] = ()
    text = f"举报 {reason}"
    if target is not None:
        text = f"举报 @{group.names.get(target, target)} {reason}"
        mentions = (target,)
    handled = group.say(reporter, text, mentions=mentions, reply_to=message, private=private)
    assert handled.command == "举报", handled
    confirmation = group.private_texts(reporter, since)
    assert confirmation and "已收到您的举报" in confirmation[-1], conversation(group)
    number = request_number(confirmation, "J")
    name = group.names.get(reporter, reporter)
    notices = admins_told(group, f"新举报 {number}", since=since, admins=[a for a in ADMINS if a != reporter])
    for notice in notices:
        assert reporter not in notice and name not in notice, notice
    if not private:
        assert group.message_id(handled) in group.sim.deleted, "the report posted in the group is withdrawn"
    silent_in_group(group, since)
    return number


def decide(
    group: LiveGroup, admin: str, command: str, *, mentions: tuple[str, ...] = (), private: bool = False
) -> list[str]:
    """An admin sends 通过/拒绝/警告/… ; the bot's answers to that admin (in the group or privately)."""
    since = group.mark()
    handled = group.say(admin, command, mentions=mentions, private=private)
    assert handled.command is not None, f"{command!r} was not taken as a command"
    answers = [m.text for m in group.group_messages(since) if m.reply_to == group.message_id(handled)]
    return answers + group.private_texts(admin, since)  # confirmations with case numbers come privately


def todo(group: LiveGroup, admin: str) -> str:
    """The admin's 待办 list, asked privately."""
    since = group.mark()
    handled = group.private(admin, "待办")
    assert handled.command == "待办", handled
    texts = group.private_texts(admin, since)
    assert texts, conversation(group)
    return texts[-1]


def roster_entries(*entries: tuple[str, str | None]) -> list[RosterEntry]:
    return [RosterEntry(name=name, id=member) for name, member in entries]
