"""Write an audit as report.html (for admins, offline, phone-readable) and report.json (for programs).

report.json keys (stable; `schema` is "qungui.audit/1"):
    schema            "qungui.audit/1"
    rulebook          {name, title, naming{clause, description, pattern, example} | null,
                       inactivity{clause, window_s, window} | null,
                       acknowledgements{clause, window_s, window, words, notice_markers},
                       clauses{<id>: {title, text, enforcement, ladder}}}
    totals            {events, messages, system_messages, recalls, members, groups[{id, name}],
                       first_at, last_at, period_s, period, row_errors, warnings, duplicates,
                       out_of_order, ticks}
    clauses           [{clause, title, text, count, members{<member id>: n}, samples[violation]}]
                      most-violated first; samples are at most 5 per clause
    members           [{group, member_id, name, is_admin, present, status, messages, last_message_at,
                        recalls, violations, by_clause{<clause>: n},
                        ladders[{ladder, title, strikes, active_strikes, last_action,
                                 steps[{at, clause, step, action}]}],
                        pending_apology{clause, ladder, due} | null,
                        fines[{clause, amount, due, paid_at}], fines_owed, fines_paid,
                        removed_at, removed_by_rules}]
    removed_by_rules  [{group, member_id, name, removed_at}]  members the rules would have removed
    silent            [{group, member_id, name, last_active_at, silent_for_s, silent_for}]
    nicknames         [{group, member_id, name, is_admin}]  nicknames failing the naming rule
    notices           [{group, message_id, at, sender_id, sender_name, text, present,
                        acknowledged[{member_id, name, at, via: "reply"|"window"}],
                        missing[{member_id, name}], rate}]
    actions           [{at, group, member_id, member_name, kind, clause, text}]  what the bot would have done
    action_counts     {<kind>: n}
    violations        [{at, group, member_id, member_name, clause, also_cites, evidence, revealed_by,
                        detector, category, step, event_key}]  every breach, in log order
    row_errors        [{line, column, field, level: "error"|"warning", message}]
    notes             [str]
Times are ISO 8601 with offset; amounts are decimal strings.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from qungui.offline.result import AuditResult, span_text
from qungui.rules.messages import human_duration

HTML_NAME = "report.html"
JSON_NAME = "report.json"
MAX_ACTION_ROWS = 300

ACTION_LABELS = {
    "delete_message": "撤回消息",
    "remind": "提醒",
    "dissuade": "劝阻",
    "warn": "口头警告",
    "require_apology": "警告并要求道歉",
    "serious_warning": "严重警告",
    "fine": "罚发群红包",
    "mute": "禁言",
    "remove": "请出本群",
    "record": "记录在案",
    "queue_for_admin": "待管理员审核",
    "hold_join": "入群待审核",
    "approve_join": "同意入群",
    "reject_join": "拒绝入群",
    "alert_admin": "提醒管理员",
    "ack_apology": "已道歉",
    "ack_fine_paid": "罚红包已发",
    "welcome": "欢迎新人",
    "ack_rules": "已确认阅读群规",
}
STEP_LABELS = {
    "remind": "提醒",
    "dissuade": "劝阻",
    "warn": "口头警告",
    "warn_apology": "警告并要求道歉",
    "serious_warning": "严重警告",
    "fine": "罚红包",
    "mute": "禁言",
    "remove": "请出",
    "alert_admin": "交管理员",
    "record": "记录",
    "merged": "并入同一次（冷却期内）",
}
STATUS_LABELS = {"active": "在群", "removed": "已移出", "left": "已退群", "pending": "待审核"}


def _environment(zone: tzinfo) -> Environment:
    env = Environment(
        loader=PackageLoader("qungui.offline", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )

    def when(value: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
        return value.astimezone(zone).strftime(fmt) if value is not None else "—"

    def pct(value: float | None) -> str:
        return f"{value * 100:.0f}%" if value is not None else "—"

    env.filters.update(
        when=when,
        pct=pct,
        span=span_text,
        secs=lambda s: human_duration(s, "zh-CN"),
        action=lambda k: ACTION_LABELS.get(k, k),
        step=lambda k: STEP_LABELS.get(k or "", k or "—"),
        status=lambda k: STATUS_LABELS.get(k, k),
    )
    return env


def render_html(result: AuditResult, *, tz: tzinfo | None = None) -> str:
    """The HTML report: self-contained (inline CSS, no scripts, no external resources)."""
    zone = tz or ZoneInfo("Asia/Shanghai")
    template = _environment(zone).get_template("audit.html.j2")
    rates = [n.rate for n in result.notices if n.rate is not None]
    sanctioned = [
        m for m in result.members if m.ladders or m.fines or m.pending_apology or m.removed_by_rules or m.violations
    ]
    return template.render(
        r=result,
        totals=result.totals,
        clause_info=result.rulebook["clauses"],
        offenders=[m for m in result.members if m.violations],
        sanctioned=sanctioned,
        mean_rate=sum(rates) / len(rates) if rates else None,
        actions=result.actions[:MAX_ACTION_ROWS],
        more_actions=max(0, len(result.actions) - MAX_ACTION_ROWS),
        names={m.member_id: m.label for m in result.members},
        multi_group=len(result.totals.groups) > 1,
    )


def render_json(result: AuditResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_report(result: AuditResult, out_dir: Path, *, tz: tzinfo | None = None) -> tuple[Path, Path]:
    """Write report.html and report.json into `out_dir` (created if needed); return both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / HTML_NAME
    json_path = out_dir / JSON_NAME
    html_path.write_text(render_html(result, tz=tz), encoding="utf-8")
    json_path.write_text(render_json(result), encoding="utf-8")
    return html_path, json_path
