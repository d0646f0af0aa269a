"""Console roles and what each may do: the one table every API route and console page checks.

A console user holds grants: a role in one group (or in every group, `group_id=None`), and for a
department head the department they answer for. `Principal` is the logged-in user with those grants;
`Principal.can(permission, group_id)` is the only question views ask.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ConsoleRole(StrEnum):
    OWNER = "owner"  # 群主 / 负责人: everything, including accounts
    ADMIN = "admin"  # 管理员: works the queues, posts notices, edits the rulebook
    DEPT_HEAD = "dept_head"  # 部门负责人: sees and acts for their own department
    AUDITOR = "auditor"  # 审计: reads everything, including the audit log; changes nothing
    VIEWER = "viewer"  # 查看: reads the group's figures and lists; no reporters, no audit log


class Permission(StrEnum):
    VIEW_GROUP = "view_group"  # dashboard, members, cases, notices, tasks, leave, fines
    VIEW_REPORTER = "view_reporter"  # who filed a report (confidential)
    DECIDE = "decide"  # confirm / dismiss / undo cases, decide reports, appeals, joins, leave
    POST_NOTICE = "post_notice"  # post notices and directives, mark tasks
    EDIT_RULEBOOK = "edit_rulebook"
    VIEW_AUDIT = "view_audit"  # the audit log and its hash-chain verification
    EXPORT = "export"  # CSV / Excel exports
    MANAGE_ACCOUNTS = "manage_accounts"  # create users, grant roles
    VIEW_CRM = "view_crm"  # customers, purchases, tiers, metrics
    EDIT_CRM = "edit_crm"  # import purchases, log contacts, hand over customers
    VIEW_PROFILE = "view_profile"  # a customer's Mackay 66 profile (every read audited)


ROLE_PERMISSIONS: Mapping[ConsoleRole, frozenset[Permission]] = {
    ConsoleRole.OWNER: frozenset(Permission),
    ConsoleRole.ADMIN: frozenset(Permission) - {Permission.MANAGE_ACCOUNTS},
    ConsoleRole.DEPT_HEAD: frozenset({Permission.VIEW_GROUP, Permission.POST_NOTICE, Permission.EXPORT}),
    ConsoleRole.AUDITOR: frozenset(
        {
            Permission.VIEW_GROUP,
            Permission.VIEW_REPORTER,
            Permission.VIEW_AUDIT,
            Permission.EXPORT,
            Permission.VIEW_CRM,
            Permission.VIEW_PROFILE,
        }
    ),
    ConsoleRole.VIEWER: frozenset({Permission.VIEW_GROUP, Permission.VIEW_CRM}),
}


@dataclass(frozen=True, slots=True)
class Grant:
    """A role in one group (`group_id`) or in all groups (None); `department` scopes a department head.

    `member_id` is the person's platform member id, as whom console decisions are taken.
    """

    role: ConsoleRole
    group_id: int | None = None
    department: str | None = None
    member_id: str | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    """The logged-in console user and their grants."""

    user_id: int
    username: str
    display_name: str
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def roles_in(self, group_id: int | None) -> frozenset[ConsoleRole]:
        """Roles held in `group_id` (grants for all groups count everywhere)."""
        return frozenset(g.role for g in self.grants if g.group_id is None or g.group_id == group_id)

    def can(self, permission: Permission, group_id: int | None = None) -> bool:
        """Whether any role held in `group_id` carries `permission` (group_id=None: a grant for all groups)."""
        if group_id is None:
            roles = frozenset(g.role for g in self.grants if g.group_id is None)
        else:
            roles = self.roles_in(group_id)
        return any(permission in ROLE_PERMISSIONS[role] for role in roles)

    def member_in(self, group_id: int) -> str | None:
        """The platform member id this user acts as in `group_id` (a grant for that group first), or None."""
        for grant in sorted(self.grants, key=lambda g: g.group_id is None):
            if grant.member_id and grant.group_id in (None, group_id):
                return grant.member_id
        return None

    def departments_in(self, group_id: int) -> frozenset[str] | None:
        """Departments a department head is limited to in `group_id`; None when not limited (other roles)."""
        roles = self.roles_in(group_id)
        if roles - {ConsoleRole.DEPT_HEAD}:
            return None
        return frozenset(
            g.department
            for g in self.grants
            if g.role is ConsoleRole.DEPT_HEAD and g.department and g.group_id in (None, group_id)
        )
