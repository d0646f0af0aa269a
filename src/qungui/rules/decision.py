"""What the engine decides: violations, actions and state updates for one event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from qungui.core.findings import Action, Finding
from qungui.rules.schema import Clause, Enforcement
from qungui.rules.state import GroupState, MemberState


@dataclass(frozen=True, slots=True)
class Violation:
    """A clause broken by one member in one event; `case` is its deterministic key."""

    case: str
    clause: str
    clause_text: str
    title: str
    enforcement: Enforcement
    member_id: str
    findings: tuple[Finding, ...]
    ladder: str | None = None
    step_index: int | None = None
    step: str | None = None  # taken (auto) or proposed (assisted)
    also_cites: tuple[str, ...] = ()
    merged_into: str | None = None  # the open case this finding joined (strike cooldown)


@dataclass(frozen=True, slots=True)
class Decision:
    event_key: str
    at: datetime
    findings: tuple[Finding, ...] = ()
    violations: tuple[Violation, ...] = ()
    actions: tuple[Action, ...] = ()
    member_updates: Mapping[str, MemberState] = field(default_factory=lambda: MappingProxyType({}))
    group_message: tuple[float, str] | None = None
    notes: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.findings and not self.actions


def violation_of(
    case: str,
    clause: Clause,
    subject: str,
    findings: tuple[Finding, ...] | list[Finding] = (),
    *,
    step_index: int | None = None,
    step: str | None = None,
    ladder: str | None = None,
    merged_into: str | None = None,
    enforcement: Enforcement | None = None,
) -> Violation:
    """A violation of `clause` by `subject`, citing the clause's text and title."""
    return Violation(
        case,
        clause.id,
        clause.text,
        clause.title,
        enforcement or clause.enforcement,
        subject,
        tuple(findings),
        ladder or clause.ladder,
        step_index,
        step,
        merged_into=merged_into,
    )


class Draft:
    """Collects a decision while the engine works; never escapes the rules package."""

    def __init__(self, state: GroupState) -> None:
        self.state = state
        self.members: dict[str, MemberState] = {}
        self.actions: list[Action] = []
        self.violations: list[Violation] = []
        self.notes: list[str] = []

    def member(self, member_id: str) -> MemberState:
        return self.members.get(member_id) or self.state.member(member_id)

    def put(self, member: MemberState) -> None:
        self.members[member.member_id] = member

    def is_admin(self, member_id: str) -> bool:
        """Admins come from the group's roles (GroupState.admins), the single source of truth."""
        return member_id in self.state.admins
