"""Every API route × every role: refused (401 without credentials, 403 without the permission) and nothing changes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from qungui.governance.accounts.roles import ConsoleRole, Permission
from qungui.governance.audit.models import AuditEntry
from qungui.governance.groups.models import Group
from qungui.governance.notices.models import Notice
from web.auth_helpers import bearer, make_token, make_user

G = "{g}"
# (method, path, json body, permission); bodies are valid requests that change nothing even when allowed.
ROUTES: list[tuple[str, str, dict | None, Permission]] = [
    ("GET", f"/groups/{G}", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/members", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/members/wxid_zhouzp_hz", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/members/export?format=csv", None, Permission.EXPORT),
    ("GET", f"/groups/{G}/rulebook", None, Permission.VIEW_GROUP),
    ("PUT", f"/groups/{G}/rulebook", {"yaml": "name: x\n"}, Permission.EDIT_RULEBOOK),
    ("POST", f"/groups/{G}/rulebook/try", {"text": "你好"}, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/cases", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/cases/export?format=xlsx", None, Permission.EXPORT),
    ("GET", f"/groups/{G}/cases/999999", None, Permission.VIEW_GROUP),
    ("POST", f"/groups/{G}/cases/999999/confirm", {"reason": "x"}, Permission.DECIDE),
    ("POST", f"/groups/{G}/cases/999999/dismiss", {"reason": "x"}, Permission.DECIDE),
    ("POST", f"/groups/{G}/cases/999999/undo", {"reason": "x"}, Permission.DECIDE),
    ("GET", f"/groups/{G}/reports", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/reports/export", None, Permission.EXPORT),
    ("GET", f"/groups/{G}/reports/999999", None, Permission.VIEW_GROUP),
    ("POST", f"/groups/{G}/reports/999999/decide", {"approve": True}, Permission.DECIDE),
    ("GET", f"/groups/{G}/appeals", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/appeals/export", None, Permission.EXPORT),
    ("POST", f"/groups/{G}/appeals/999999/decide", {"approve": False}, Permission.DECIDE),
    ("GET", f"/groups/{G}/joins", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/joins/export", None, Permission.EXPORT),
    ("POST", f"/groups/{G}/joins/999999/decide", {"approve": True}, Permission.DECIDE),
    ("GET", f"/groups/{G}/notices", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/notices/export", None, Permission.EXPORT),
    ("GET", f"/groups/{G}/notices/999999", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/notices/999999/export", None, Permission.EXPORT),
    ("POST", f"/groups/{G}/notices", {"text": "开会", "departments": ["工程部"]}, Permission.POST_NOTICE),
    ("GET", f"/groups/{G}/tasks", None, Permission.VIEW_GROUP),
    ("POST", f"/groups/{G}/tasks", {"owners": [], "text": "写周报"}, Permission.POST_NOTICE),
    ("GET", f"/groups/{G}/tasks/export", None, Permission.EXPORT),
    ("GET", f"/groups/{G}/leave", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/leave/export", None, Permission.EXPORT),
    ("POST", f"/groups/{G}/leave/999999/decide", {"approve": True}, Permission.DECIDE),
    ("GET", f"/groups/{G}/penalties", None, Permission.VIEW_GROUP),
    ("GET", f"/groups/{G}/penalties/export", None, Permission.EXPORT),
    ("GET", "/audit", None, Permission.VIEW_AUDIT),
    ("GET", "/audit/export", None, Permission.VIEW_AUDIT),
    ("GET", "/audit/verify", None, Permission.VIEW_AUDIT),
    ("GET", "/accounts", None, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts", {"username": "x", "password": "short", "role": "viewer"}, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts/nobody/grants", {"role": "viewer"}, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts/nobody/revoke", {"role": "viewer"}, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts/nobody/disable", None, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts/nobody/enable", None, Permission.MANAGE_ACCOUNTS),
    ("POST", "/accounts/nobody/password", {"password": "short"}, Permission.MANAGE_ACCOUNTS),
]

# Who may reach a route needing each permission (written out, not derived from ROLE_PERMISSIONS).
ALLOWED: dict[Permission, set[str]] = {
    Permission.VIEW_GROUP: {"owner", "admin", "dept_head", "auditor", "viewer", "auditor_all"},
    Permission.EXPORT: {"owner", "admin", "dept_head", "auditor", "auditor_all"},
    Permission.DECIDE: {"owner", "admin"},
    Permission.POST_NOTICE: {"owner", "admin", "dept_head"},
    Permission.EDIT_RULEBOOK: {"owner", "admin"},
    Permission.VIEW_AUDIT: {"owner", "auditor_all"},  # the log spans every group: an all-groups grant
    Permission.MANAGE_ACCOUNTS: {"owner"},
}


def _users(api) -> dict[str, dict[str, str]]:
    with api.session.begin():
        other = Group(
            platform="sim",
            external_id="other",
            name="另一个群",
            rulebook="chamber",
            created_at=datetime(2026, 11, 1, tzinfo=UTC),
            updated_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
        api.session.add(other)
        api.session.flush()
        other_id = other.id
    g = api.group_id
    specs = {
        "owner": {"role": ConsoleRole.OWNER},
        "admin": {"role": ConsoleRole.ADMIN, "group_id": g},
        "dept_head": {"role": ConsoleRole.DEPT_HEAD, "group_id": g, "department": "工程部"},
        "auditor": {"role": ConsoleRole.AUDITOR, "group_id": g},
        "viewer": {"role": ConsoleRole.VIEWER, "group_id": g},
        "auditor_all": {"role": ConsoleRole.AUDITOR},
        "admin_elsewhere": {"role": ConsoleRole.ADMIN, "group_id": other_id},
    }
    headers = {}
    for name, spec in specs.items():
        username, _ = make_user(api.session, **spec)
        headers[name] = bearer(make_token(api.session, username))
    return headers


def _counts(api) -> tuple[int, int]:
    with api.session.begin():
        audit = api.session.scalar(select(func.count()).select_from(AuditEntry))
        notices = api.session.scalar(select(func.count()).select_from(Notice))
    return audit, notices


def test_every_route_refuses_every_role_without_the_permission(api):
    headers = _users(api)
    before = _counts(api)
    problems = []
    for method, template, body, permission in ROUTES:
        path = "/api/v1" + template.format(g=api.group_id)
        anonymous = api.client.request(method, path, json=body)
        if anonymous.status_code != 401:
            problems.append(f"{method} {path} anonymous → {anonymous.status_code}")
        for role, auth in headers.items():
            response = api.client.request(method, path, json=body, headers=auth)
            allowed = role in ALLOWED[permission]
            if allowed and response.status_code in (401, 403):
                problems.append(f"{method} {path} {role} refused: {response.status_code} {response.text[:120]}")
            if not allowed:
                if response.status_code != 403:
                    problems.append(f"{method} {path} {role} reached it: {response.status_code}")
                elif "没有权限" not in response.json()["error"]:
                    problems.append(f"{method} {path} {role}: 403 without a Chinese reason")
    assert problems == []
    assert _counts(api) == before  # nothing changed: no audit row, no notice


def test_group_list_shows_only_the_groups_a_user_holds_a_role_in(api):
    headers = _users(api)
    for role in ("admin", "viewer", "dept_head"):
        ids = [g["id"] for g in api.client.get("/api/v1/groups", headers=headers[role]).json()]
        assert ids == [api.group_id]
    elsewhere = [g["name"] for g in api.client.get("/api/v1/groups", headers=headers["admin_elsewhere"]).json()]
    assert elsewhere == ["另一个群"]
    assert len(api.client.get("/api/v1/groups", headers=headers["owner"]).json()) == 2


def test_revoked_token_and_disabled_user_are_refused(api):
    from qungui.governance.accounts.service import get_user, set_active
    from qungui.governance.accounts.sessions import revoke_api_token

    username, _ = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    token = make_token(api.session, username, name="laptop")
    path = f"/api/v1/groups/{api.group_id}"
    assert api.client.get(path, headers=bearer(token)).status_code == 200
    now = datetime(2026, 11, 2, tzinfo=UTC)
    with api.session.begin():
        revoke_api_token(api.session, user=get_user(api.session, username=username), token="laptop", actor="t", now=now)
    assert api.client.get(path, headers=bearer(token)).status_code == 401
    second = make_token(api.session, username, name="phone")
    with api.session.begin():
        set_active(api.session, user=get_user(api.session, username=username), active=False, actor="t", now=now)
    assert api.client.get(path, headers=bearer(second)).status_code == 401
