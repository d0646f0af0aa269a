"""What the bot says about notices and tasks, in Simplified Chinese and English; times in the group's zone."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from qungui.rules.compiled import CompiledRulebook

TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "everyone": "全体成员",
        "list_sep": "、",
        "count": "{names}（{n}人）",
        "notice_posted": (
            "【通知 {label}】{text}\n发布：{author}｜对象：{audience}\n"
            "请在 {due} 前回复“收到”（回复本消息，或直接在群里发送“收到”）。"
        ),
        "notice_recorded": "已登记通知 {label}（无需回复确认），未在群内另发。",
        "notice_reminder": (
            "【提醒】通知 {label} 还有 {n} 人未回复：{mentions}\n请回复“收到”，截止 {due}。通知内容：{excerpt}"
        ),
        "notice_all_acked": "通知 {label} 已全部确认（{n}/{n}）。",
        "notice_escalate_head": (
            "通知 {label} 已过截止时间（{due}），您负责的{department}以下成员仍未回复：{names}。"
            "{clause}请督促落实。通知内容：{excerpt}"
        ),
        "notice_escalate_admins": (
            "通知 {label} 已过截止时间（{due}），以下成员仍未回复，且没有登记部门负责人：{names}。"
            "{clause}请管理员跟进（可用“负责人 @成员 部门”登记部门负责人）。通知内容：{excerpt}"
        ),
        "clause": "按群规【{clause} {title}】，",
        "task_given": (
            "【任务 {labels}】{mentions}：{text}\n交办：{issuer}｜截止：{due}\n"
            "请马上回复“收到”确认；当天难以完成的，请回复计划或预计完成时间（如“计划：…”）。"
            "完成后回复“完成”或发送“完成 {first}”。"
        ),
        "task_label_owner": "{label} {name}",
        "task_reminder": (
            "{mention} 任务 {label} 还未确认：{text}（截止 {due}）。请马上回复“收到”，或回复计划、预计完成时间。"
        ),
        "task_plan": "{owner} 对任务 {label}（{text}）给出了计划：{plan}",
        "task_done": "{owner} 已完成任务 {label}：{text}",
        "task_overdue": (
            "任务 {label} 已逾期（截止 {due}）：{owner} 尚未完成“{text}”，当前状态：{status}。{clause}请跟进。"
        ),
        "status_waiting": "未确认",
        "status_confirmed": "已确认",
        "status_plan_given": "已给出计划",
        "status_done": "已完成",
        "status_overdue": "已逾期",
    },
    "en": {
        "everyone": "everyone",
        "list_sep": ", ",
        "count": "{names} ({n})",
        "notice_posted": (
            "[Notice {label}] {text}\nFrom: {author} | To: {audience}\n"
            "Please acknowledge with “收到” before {due} (reply to this message, or send “收到” in the group)."
        ),
        "notice_recorded": "Notice {label} recorded (no acknowledgement required); nothing was posted.",
        "notice_reminder": (
            "[Reminder] Notice {label}: {n} not acknowledged yet: {mentions}\n"
            "Please reply “收到” before {due}. The notice: {excerpt}"
        ),
        "notice_all_acked": "Everyone acknowledged notice {label} ({n}/{n}).",
        "notice_escalate_head": (
            "Notice {label} is past its deadline ({due}). In your department {department} these members have not "
            "acknowledged it: {names}. {clause}Please follow up. The notice: {excerpt}"
        ),
        "notice_escalate_admins": (
            "Notice {label} is past its deadline ({due}). These members have not acknowledged it and have no "
            "department head on record: {names}. {clause}Please follow up (register heads with “负责人 @member "
            "department”). The notice: {excerpt}"
        ),
        "clause": "Under rule 【{clause} {title}】: ",
        "task_given": (
            "[Task {labels}] {mentions}: {text}\nGiven by: {issuer} | Due: {due}\n"
            "Please confirm at once with “收到”; if it cannot be done today, reply with a plan or an expected time "
            "(“计划：…”). When done, reply “完成” or send “完成 {first}”."
        ),
        "task_label_owner": "{label} {name}",
        "task_reminder": (
            "{mention} task {label} is not confirmed yet: {text} (due {due}). Reply “收到” or give a plan."
        ),
        "task_plan": "{owner} gave a plan for task {label} ({text}): {plan}",
        "task_done": "{owner} completed task {label}: {text}",
        "task_overdue": "Task {label} is overdue (due {due}): {owner} has not completed “{text}”; status: {status}. "
        "{clause}Please follow up.",
        "status_waiting": "not confirmed",
        "status_confirmed": "confirmed",
        "status_plan_given": "plan given",
        "status_done": "done",
        "status_overdue": "overdue",
    },
}
EXCERPT_CHARS = 40


def lang(book: CompiledRulebook) -> str:
    return "en" if book.rulebook.language == "en" else "zh-CN"


def say(book: CompiledRulebook, key: str, **values: Any) -> str:
    """The text `key` in the group's language with `values` filled in."""
    return TEXTS[lang(book)][key].format(**values)


def when(book: CompiledRulebook, at: datetime) -> str:
    """A moment in the group's time zone: “11月23日 18:00” or “2026-11-23 18:00”."""
    local = at.astimezone(book.rulebook.tz)
    if lang(book) == "en":
        return f"{local:%Y-%m-%d %H:%M}"
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def joined(book: CompiledRulebook, items: list[str]) -> str:
    return TEXTS[lang(book)]["list_sep"].join(items)


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text[:EXCERPT_CHARS] + "…" if len(text) > EXCERPT_CHARS else text


def clause_note(book: CompiledRulebook, clause_id: str | None) -> str:
    """“按群规【四.3 通知及时回复收到】，” for the clause, or nothing."""
    if clause_id is None:
        return ""
    try:
        title = book.rulebook.clause(clause_id).title
    except KeyError:
        return ""
    return say(book, "clause", clause=clause_id, title=title)


def say_in(table: dict[str, dict[str, str]], book: CompiledRulebook, key: str, **values: Any) -> str:
    """The text `key` of another domain's `table` ({"zh-CN": …, "en": …}) in the group's language."""
    return table[lang(book)][key].format(**values)
