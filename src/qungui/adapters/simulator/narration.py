"""The simulator's words: system lines in the timeline and the short verdict under a judged message."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from qungui.adapters.simulator.group import SimGroup, SimMember
from qungui.adapters.simulator.platform import SentMessage
from qungui.adapters.simulator.timeline import Item, ItemType, Quote
from qungui.core.events import MemberRef
from qungui.core.findings import ActionKind
from qungui.rules.messages import human_duration

STEP_LABELS = {
    "remind": "提醒",
    "dissuade": "劝阻",
    "warn": "口头警告",
    "warn_apology": "警告并要求道歉",
    "serious_warning": "严重警告",
    "fine": "罚发群红包",
    "mute": "禁言",
    "remove": "请出本群",
    "alert_admin": "转告管理员",
    "record": "记录在案",
    "merged": "并入同一次违规",
}
EVIDENCE_CHARS = 30


def verdict_of(handled: Any) -> tuple[str, ...]:
    """One line per violation the runtime found in a message: clause, what it did, the evidence."""
    decision = getattr(handled, "decision", None)
    if decision is None:
        return ()
    lines = []
    for violation in decision.violations:
        step = STEP_LABELS.get(violation.step or "", violation.step or "记录")
        if violation.enforcement.value == "assisted":
            step = f"交管理员审核（建议：{step}）"
        evidence = next((f.evidence for f in violation.findings if f.evidence), "")
        line = f"【{violation.clause} {violation.title}】→ {step}"
        if evidence:
            cut = evidence if len(evidence) <= EVIDENCE_CHARS else evidence[: EVIDENCE_CHARS - 1] + "…"
            line += f"（依据：{cut}）"
        lines.append(line)
    return tuple(lines)


def hold_reason_of(handled: Any) -> str:
    """What the bot said when it held a join request ("" when it did not)."""
    decision = getattr(handled, "decision", None)
    if decision is None:
        return ""
    return next((a.text for a in decision.actions if a.kind is ActionKind.HOLD_JOIN), "")


class Narrator:
    """Writes the hub's system lines and the bot's messages into a group's timeline."""

    def __init__(self, bot: MemberRef) -> None:
        self._bot = bot
        self._bot_name = bot.name or bot.id

    def joined(self, group: SimGroup, member: SimMember, by: SimMember | None, now: datetime) -> Item:
        text = f"{by.name} 邀请 {member.name} 加入了群聊" if by else f"{member.name} 通过扫描二维码加入了群聊"
        return group.timeline.add(ItemType.SYSTEM, now, text)

    def requested(self, group: SimGroup, member: SimMember, by: SimMember | None, now: datetime) -> Item:
        how = f"{by.name} 邀请 {member.name} 加入群聊" if by else f"{member.name} 申请加入群聊"
        return group.timeline.add(ItemType.SYSTEM, now, f"{how}，等待群主或管理员确认")

    def approved(self, group: SimGroup, member: SimMember, by: str, now: datetime) -> Item:
        return group.timeline.add(ItemType.SYSTEM, now, f"{by} 同意了入群申请，{member.name} 加入了群聊")

    def bot_said(self, group: SimGroup, message: SentMessage, now: datetime) -> Item:
        bot = self._bot
        quote = None
        if message.reply_to:
            target = group.timeline.get(message.reply_to)
            if target is not None:
                quote = Quote(target.id or "", target.sender_name or "", target.text[:40])
        return group.timeline.add(
            ItemType.BOT,
            now,
            message.text,
            id=message.id,
            sender_id=bot.id,
            sender_name=self._bot_name,
            quote=quote,
            mentions=tuple(group.name_of(m) for m in message.mentions),
        )

    def withdrawn(self, group: SimGroup, message_id: str, now: datetime) -> None:
        target = group.timeline.get(message_id)
        if target is not None and not target.deleted:
            target.deleted = True
            group.timeline.touch(target)
        # As a platform shows an admin's recall: no name (the message may have been a report).
        group.timeline.add(ItemType.SYSTEM, now, f"{self._bot_name} 撤回了一条成员消息", tone="warn")

    def jumped(self, delta: timedelta, now: datetime) -> str:
        span = human_duration(delta.total_seconds(), "zh-CN")
        return f"时间快进了 {span} · 现在是 {now:%m月%d日 %H:%M}"
