"""WeChat's grey system lines in a group ("…邀请…加入了群聊", "…移出了群聊", "…撤回了一条消息"), parsed.

Names in these lines are quoted with ASCII or Chinese double quotes; "你" is the account that made
the export. The parser returns names only: the reader maps them to member ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SELF = "\x00self"  # stands for "你", the exporting account

_Q = r"[\"“]([^\"”]+)[\"”]"  # one quoted name
_WHO = rf"(?:{_Q}|(你))"  # a quoted name, or 你
_TAGS = re.compile(r"<!\[CDATA\[|\]\]>|</?(?:img|revokemsg|revo|_wc_cus|a|sysmsg|link|plain)\b[^>]*>")

Kind = Literal["join", "request", "removed", "left", "recall", "other"]


@dataclass(frozen=True, slots=True)
class SystemLine:
    """What a system line says: `members` are who joined/left/were removed; `actor` invited or removed them."""

    kind: Kind
    text: str
    members: tuple[str, ...] = ()
    actor: str | None = None
    via: str | None = None  # join: "invite" or "qrcode"


def clean_system_text(raw: str) -> str:
    """Strip the markup WeChat keeps around system lines (CDATA, <revokemsg>, links)."""
    replaced = re.search(r"<replacemsg>(.*?)</replacemsg>", raw, re.DOTALL)  # 10002 <sysmsg> recalls
    text = replaced.group(1) if replaced else raw
    text = text.replace(' <a href="weixin://revoke_edit_click">重新编辑</a>', "")
    return _TAGS.sub("", text).strip()


def _who(match: re.Match[str], first: int) -> str:
    """The name in group `first` (quoted) or SELF when group `first + 1` (你) matched."""
    return match.group(first) if match.group(first) is not None else SELF


def _names(quoted: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in re.split(r"[、，,]", quoted) if n.strip())


_INVITE = re.compile(rf"^{_WHO}邀请{_WHO}(?:和{_Q})?加入了群聊")
_QRCODE = re.compile(rf"^{_WHO}通过扫描{_WHO}分享的二维码加入群聊")
_REQUEST = re.compile(rf"^{_Q}想邀请{_Q}加入群聊")
_REMOVED_BY_YOU = re.compile(rf"^你将{_Q}移出了群聊")
_REMOVED_YOU = re.compile(rf"^你被{_Q}移出群聊")
_REMOVED_BY = re.compile(rf"^{_Q}被{_Q}移出(?:了)?群聊")
_REMOVED = re.compile(rf"^{_Q}被移出(?:了)?群聊")
_LEFT = re.compile(rf"^{_Q}(?:已)?退出了?(?:该)?群聊")
_RECALL = re.compile(rf"^{_WHO}\s*撤回了一条消息")


def parse_system_line(raw: str) -> SystemLine:
    """Classify one system line; anything not about membership or recalls is kind "other"."""
    text = clean_system_text(raw)
    if m := _INVITE.match(text):
        invitees = _names(m.group(3)) if m.group(3) is not None else (SELF,)
        if m.group(5):
            invitees = (*invitees, *_names(m.group(5)))
        return SystemLine("join", text, invitees, _who(m, 1), "invite")
    if m := _QRCODE.match(text):
        joiner = _names(m.group(1)) if m.group(1) is not None else (SELF,)
        return SystemLine("join", text, joiner, _who(m, 3), "qrcode")
    if m := _REQUEST.match(text):
        return SystemLine("request", text, _names(m.group(2)), m.group(1), "invite")
    if m := _REMOVED_BY_YOU.match(text):
        return SystemLine("removed", text, _names(m.group(1)), SELF)
    if m := _REMOVED_YOU.match(text):
        return SystemLine("removed", text, (SELF,), m.group(1))
    if m := _REMOVED_BY.match(text):
        return SystemLine("removed", text, _names(m.group(1)), m.group(2))
    if m := _REMOVED.match(text):
        return SystemLine("removed", text, _names(m.group(1)), None)
    if m := _LEFT.match(text):
        return SystemLine("left", text, _names(m.group(1)))
    if m := _RECALL.match(text):
        return SystemLine("recall", text, (_who(m, 1),))
    return SystemLine("other", text)
