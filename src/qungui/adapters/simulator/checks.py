"""What a simulated person may do, checked before anything reaches the runtime; refusals in Chinese."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from decimal import Decimal

from qungui.adapters.simulator.group import ACTIVE, PENDING, SimGroup, SimMember
from qungui.adapters.simulator.timeline import ItemType, Quote, Timeline
from qungui.core.errors import QunguiError
from qungui.core.events import Attachment, MessageKind

MAX_TEXT = 2000
MAX_NAME = 32
MAX_VOICE_S = 60 * 60
MAX_RED_ENVELOPE = Decimal(200)  # WeChat's limit for one red envelope
QUOTE_CHARS = 200  # the page shortens it further
KIND_LABELS = {"image": "[图片]", "voice": "[语音]", "red_envelope": "[红包]"}


class HubError(QunguiError):
    """Something a simulated person cannot do (speak while muted, approve without being an admin…)."""


def known(group: SimGroup, member_id: str) -> SimMember:
    member = group.members.get(member_id)
    if member is None:
        raise HubError(f"群里没有这个人：{member_id}")
    return member


def active_inviter(group: SimGroup, inviter: str | None) -> SimMember | None:
    if not inviter:
        return None
    by = known(group, inviter)
    if by.status != ACTIVE:
        raise HubError(f"{by.name} 不在群聊中，不能邀请别人")
    return by


def may_speak(member: SimMember, now: datetime) -> None:
    """Refuse a group message from someone waiting to join, gone, or muted."""
    if member.status == PENDING:
        raise HubError(f"{member.name} 的入群申请还在等待审核，暂时不能在群里发言")
    if member.status != ACTIVE:
        raise HubError(f"{member.name} 已不在群聊中，不能在群里发言（仍可私聊 qungui）")
    if member.muted_until is not None and member.muted_until > now:
        left = max(1, int((member.muted_until - now).total_seconds() // 60))
        raise HubError(f"{member.name} 正在被禁言，还剩约 {left} 分钟")


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise HubError("昵称不能为空")
    if len(name) > MAX_NAME:
        raise HubError(f"昵称太长了：最多 {MAX_NAME} 个字")
    return name


def attachments_for(
    kind: MessageKind,
    text: str,
    *,
    image: bytes | None,
    image_mime: str,
    voice_s: float | None,
    amount: Decimal | None,
) -> tuple[Attachment, ...]:
    """The message's attachments, after checking that each kind has what it needs."""
    if len(text) > MAX_TEXT:
        raise HubError(f"消息太长了：最多 {MAX_TEXT} 个字")
    if kind is MessageKind.TEXT and not text:
        raise HubError("不能发送空白消息")
    if kind is MessageKind.IMAGE:
        if not image:
            raise HubError("请选择一张图片")
        digest = hashlib.sha256(image).hexdigest()
        return (Attachment(mime=image_mime, name="image", size=len(image), sha256=digest, data=image),)
    if kind is MessageKind.VOICE:
        if voice_s is None or not 0 < voice_s <= MAX_VOICE_S:
            raise HubError(f"语音时长须在 1 到 {MAX_VOICE_S} 秒之间")
        return (Attachment(mime="audio/silk", name="voice", duration_s=voice_s),)
    if kind is MessageKind.RED_ENVELOPE and (amount is None or not Decimal("0.01") <= amount <= MAX_RED_ENVELOPE):
        raise HubError(f"红包金额须在 0.01 到 {MAX_RED_ENVELOPE} 元之间")
    return ()


def quote_for(channel: Timeline, reply_to: str | None) -> Quote | None:
    """The quoted message shown above a reply; refused when it is gone from the timeline."""
    if not reply_to:
        return None
    target = channel.get(reply_to)
    if target is None or target.type is ItemType.SYSTEM:
        raise HubError("引用的消息不存在或已过期")
    label = KIND_LABELS.get(target.kind, "")
    return Quote(reply_to, target.sender_name or "", (label or target.text)[:QUOTE_CHARS])


def newcomer(group: SimGroup, name: str, member_id: str | None) -> SimMember:
    """The person arriving: someone known who left (same id), else a new person with a WeChat-like id."""
    name = clean_name(name)
    if member_id:
        existing = group.members.get(member_id)
        if existing is not None and existing.status in (ACTIVE, PENDING):
            raise HubError(f"{existing.name} 已在群聊中或正在等待审核")
        if existing is not None:
            existing.name = name
            return existing
    return SimMember(member_id or f"wxid_{secrets.token_hex(5)}", name)
