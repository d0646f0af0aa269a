"""Who an @word names: a department, a member by display name, or one of the mentioned members."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.members.models import Member
from qungui.runtime.commands.replies import lang, say
from qungui.runtime.commands.types import CommandContext


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


@dataclass(slots=True)
class Named:
    departments: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def resolve_words(
    session: Session,
    ctx: CommandContext,
    words: Iterable[str],
    mentioned: Iterable[str],
    *,
    departments: Iterable[str] = (),
) -> Named:
    """Sort @words into departments and members; words nobody has are `unknown`.

    Mentioned member ids always count. A word that is nobody's name is forgiven when a mentioned
    member's name is not known (the platform mentioned them; qungui has not seen their name yet).
    """
    mentioned = list(dict.fromkeys(mentioned))
    known_departments = {_key(d): d for d in departments}
    rows = session.execute(
        select(Member.external_id, Member.display_name).where(
            Member.group_id == ctx.group.id, Member.status == "active", Member.display_name.is_not(None)
        )
    )
    by_name: dict[str, str] = {}
    names_of: dict[str, str] = {}
    for member_id, name in rows:
        by_name.setdefault(_key(name), member_id)
        names_of[member_id] = _key(name)
    found = Named(members=list(mentioned))
    for word in words:
        key = _key(word)
        if key in known_departments:
            found.departments.append(known_departments[key])
        elif key in by_name:
            if by_name[key] not in found.members:
                found.members.append(by_name[key])
        else:
            found.unknown.append(word)
    nameless = [m for m in mentioned if m not in names_of]
    if found.unknown and len(nameless) >= len(found.unknown):
        found.unknown = []
    return found


def unknown_reply(ctx: CommandContext, unknown: list[str], departments: list[str] | None) -> str:
    """“没有找到部门或成员“X”。本群已有部门：…” (departments None: only members were possible)."""
    sep = ", " if lang(ctx) == "en" else "、"
    if departments is None:
        what, hint = say(ctx, "what_member"), say(ctx, "hint_mention")
    else:
        what = say(ctx, "what_dept_or_member")
        if departments:
            hint = say(ctx, "hint_departments", departments=sep.join(departments))
        else:
            hint = say(ctx, "hint_no_departments")
    return say(ctx, "unknown_names", what=what, names=sep.join(unknown), hint=hint)
