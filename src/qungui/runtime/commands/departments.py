"""部门 (a member's department, or the list) and 负责人 (department heads): admins only, audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import DepartmentHead, Departments
from qungui.governance.departments.service import (
    DepartmentRejected,
    add_head,
    departments_overview,
    remove_head,
    set_member_department,
)
from qungui.governance.notices.service import member_names
from qungui.runtime.commands.names import resolve_words, unknown_reply
from qungui.runtime.commands.replies import answer, lang, private, reason_of, result, say
from qungui.runtime.commands.types import CommandContext, CommandResult


def _sep(ctx: CommandContext) -> str:
    return ", " if lang(ctx) == "en" else "、"


def departments(session: Session, ctx: CommandContext, command: Departments) -> CommandResult:
    """部门 @x 名称 / 部门 @x 无 / 部门."""
    if not command.members and not command.member_words:
        return result(private(ctx.event.sender.id, _overview(session, ctx)))
    named = resolve_words(session, ctx, command.member_words, command.members)
    if named.unknown or not named.members:
        return result(answer(ctx, unknown_reply(ctx, named.unknown, None)))
    actor = ctx.event.sender.id
    department = None if command.clear else command.department
    try:
        for member in named.members:
            set_member_department(
                session, group=ctx.group, member_id=member, department=department, actor=actor, now=ctx.now
            )
    except DepartmentRejected as error:
        return result(answer(ctx, say(ctx, "work_refused", reason=reason_of(ctx, error))))
    names = _sep(ctx).join(member_names(session, group=ctx.group, member_ids=named.members).values())
    if department is None:
        return result(answer(ctx, say(ctx, "dept_cleared", names=names)))
    return result(answer(ctx, say(ctx, "dept_set", names=names, department=department.strip().lstrip("@"))))


def heads(session: Session, ctx: CommandContext, command: DepartmentHead) -> CommandResult:
    """负责人 @x 部门 / 负责人 @x 无."""
    named = resolve_words(session, ctx, command.member_words, command.members)
    if named.unknown or not named.members:
        return result(answer(ctx, unknown_reply(ctx, named.unknown, None)))
    actor, sep = ctx.event.sender.id, _sep(ctx)
    names = sep.join(member_names(session, group=ctx.group, member_ids=named.members).values())
    if command.department is None:
        removed: list[str] = []
        for member in named.members:
            removed += remove_head(session, group=ctx.group, member_id=member, actor=actor, now=ctx.now)
        if not removed:
            return result(answer(ctx, say(ctx, "dept_head_none", names=names)))
        return result(answer(ctx, say(ctx, "dept_head_removed", names=names, departments=sep.join(removed))))
    try:
        for member in named.members:
            add_head(
                session, group=ctx.group, member_id=member, department=command.department, actor=actor, now=ctx.now
            )
    except DepartmentRejected as error:
        return result(answer(ctx, say(ctx, "work_refused", reason=reason_of(ctx, error))))
    return result(answer(ctx, say(ctx, "dept_head_set", names=names, department=command.department.lstrip("@"))))


def _overview(session: Session, ctx: CommandContext) -> str:
    views = departments_overview(session, group=ctx.group, book=ctx.book)
    if not views:
        return say(ctx, "dept_list_empty")
    sep, nobody = _sep(ctx), say(ctx, "dept_list_nobody")
    everyone = {m for v in views for m in (*v.heads, *v.members)}
    names = member_names(session, group=ctx.group, member_ids=sorted(everyone))
    lines = [say(ctx, "dept_list_head")]
    for view in views:
        lines.append(
            say(
                ctx,
                "dept_list_item",
                name=view.name,
                heads=sep.join(names[h] for h in view.heads) or nobody,
                members=sep.join(names[m] for m in view.members) or nobody,
            )
        )
    return "\n".join(lines)
