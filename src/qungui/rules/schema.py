"""The rulebook schema: every clause of a group's written rules, as data.

A rulebook is loaded from YAML by `qungui.rules.loader`, which reports every problem at once with its
YAML path and line. Cross-references (ladders, schedules, clauses) are checked here; detector
settings are checked against the detector registry by the loader.
"""

from __future__ import annotations

import re
from datetime import time
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from qungui.core.categories import Category
from qungui.core.durations import Duration
from qungui.rules.workflow_settings import DigestSettings, Responsiveness, ShareTasks

CLAUSE_ID = re.compile(r"^[\w\u4e00-\u9fff]+(?:\.[\w\u4e00-\u9fff]+)*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class Enforcement(StrEnum):
    AUTO = "auto"  # the engine acts by itself
    ASSISTED = "assisted"  # the engine proposes, an admin decides (queue)
    MANUAL = "manual"  # only people can act; recorded and explained


class Workflow(StrEnum):
    """Workflows (beyond per-message detectors) that carry out a clause."""

    NEWCOMER = "newcomer"  # welcome + rules + confirm reading (一.1)
    INVITE_APPROVAL = "invite_approval"  # invites by non-admins held (一.12)
    MEMBERSHIP = "membership"  # whitelist / mandatory roster (四.三.5, 三.二.2)
    NAMING = "naming"  # real-name nicknames (三.二.3)
    REPORT = "report"  # 举报 with a confidential reporter (七, 一.11)
    APPEAL = "appeal"  # 申诉 and re-admission (五)
    INACTIVITY = "inactivity"  # one week of silence (备注)
    LEAVE = "leave"  # 请假 against the inactivity rule (备注)
    NOTICE_ACK = "notice_ack"  # notices that must be acknowledged (三.四.3)
    DIRECTIVE = "directive"  # tasks due today with confirmation (三.四.2)
    SHARE_TASK = "share_task"  # share company posts to Moments (第二篇.6)
    RESPONSE_TIME = "response_time"  # departments answer questions (第二篇.9)
    ADMIN_DUTIES = "admin_duties"  # admins' duties and accountability (八)
    PENALTY_LEDGER = "penalty_ledger"  # fines owed and paid (四.三.4)
    DIGEST = "digest"  # weekly figures for owners
    FEEDBACK = "feedback"  # suggestions to admins (六)
    VIP_CRM = "vip_crm"  # VIP customer management module


class StepAction(StrEnum):
    REMIND = "remind"
    DISSUADE = "dissuade"
    WARN = "warn"
    WARN_APOLOGY = "warn_apology"
    SERIOUS_WARNING = "serious_warning"
    FINE = "fine"
    MUTE = "mute"
    REMOVE = "remove"
    ALERT_ADMIN = "alert_admin"
    RECORD = "record"


class LadderStep(_Model):
    action: StepAction
    message: str | None = Field(default=None, description="bot text overriding the default; {name} {clause}")
    deadline: Duration | None = Field(default=None, description="warn_apology: time to apologise")
    amount: Decimal | None = Field(default=None, gt=0, description="fine: amount in yuan")
    due_after: Duration | None = Field(default=None, description="fine: time to pay")
    mute_for: Duration | None = Field(default=None, description="mute: how long")
    notify_admins: bool = Field(default=False, description="also tell the admins privately (a formal 警告处分)")

    @model_validator(mode="after")
    def _check_fields(self) -> LadderStep:
        if self.action is StepAction.WARN_APOLOGY and self.deadline is None:
            raise ValueError("a warn_apology step needs a deadline (e.g. deadline: 10m)")
        if self.action is StepAction.FINE and self.amount is None:
            raise ValueError("a fine step needs an amount in yuan (e.g. amount: 20)")
        if self.action is StepAction.MUTE and self.mute_for is None:
            raise ValueError("a mute step needs mute_for (e.g. mute_for: 1h)")
        return self


class Ladder(_Model):
    """Escalation: the n-th unexpired strike under this ladder takes step n (the last step repeats)."""

    title: str
    steps: list[LadderStep] = Field(min_length=1)
    strikes_expire_after: Duration | None = None
    clause: str | None = Field(default=None, description="the clause that defines this ladder")

    @model_validator(mode="after")
    def _apology_has_next(self) -> Ladder:
        for index, step in enumerate(self.steps):
            if step.action is StepAction.WARN_APOLOGY and index == len(self.steps) - 1:
                raise ValueError("a warn_apology step needs a next step for refusal or silence")
        return self


class TimeWindow(_Model):
    days: list[int] = Field(default_factory=lambda: [1, 2, 3, 4, 5, 6, 7], description="ISO weekdays 1=Mon")
    start: time
    end: time

    @field_validator("days")
    @classmethod
    def _days_in_range(cls, value: list[int]) -> list[int]:
        bad = [d for d in value if not 1 <= d <= 7]
        if bad or not value:
            raise ValueError("days are ISO weekdays 1 (Monday) to 7 (Sunday)")
        return value


class Schedule(_Model):
    title: str
    windows: list[TimeWindow] = Field(min_length=1)


class DetectorRef(_Model):
    type: str
    settings: dict[str, Any] = Field(default_factory=dict)
    enforcement: Literal["assisted"] | None = Field(
        default=None,
        description="assisted: this detector's findings go to the admins' queue even under an auto clause "
        "(for less certain detectors such as a classifier)",
    )


class Clause(_Model):
    id: str
    text: str = Field(min_length=1, description="the original text, quoted exactly")
    title: str = Field(min_length=1, description="a short summary in the rulebook's language")
    source: str | None = None
    category: Category | None = None
    enforcement: Enforcement
    reason: str | None = Field(default=None, description="manual/assisted: why software cannot decide alone")
    detectors: list[DetectorRef] = Field(default_factory=list)
    workflows: list[Workflow] = Field(default_factory=list)
    ladder: str | None = None
    delete_message: bool = False
    active_during: str | None = None
    exempt_admins: bool = True
    strike_cooldown: Duration | None = Field(
        default=None,
        description="findings within this time of the member's last strike under this clause join that case "
        "instead of climbing the ladder (one flood burst is one offence)",
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not CLAUSE_ID.match(value):
            raise ValueError(f"{value!r} is not a clause id like 一.6, 四.2, 三.四.3 or 备注")
        return value

    @model_validator(mode="after")
    def _enforcement_consistent(self) -> Clause:
        if self.enforcement is Enforcement.MANUAL and not self.reason:
            raise ValueError("a manual clause needs a reason: why software cannot enforce it")
        if self.enforcement is not Enforcement.MANUAL and not (self.detectors or self.workflows):
            raise ValueError(f"an {self.enforcement.value} clause needs detectors or workflows")
        if self.detectors and self.ladder is None and self.enforcement is Enforcement.AUTO:
            raise ValueError("an auto clause with detectors needs a ladder")
        return self


class RosterEntry(_Model):
    name: str
    id: str | None = None
    department: str | None = None
    required: bool = True


class InvitePolicy(_Model):
    need_approval: bool = True
    clause: str | None = None


class Membership(_Model):
    policy: Literal["open", "whitelist"] = "open"
    whitelist_clause: str | None = None
    roster_clause: str | None = None
    roster: list[RosterEntry] = Field(default_factory=list)
    invites: InvitePolicy = Field(default_factory=lambda: InvitePolicy(need_approval=False))


class NamingRule(_Model):
    clause: str
    description: str
    pattern: str = Field(description="regular expression the whole nickname must match")
    example: str | None = None
    remind_after: Duration | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        import regex

        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _example_matches(self) -> NamingRule:
        import regex

        if self.example is not None:
            try:
                ok = regex.fullmatch(self.pattern, self.example, timeout=0.2) is not None
            except TimeoutError as exc:
                raise ValueError("pattern takes too long to match its own example") from exc
            if not ok:
                raise ValueError(f"the example {self.example!r} does not match the pattern")
        return self


class Newcomer(_Model):
    """一.1: a newcomer is welcomed, pointed to the rules and asked to confirm having read them."""

    clause: str
    confirm_words: list[str] = Field(
        default_factory=lambda: ["已阅读群规", "已读群规", "已阅读", "已读"],
        min_length=1,
        description="a message containing one of these (case-folded) confirms reading; the first is quoted",
    )
    confirm_within: Duration = Field(default="24h", description="time to confirm (again after a reminder)")  # type: ignore[assignment]
    remind: bool = Field(default=True, description="one reminder when the time passes, then as long again")
    then: Literal["record", "alert_admin"] = Field(
        default="alert_admin", description="what happens when the member still has not confirmed"
    )

    @field_validator("confirm_words")
    @classmethod
    def _no_blank_words(cls, value: list[str]) -> list[str]:
        if any(not word.strip() for word in value):
            raise ValueError("confirm_words may not contain an empty word")
        return value


class LeavePolicy(_Model):
    allowed: bool = True
    max_length: Duration | None = None
    needs_approval: bool = True


class Inactivity(_Model):
    clause: str
    window: Duration
    remind_before_queue: Duration | None = None
    leave: LeavePolicy = Field(default_factory=LeavePolicy)


class Acknowledgements(_Model):
    clause: str | None = None
    words: list[str] = Field(
        default_factory=lambda: ["收到", "执行", "马上执行", "好的", "已阅", "明白", "1", "👍", "OK", "ok"]
    )
    notice_markers: list[str] = Field(default_factory=lambda: ["通知", "公告", "@所有人", "@全体成员"])
    window: Duration = Field(default="12h")  # type: ignore[assignment]


class Apology(_Model):
    words: list[str] = Field(default_factory=lambda: ["道歉", "对不起", "抱歉", "不好意思", "我错了", "sorry"])
    refusals: list[str] = Field(default_factory=lambda: ["不道歉", "凭什么道歉", "我不会道歉", "拒绝道歉", "就不道歉"])


GroupKind = Literal["community", "company", "department", "chamber", "vip_store", "custom"]


class Rulebook(_Model):
    schema_version: Literal[1] = 1
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str
    group_kind: GroupKind
    source: str | None = None
    description: str | None = None
    timezone: str = "Asia/Shanghai"
    language: Literal["zh-CN", "en"] = "zh-CN"
    ladders: dict[str, Ladder] = Field(default_factory=dict)
    schedules: dict[str, Schedule] = Field(default_factory=dict)
    naming: NamingRule | None = None
    newcomer: Newcomer | None = None
    membership: Membership = Field(default_factory=Membership)
    inactivity: Inactivity | None = None
    acknowledgements: Acknowledgements = Field(default_factory=Acknowledgements)
    apology: Apology = Field(default_factory=Apology)
    shares: ShareTasks = Field(default_factory=ShareTasks)
    responsiveness: Responsiveness = Field(default_factory=Responsiveness)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    clauses: list[Clause] = Field(min_length=1)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    def has_workflow(self, workflow: Workflow) -> bool:
        """Whether any clause carries `workflow`."""
        return any(workflow in clause.workflows for clause in self.clauses)

    def clause(self, clause_id: str) -> Clause:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def reference_problems(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """(path, message) for every dangling or duplicate reference in raw rulebook data.

    Works on the data as loaded from YAML, so these problems are reported together with schema
    problems rather than only once the schema passes.
    """
    problems: list[tuple[tuple[str | int, ...], str]] = []
    ladders = _get(data, "ladders")
    ladders = ladders if isinstance(ladders, dict) else {}
    schedules = _get(data, "schedules")
    schedules = schedules if isinstance(schedules, dict) else {}
    clauses = _get(data, "clauses")
    seen: dict[str, int] = {}
    for index, clause in enumerate(clauses if isinstance(clauses, list) else []):
        if not isinstance(clause, dict):
            continue
        clause_id = clause.get("id")
        if isinstance(clause_id, str | int):
            if str(clause_id) in seen:
                problems.append((("clauses", index, "id"), f"duplicate clause id {str(clause_id)!r}"))
            seen.setdefault(str(clause_id), index)
        ladder = clause.get("ladder")
        if isinstance(ladder, str) and ladder not in ladders:
            problems.append((("clauses", index, "ladder"), f"unknown ladder {ladder!r}; known: {sorted(ladders)}"))
        schedule = clause.get("active_during")
        if isinstance(schedule, str) and schedule not in schedules:
            problems.append(
                (("clauses", index, "active_during"), f"unknown schedule {schedule!r}; known: {sorted(schedules)}")
            )
    refs: list[tuple[tuple[str | int, ...], Any]] = [
        (("naming", "clause"), _get(data, "naming", "clause")),
        (("newcomer", "clause"), _get(data, "newcomer", "clause")),
        (("membership", "whitelist_clause"), _get(data, "membership", "whitelist_clause")),
        (("membership", "roster_clause"), _get(data, "membership", "roster_clause")),
        (("membership", "invites", "clause"), _get(data, "membership", "invites", "clause")),
        (("inactivity", "clause"), _get(data, "inactivity", "clause")),
        (("acknowledgements", "clause"), _get(data, "acknowledgements", "clause")),
        (("shares", "clause"), _get(data, "shares", "clause")),
        (("responsiveness", "clause"), _get(data, "responsiveness", "clause")),
    ]
    refs += [(("ladders", name, "clause"), _get(ladder, "clause")) for name, ladder in ladders.items()]
    for path, ref in refs:
        if isinstance(ref, str | int) and str(ref) not in seen:
            problems.append((path, f"refers to unknown clause {str(ref)!r}"))
    return problems
