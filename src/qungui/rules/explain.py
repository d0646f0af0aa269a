"""Explain a rulebook clause by clause: the quoted text and what carries it out, in one line each.

Pure: no I/O. `qungui explain` prints the rows (its --json output keeps only the contract keys
clause, text, enforcement, mechanism); the console and the table use the other keys too.
"""

from __future__ import annotations

from typing import Any

from qungui.rules.detectors import Registry, builtin_detectors
from qungui.rules.messages import human_duration
from qungui.rules.schema import Clause, DetectorRef, Enforcement, Ladder, LadderStep, Rulebook, StepAction, Workflow

CONTRACT_KEYS = ("clause", "text", "enforcement", "mechanism")

STEP_LABELS: dict[StepAction, str] = {
    StepAction.REMIND: "提醒",
    StepAction.DISSUADE: "劝阻",
    StepAction.WARN: "口头警告",
    StepAction.WARN_APOLOGY: "警告并道歉",
    StepAction.SERIOUS_WARNING: "严重警告",
    StepAction.FINE: "罚发群红包",
    StepAction.MUTE: "禁言",
    StepAction.REMOVE: "请出",
    StepAction.ALERT_ADMIN: "通知管理员",
    StepAction.RECORD: "记录在案",
}

WORKFLOW_LABELS: dict[Workflow, str] = {
    Workflow.NEWCOMER: "新人欢迎并发送群规",
    Workflow.INVITE_APPROVAL: "邀请入群需管理员同意",
    Workflow.MEMBERSHIP: "成员名单",
    Workflow.NAMING: "实名昵称",
    Workflow.REPORT: "举报（举报人保密）",
    Workflow.APPEAL: "申诉与重新入群",
    Workflow.INACTIVITY: "长期不发言提醒",
    Workflow.LEAVE: "请假",
    Workflow.NOTICE_ACK: "通知回复确认",
    Workflow.DIRECTIVE: "领导指令跟踪",
    Workflow.SHARE_TASK: "分享任务",
    Workflow.RESPONSE_TIME: "问题回复时限",
    Workflow.ADMIN_DUTIES: "管理员职责记录",
    Workflow.PENALTY_LEDGER: "罚款台账",
    Workflow.DIGEST: "周报",
    Workflow.FEEDBACK: "意见反馈",
    Workflow.VIP_CRM: "VIP客户管理",
}

_WEEKDAYS = "一二三四五六日"


def explain_rows(rulebook: Rulebook, registry: Registry | None = None) -> list[dict[str, Any]]:
    """One row per clause, in clause order: the verbatim text and how the clause is carried out."""
    registry = registry if registry is not None else builtin_detectors()
    return [_row(rulebook, clause, registry) for clause in rulebook.clauses]


def _row(rulebook: Rulebook, clause: Clause, registry: Registry) -> dict[str, Any]:
    ladder = rulebook.ladders.get(clause.ladder) if clause.ladder else None
    ladder_text = describe_ladder(ladder, rulebook.language) if ladder is not None else None
    return {
        "clause": clause.id,
        "text": clause.text,
        "enforcement": clause.enforcement.value,
        "mechanism": mechanism(rulebook, clause, registry),
        "title": clause.title,
        "category": clause.category.value if clause.category is not None else None,
        "ladder": ladder_text,
        "workflows": [w.value for w in clause.workflows],
    }


def mechanism(rulebook: Rulebook, clause: Clause, registry: Registry | None = None) -> str:
    """A one-line account of what carries out `clause`: detectors, workflows, ladder, schedule, reason."""
    registry = registry if registry is not None else builtin_detectors()
    parts: list[str] = []
    if clause.enforcement is Enforcement.ASSISTED:
        parts.append("需管理员确认 (assisted)")
    parts.extend(_detector_line(rulebook, clause, ref, registry) for ref in clause.detectors)
    parts.extend(_rulebook_settings(rulebook, clause.id))
    if clause.workflows:
        parts.append("流程: " + "、".join(f"{WORKFLOW_LABELS[w]}({w.value})" for w in clause.workflows))
    if clause.active_during is not None:
        parts.append(_schedule_line(rulebook, clause.active_during))
    if clause.ladder is not None:
        ladder = rulebook.ladders.get(clause.ladder)
        if ladder is not None:
            parts.append(f"阶梯 {describe_ladder(ladder, rulebook.language)}{_expiry(ladder, rulebook.language)}")
    if clause.delete_message:
        parts.append("删除违规消息")
    if clause.detectors and not clause.exempt_admins:
        parts.append("管理员同样适用")
    if clause.reason:
        label = "人工" if clause.enforcement is Enforcement.MANUAL else "原因"
        parts.append(f"{label}: {clause.reason}")
    if not parts:
        parts.append("仅记录")
    return "; ".join(parts)


