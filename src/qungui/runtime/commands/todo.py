"""待办: everything waiting for the admins in one private message.

Requests and cases by number (举报 J, 申诉 S, 请假 Q, 入群 R, 案件 A) with the member they concern —
never a reporter — then open notices with their acknowledgement counts (N), tasks not done (T, overdue
first), open share tasks with their screenshots (F), unpaid fines, nicknames that break the naming rule,
members the roster requires who are not in the group, and members queued for a week's silence.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import Todo
from qungui.governance.members.ledger import fine_ledger
from qungui.governance.members.roster import roster_status
from qungui.governance.members.service import load_group_state
from qungui.governance.notices.models import TaskStatus
from qungui.governance.notices.service import acks_of, missing_members, open_notices
from qungui.governance.notices.tasks import open_tasks
from qungui.governance.notices.texts import excerpt
from qungui.governance.shares.service import missing_sharers, open_shares, proofs_of
from qungui.rules.state import ACTIVE
from qungui.rules.workflows import noncompliant_nicknames
from qungui.runtime.commands.pending import waiting
from qungui.runtime.commands.replies import amount_text, lang, name_of, private, result, when
from qungui.runtime.commands.types import CommandContext, CommandResult

MAX_PER_SECTION = 20
KIND_NAMES = {
    "zh-CN": {"J": "举报", "S": "申诉", "Q": "请假", "R": "入群", "A": "待审案件"},
    "en": {"J": "report", "S": "appeal", "Q": "leave", "R": "join", "A": "queued case"},
}
HEADINGS = {
    "zh-CN": {
        "title": "待办事项",
        "waiting": "待处理（回复“通过/拒绝 编号”）",
        "notices": "进行中的通知（“回执 编号”查看详情）",
        "notice": "{label} {text}：已确认 {acked}/{total}，截止 {due}",
        "tasks": "未完成的任务",
        "shares": "进行中的分享任务（“回执 编号”查看详情）",
        "share": "{label} {text}：已发截图 {done}/{total}，截止 {due}",
        "task": "{label} {owner}：{text}（{status}，截止 {due}）",
        "task_waiting": "未确认",
        "task_confirmed": "已确认",
        "task_plan_given": "已给出计划",
        "task_overdue": "已逾期",
        "fines": "未缴罚红包",
        "names": "昵称不符合命名规则",
        "missing": "名单上尚未入群",
        "silent": "一周未发言待处理",
        "none": "目前没有待办事项。",
        "more": "…另有 {n} 项",
    },
    "en": {
        "title": "To do",
        "waiting": "Waiting (reply “通过/拒绝 <id>”)",
        "notices": "Open notices (“回执 <id>” for details)",
        "notice": "{label} {text}: {acked}/{total} acknowledged, due {due}",
        "tasks": "Tasks not done",
        "shares": "Open share tasks (“回执 <id>” for details)",
        "share": "{label} {text}: {done}/{total} screenshots, due {due}",
        "task": "{label} {owner}: {text} ({status}, due {due})",
        "task_waiting": "not confirmed",
        "task_confirmed": "confirmed",
        "task_plan_given": "plan given",
        "task_overdue": "overdue",
        "fines": "Unpaid fines",
        "names": "Nicknames breaking the naming rule",
        "missing": "On the member list but not in the group",
        "silent": "Silent for a week, queued",
        "none": "Nothing is waiting.",
        "more": "…and {n} more",
    },
}


def todo(session: Session, ctx: CommandContext, command: Todo) -> CommandResult:
    """The admin's to-do list, privately (it names members; the group need not read it)."""
    language = lang(ctx)
    words = HEADINGS[language]
    kinds = KIND_NAMES[language]
    state = load_group_state(session, group=ctx.group, book=ctx.book)
    sections: list[tuple[str, list[str]]] = [
        (
            words["waiting"],
            [
                f"{i.label} {kinds[i.kind]}：{name_of(session, ctx, i.member)}"
                for i in waiting(session, group=ctx.group)
            ],
        ),
        (words["notices"], _notices(session, ctx, words)),
        (words["tasks"], _tasks(session, ctx, words)),
        (words["shares"], _shares(session, ctx, words)),
        (
            words["fines"],
            [
                f"{row.name or row.member_id} {amount_text(row.amount)}元（{row.clause}，{when(ctx, row.due)} 前）"
                for row in fine_ledger(state, unpaid_only=True)
            ],
        ),
        (words["names"], [f"“{name}”" for _member, name in noncompliant_nicknames(ctx.book, state)]),
        (words["missing"], [entry.name for entry in roster_status(ctx.book.rulebook, state).missing]),
        (
            words["silent"],
            [
                m.name or m.member_id
                for m in state.members.values()
                if m.status == ACTIVE and m.inactivity_queued_at is not None
            ],
        ),
    ]
    lines = [words["title"]]
    for heading, items in sections:
        if not items:
            continue
        lines.append(f"【{heading}】")
        lines.extend(f"· {item}" for item in items[:MAX_PER_SECTION])
        if len(items) > MAX_PER_SECTION:
            lines.append(words["more"].format(n=len(items) - MAX_PER_SECTION))
    if len(lines) == 1:
        lines.append(words["none"])
    return result(private(ctx.event.sender.id, "\n".join(lines)))


def _notices(session: Session, ctx: CommandContext, words: dict[str, str]) -> list[str]:
    items = []
    for notice in open_notices(session, group=ctx.group):
        acked = len(acks_of(session, notice=notice))
        missing = len(missing_members(session, group=ctx.group, notice=notice))
        items.append(
            words["notice"].format(
                label=f"N{notice.id}",
                text=excerpt(notice.text),
                acked=acked,
                total=acked + missing,
                due=when(ctx, notice.due_at),
            )
        )
    return items


def _shares(session: Session, ctx: CommandContext, words: dict[str, str]) -> list[str]:
    items = []
    for share in open_shares(session, group=ctx.group):
        missing = len(missing_sharers(session, group=ctx.group, share=share))
        done = sum(1 for p in proofs_of(session, share=share).values() if p.proved_at is not None)
        items.append(
            words["share"].format(
                label=f"F{share.id}",
                text=excerpt(share.text),
                done=done,
                total=done + missing,
                due=when(ctx, share.due_at),
            )
        )
    return items


def _tasks(session: Session, ctx: CommandContext, words: dict[str, str]) -> list[str]:
    tasks = open_tasks(session, group=ctx.group)
    tasks.sort(key=lambda t: (t.status != TaskStatus.OVERDUE.value, t.due_at, t.id))
    return [
        words["task"].format(
            label=f"T{task.id}",
            owner=name_of(session, ctx, task.owner_id),
            text=excerpt(task.text),
            status=words[f"task_{task.status}"],
            due=when(ctx, task.due_at),
        )
        for task in tasks
    ]
