"""How the simulator page sees the hub: JSON for members, timeline items and the clock."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from qungui.adapters.simulator.group import SimGroup, SimMember
from qungui.adapters.simulator.hub import SimulatorHub, Updates
from qungui.adapters.simulator.timeline import Item
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.detectors.membership import nickname_ok, on_roster

ROLE_LABELS = {"owner": "群主", "admin": "管理员", "member": ""}
STATUS_LABELS = {"active": "", "pending": "待审核", "left": "已退出", "removed": "已移出"}
ROLE_ORDER = {"owner": 0, "admin": 1, "member": 2}
STATUS_ORDER = {"active": 0, "pending": 1, "left": 2, "removed": 2}


def member_json(member: SimMember, *, book: CompiledRulebook, group: SimGroup, now: datetime) -> dict[str, Any]:
    naming = book.rulebook.naming
    compliant = nickname_ok(naming.pattern, member.name) if naming is not None else None
    muted = member.muted_until is not None and member.muted_until > now
    inviter = group.members.get(member.invited_by or "")
    return {
        "id": member.id,
        "name": member.name,
        "role": member.role.value,
        "role_label": ROLE_LABELS.get(member.role.value, ""),
        "status": member.status,
        "status_label": STATUS_LABELS.get(member.status, member.status),
        "compliant": compliant,
        "on_roster": on_roster(book.rulebook, member.id, member.name),
        "muted": muted,
        "muted_minutes": int((member.muted_until - now).total_seconds() // 60) + 1 if muted else 0,  # type: ignore[operator]
        "hold_reason": member.hold_reason.partition("：")[2] or member.hold_reason,
        "invited_by": inviter.name if inviter else None,
    }


def members_json(group: SimGroup, *, book: CompiledRulebook, now: datetime) -> list[dict[str, Any]]:
    ordered = sorted(
        group.members.values(),
        key=lambda m: (STATUS_ORDER.get(m.status, 3), ROLE_ORDER.get(m.role.value, 3)),
    )
    return [member_json(m, book=book, group=group, now=now) for m in ordered]


def roster_outside(group: SimGroup, book: CompiledRulebook) -> list[dict[str, str]]:
    """People on the member list (with an id) who are not in the group nor waiting: the join dialog offers them."""
    inside = {m.id for m in group.members.values() if m.status in ("active", "pending")}
    return [{"id": e.id, "name": e.name} for e in book.rulebook.membership.roster if e.id and e.id not in inside]


def item_json(item: Item, tz: tzinfo) -> dict[str, Any]:
    data = item.to_json()
    local = item.ts.astimezone(tz)
    data["time"] = local.strftime("%H:%M")
    data["day"] = f"{local.month}月{local.day}日"
    data["epoch"] = item.ts.timestamp()
    return data


def clock_json(hub: SimulatorHub, tz: tzinfo) -> dict[str, Any]:
    now = hub.clock.now().astimezone(tz)
    return {
        "now": now.isoformat(),
        "label": f"{now.month}月{now.day}日 {now:%H:%M}",
        "fast_forward": hub.can_fast_forward,
    }


def updates_json(
    updates: Updates, *, hub: SimulatorHub, group: SimGroup, book: CompiledRulebook, tz: tzinfo
) -> dict[str, Any]:
    now = hub.clock.now()
    return {
        "rev": updates.rev,
        "items": [item_json(item, tz) for item in updates.items],
        "private": [item_json(item, tz) for item in updates.private],
        "members": members_json(group, book=book, now=now) if updates.members is not None else None,
        "roster_outside": roster_outside(group, book) if updates.members is not None else None,
        "clock": clock_json(hub, tz),
    }
