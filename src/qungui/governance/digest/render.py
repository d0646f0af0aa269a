"""The weekly digest as the bot's text, in Simplified Chinese (default) or English.

`render_digest(digest, language=…, aggregate_only=False)`: the full digest names members (silent ones,
those concerned by pending requests, fines, the admins' figures) and goes privately to the owner and
admins. `aggregate_only=True` gives the version fit for the whole group: figures only, no member named.
Reporters never appear in either: pending reports name only the member reported.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from decimal import Decimal

from qungui.governance.digest.result import Digest

MAX_LISTED = 15
TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "title": "【群规周报】{group}｜{start} 至 {end}",
        "sep": "、",
        "violations": "违规：共 {n} 次（{items}）",
        "violations_none": "违规：本周没有",
        "violation": "{clause} {title} {n}次",
        "open_cases": "待管理员处理的案件：{n} 件",
        "notices": "通知回执：{items}",
        "notice": "{label}“{text}” {acked}/{total}（{rate}）{open}",
        "still_open": "进行中",
        "shares": "分享任务：{items}",
        "share": "{label}“{text}” 已发截图 {done}/{total}{open}",
        "silent": "一周以上未发言：{n} 人{names}",
        "pending": "待处理举报 {reports} 件、申诉 {appeals} 件、待审案件 {cases} 件{items}",
        "pending_item": "{label}（{name}）",
        "fines": "未缴罚红包：{n} 笔，共 {total} 元{items}",
        "fine": "{name} {amount}元（{clause}，{due} 前{overdue}）",
        "overdue": "，已逾期",
        "departments": "部门回复（第二篇.9 反映的问题）：",
        "department": "· {name}：提问 {asked}，已回复 {answered}，超时 {late}，未回复 {unanswered}，"
        "回复用时中位 {median}，P90 {p90}",
        "admins": "管理员履职：",
        "admin": "· {name}：发言 {messages} 条，活跃 {days} 天，处理 {decisions} 件，发通知 {notices} 条，"
        "回复提问 {answered} 个（中位 {median}）",
        "admins_total": "管理员履职：{n} 位管理员共发言 {messages} 条，处理 {decisions} 件，回复提问 {answered} 个",
        "admin_questions": "向管理员的提问：{asked} 个，已回复 {answered} 个，回复用时中位 {median}",
        "minutes": "{n}分钟",
        "none": "—",
        "members": "在群成员：{n} 人",
        "footer": "数据来自 qungui 记录的本群消息和处理记录；发送“周报 上周”查看上周，管理后台可查看明细。",
    },
    "en": {
        "title": "[Weekly digest] {group} | {start} to {end}",
        "sep": ", ",
        "violations": "Violations: {n} ({items})",
        "violations_none": "Violations: none this week",
        "violation": "{clause} {title} ×{n}",
        "open_cases": "Cases waiting for an admin: {n}",
        "notices": "Notice acknowledgements: {items}",
        "notice": "{label} “{text}” {acked}/{total} ({rate}){open}",
        "still_open": " open",
        "shares": "Share tasks: {items}",
        "share": "{label} “{text}” screenshots {done}/{total}{open}",
        "silent": "Silent for a week or more: {n}{names}",
        "pending": "Pending: {reports} reports, {appeals} appeals, {cases} queued cases{items}",
        "pending_item": "{label} ({name})",
        "fines": "Unpaid fines: {n}, {total} yuan in all{items}",
        "fine": "{name} {amount} yuan ({clause}, due {due}{overdue})",
        "overdue": ", overdue",
        "departments": "Department answers (questions raised in the group):",
        "department": "· {name}: asked {asked}, answered {answered}, late {late}, unanswered {unanswered}, "
        "median {median}, p90 {p90}",
        "admins": "Admin duties:",
        "admin": "· {name}: {messages} messages, active {days} days, {decisions} decisions, {notices} notices, "
        "{answered} questions answered (median {median})",
        "admins_total": "Admin duties: {n} admins, {messages} messages, {decisions} decisions, {answered} questions "
        "answered",
        "admin_questions": "Questions to the admins: {asked}, answered {answered}, median {median}",
        "minutes": "{n} min",
        "none": "-",
        "members": "Members: {n}",
        "footer": "Computed from what qungui recorded in this group; send “周报 上周” for last week; details in the "
        "console.",
    },
}


def _lang(language: str) -> str:
    return "en" if language == "en" else "zh-CN"


def _day(at: datetime, tz: tzinfo, lang: str) -> str:
    local = at.astimezone(tz)
    return f"{local:%Y-%m-%d}" if lang == "en" else f"{local.month}月{local.day}日"


def _minutes(value: float | None, t: dict[str, str]) -> str:
    if value is None:
        return t["none"]
    shown = int(value) if float(value).is_integer() else value
    return t["minutes"].format(n=shown)


def _amount(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}"


def _list(items: list[str], t: dict[str, str]) -> str:
    shown = t["sep"].join(items[:MAX_LISTED])
    return shown + ("…" if len(items) > MAX_LISTED else "")


def _excerpt(text: str, limit: int = 16) -> str:
    text = " ".join(text.split())
    return text[:limit] + "…" if len(text) > limit else text


def render_digest(digest: Digest, *, language: str = "zh-CN", tz: tzinfo, aggregate_only: bool = False) -> str:
    """The digest as one message (see the module's rules for `aggregate_only`)."""
    lang = _lang(language)
    t = TEXTS[lang]
    last_day = min(digest.week_end, digest.generated_at) - timedelta(microseconds=1)
    lines = [
        t["title"].format(
            group=digest.group_name, start=_day(digest.week_start, tz, lang), end=_day(last_day, tz, lang)
        ),
        t["members"].format(n=digest.members),
    ]
    if digest.violations:
        items = [t["violation"].format(clause=v.clause, title=v.title, n=v.count) for v in digest.violations]
        lines.append(t["violations"].format(n=digest.violations_total, items=_list(items, t)))
    else:
        lines.append(t["violations_none"])
    lines.append(t["open_cases"].format(n=digest.open_cases))
    if digest.notices:
        items = [
            t["notice"].format(
                label=n.label,
                text=_excerpt(n.text),
                acked=n.acknowledged,
                total=n.total,
                rate=f"{n.rate:.0%}",
                open=t["still_open"] if n.open else "",
            )
            for n in digest.notices
        ]
        lines.append(t["notices"].format(items=_list(items, t)))
    if digest.shares:
        items = [
            t["share"].format(
                label=s.label, text=_excerpt(s.text), done=s.done, total=s.total, open=t["still_open"] if s.open else ""
            )
            for s in digest.shares
        ]
        lines.append(t["shares"].format(items=_list(items, t)))
    names = "" if aggregate_only or not digest.silent else "：" + _list([m.name for m in digest.silent], t)
    if lang == "en" and names:
        names = ": " + names[1:]
    lines.append(t["silent"].format(n=len(digest.silent), names=names))
    cases = sum(1 for item in digest.pending if item.kind == "case")
    items_text = ""
    if digest.pending and not aggregate_only:
        listed = [t["pending_item"].format(label=i.label, name=i.name) for i in digest.pending]
        items_text = ("：" if lang != "en" else ": ") + _list(listed, t)
    lines.append(
        t["pending"].format(
            reports=digest.pending_reports, appeals=digest.pending_appeals, cases=cases, items=items_text
        )
    )
    if digest.unpaid_fines:
        fines_text = ""
        if not aggregate_only:
            listed = [
                t["fine"].format(
                    name=f.name,
                    amount=_amount(f.amount),
                    clause=f.clause,
                    due=_day(f.due, tz, lang),
                    overdue=t["overdue"] if f.overdue else "",
                )
                for f in digest.unpaid_fines
            ]
            fines_text = ("：" if lang != "en" else ": ") + _list(listed, t)
        lines.append(
            t["fines"].format(n=len(digest.unpaid_fines), total=_amount(digest.unpaid_total), items=fines_text)
        )
    if digest.departments:
        lines.append(t["departments"])
        lines += [
            t["department"].format(
                name=d.department,
                asked=d.asked,
                answered=d.answered,
                late=d.late,
                unanswered=d.unanswered,
                median=_minutes(d.median_minutes, t),
                p90=_minutes(d.p90_minutes, t),
            )
            for d in digest.departments
        ]
    q = digest.admin_questions
    if q.asked:
        lines.append(
            t["admin_questions"].format(asked=q.asked, answered=q.answered, median=_minutes(q.median_minutes, t))
        )
    if digest.admins:
        if aggregate_only:
            lines.append(
                t["admins_total"].format(
                    n=len(digest.admins),
                    messages=sum(a.messages for a in digest.admins),
                    decisions=sum(a.decisions for a in digest.admins),
                    answered=sum(a.questions_answered for a in digest.admins),
                )
            )
        else:
            lines.append(t["admins"])
            lines += [
                t["admin"].format(
                    name=a.name,
                    messages=a.messages,
                    days=a.days_active,
                    decisions=a.decisions,
                    notices=a.notices,
                    answered=a.questions_answered,
                    median=_minutes(a.median_answer_minutes, t),
                )
                for a in digest.admins
            ]
    lines.append(t["footer"])
    return "\n".join(lines)
