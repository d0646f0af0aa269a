"""Who is in the group: invites without approval (一.12), people not on the member list (四.三.5),
real-name nicknames (三.二.3, 四.三.2), leaving while under sanction (第二篇.5)."""

from __future__ import annotations

import regex
from pydantic import Field

from qungui.core.events import Event, JoinRequest, LeaveReason, MemberJoined, MemberLeft, NicknameChanged
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings

PATTERN_TIMEOUT_S = 0.05


class NoSettings(DetectorSettings):
    pass


class InviteDetector(Detector[NoSettings]):
    """A member brought in by someone who is not an admin, with no admin approval."""

    id = "invites"
    settings_model = NoSettings
    events = frozenset({"member_joined"})
    description = "拉人进群：非管理员邀请且未经管理员同意"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MemberJoined) or event.inviter is None or event.approved_by is not None:
            return []
        inviter = event.inviter.id
        if inviter in ctx.group.admins:
            return []
        who = event.member.name or event.member.id
        by = event.inviter.name or inviter
        return [
            self.finding(
                evidence=f"{by} 未经管理员同意拉 {who} 进群", subject=inviter, detail={"invited": event.member.id}
            )
        ]


def entry_matches(entry, member_id: str, name: str | None) -> bool:
    """An entry with an id matches that id; one without matches a nickname equal to or ending in its name."""
    if entry.id is not None:
        return entry.id == member_id
    return bool(name) and (name == entry.name or name.endswith(entry.name))


def on_roster(rulebook, member_id: str, name: str | None) -> bool:
    """True when the member matches a roster entry by id, or by name when the entry has no id."""
    return any(entry_matches(entry, member_id, name) for entry in rulebook.membership.roster)


class MembershipDetector(Detector[NoSettings]):
    """A join (or join request) by someone not on the group's member list (whitelist policy)."""

    id = "membership"
    settings_model = NoSettings
    events = frozenset({"member_joined", "join_request"})
    description = "成员名单：不在名单上的人入群"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MemberJoined | JoinRequest):
            return []
        if isinstance(event, MemberJoined) and event.approved_by is not None:
            return []  # an admin (or the bot on an admin's decision) let them in: already checked
        if self.rulebook.membership.policy != "whitelist":
            return []
        if not self.rulebook.membership.roster:
            # No member list imported yet: a request waits for an admin to check; someone already in is left be.
            if isinstance(event, JoinRequest):
                return [self.finding(evidence="本群成员名单尚未导入，请管理员核实是否为会员", score=0.5)]
            return []
        if on_roster(self.rulebook, event.member.id, event.member.name):
            return []
        return [self.finding(evidence="不在本群成员名单上", score=0.9)]


class NicknameDetector(Detector[NoSettings]):
    """A group nickname that does not follow the rulebook's naming rule."""

    id = "nickname"
    settings_model = NoSettings
    events = frozenset({"member_joined", "nickname_changed"})
    description = "实名制昵称：按命名规则检查入群和改名"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        naming = self.rulebook.naming
        if naming is None:
            return []
        if isinstance(event, NicknameChanged):
            name = event.new
        elif isinstance(event, MemberJoined):
            name = event.member.name or ""
        else:
            return []
        if nickname_ok(naming.pattern, name):
            return []
        hint = f"，例如“{naming.example}”" if naming.example else ""
        return [self.finding(evidence=f"昵称“{name}”不符合命名规则：{naming.description}{hint}", score=0.9)]


def nickname_ok(pattern: str, name: str) -> bool:
    """Whether `name` fully matches `pattern`; a pattern that runs too long counts as no match."""
    try:
        return regex.fullmatch(pattern, name, timeout=PATTERN_TIMEOUT_S) is not None
    except TimeoutError:
        return False


class LeaveSettings(DetectorSettings):
    only_when_sanctioned: bool = Field(default=True, description="only when leaving with a pending sanction")


class LeaveUnderSanctionDetector(Detector[LeaveSettings]):
    """Leaving the group voluntarily while an apology or fine is pending (执意退群)."""

    id = "leave_under_sanction"
    settings_model = LeaveSettings
    events = frozenset({"member_left"})
    description = "执意退群：在处理未完成时主动退群"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MemberLeft) or event.reason is not LeaveReason.VOLUNTARY:
            return []
        m = ctx.member
        pending = m.pending_apology is not None or bool(m.owed_fines())
        if self.settings.only_when_sanctioned and not pending:
            return []
        who = m.name or m.member_id
        if not pending:
            return [self.finding(evidence=f"{who} 主动退群")]
        what = "待道歉" if m.pending_apology else "罚红包未发"
        return [self.finding(evidence=f"{who} 在处理未完成（{what}）时退群")]