def describe_ladder(ladder: Ladder, language: str = "zh-CN") -> str:
    """The ladder's title and steps, arrowed: “违规处理步骤: 口头警告 → 警告并道歉(10分钟) → 请出”."""
    return f"{ladder.title}: " + " → ".join(describe_step(step, language) for step in ladder.steps)


def describe_step(step: LadderStep, language: str = "zh-CN") -> str:
    label = STEP_LABELS[step.action]
    if step.action is StepAction.WARN_APOLOGY and step.deadline is not None:
        return f"{label}({human_duration(step.deadline.total_seconds(), language)})"
    if step.action is StepAction.FINE and step.amount is not None:
        due = f"({human_duration(step.due_after.total_seconds(), language)}内)" if step.due_after else ""
        return f"{label}{step.amount:g}元{due}"
    if step.action is StepAction.MUTE and step.mute_for is not None:
        return f"{label}({human_duration(step.mute_for.total_seconds(), language)})"
    return label


def _expiry(ladder: Ladder, language: str) -> str:
    if ladder.strikes_expire_after is None:
        return ""
    return f" (违规记录{human_duration(ladder.strikes_expire_after.total_seconds(), language)}后清零)"


def _detector_line(rulebook: Rulebook, clause: Clause, ref: DetectorRef, registry: Registry) -> str:
    cls = registry.get(ref.type)
    if cls is None:
        return f"{ref.type}: 未知检测器 (unknown detector)"
    detector = cls(cls.settings_model.model_validate(ref.settings), clause=clause, rulebook=rulebook)
    suffix = "（结果交管理员确认）" if ref.enforcement == "assisted" else ""
    return detector.mechanism() + suffix


def _rulebook_settings(rulebook: Rulebook, clause_id: str) -> list[str]:
    """Rulebook-level settings (naming, membership, inactivity, acknowledgements) that cite the clause."""
    out: list[str] = []
    lang = rulebook.language
    naming = rulebook.naming
    if naming is not None and naming.clause == clause_id:
        example = f"，例如“{naming.example}”" if naming.example else ""
        out.append(f"昵称规则: {naming.description}{example}")
        if naming.remind_after is not None:
            wait = human_duration(naming.remind_after.total_seconds(), lang)
            out.append(f"不合规的昵称{wait}后再查一次，仍未改正按阶梯再进一步（至最后一步为止）")
    newcomer = rulebook.newcomer
    if newcomer is not None and newcomer.clause == clause_id:
        within = human_duration(newcomer.confirm_within.total_seconds(), lang)
        then = "记录在案" if newcomer.then == "record" else "通知管理员"
        remind = "未回复提醒一次，再过同样时间仍未回复则" if newcomer.remind else "未回复则"
        out.append(f"新人入群发送欢迎语并请其{within}内回复“{newcomer.confirm_words[0]}”；{remind}{then}")
    membership = rulebook.membership
    if membership.whitelist_clause == clause_id and membership.policy == "whitelist":
        out.append(f"只允许名单上的人入群（名单 {len(membership.roster)} 人），其他入群申请待审核")
    if membership.roster_clause == clause_id:
        required = sum(1 for entry in membership.roster if entry.required)
        out.append(f"必须入群的成员名单（{required} 人），缺席者提醒管理员")
    if membership.invites.clause == clause_id and membership.invites.need_approval:
        out.append("非管理员邀请的入群待管理员同意")
    inactivity = rulebook.inactivity
    if inactivity is not None and inactivity.clause == clause_id:
        window = human_duration(inactivity.window.total_seconds(), lang)
        leave = "，请假期间不计" if inactivity.leave.allowed else ""
        out.append(f"{window}未发言先提醒本人，仍未发言交管理员{leave}")
    acks = rulebook.acknowledgements
    if acks.clause == clause_id:
        window = human_duration(acks.window.total_seconds(), lang)
        out.append(f"通知须在{window}内回复（{'/'.join(acks.words[:4])}…）")
    return out


def _schedule_line(rulebook: Rulebook, name: str) -> str:
    schedule = rulebook.schedules.get(name)
    if schedule is None:
        return f"仅在时段 {name}"
    windows = "，".join(
        f"{_days(w.days)} {w.start.strftime('%H:%M')}–{w.end.strftime('%H:%M')}" for w in schedule.windows
    )
    return f"仅在「{schedule.title}」({windows})"


def _days(days: list[int]) -> str:
    ordered = sorted(set(days))
    if len(ordered) == 7:
        return "每天"
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"周{_WEEKDAYS[ordered[0] - 1]}至周{_WEEKDAYS[ordered[-1] - 1]}"
    return "、".join(f"周{_WEEKDAYS[d - 1]}" for d in ordered)
