"""Adversarial checks of the console: every route's permission check, CSRF, open redirects, the reporter
kept from the member they reported, hostile nicknames and messages, and exports that survive them."""

from __future__ import annotations

import asyncio
import io
import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select, update
from starlette.routing import Route

from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.governance.reports.models import Report
from web.auth_helpers import login, login_form_token, make_user

LILY = "wxid_lily_0526"
ZHANG = "wxid_zhangjh_1978"
HOSTILE = '"onmouseover=alert(1) x="<script>alert(1)</script>'
PUBLIC = {"/console/lang"}  # sets the language cookie and redirects to a local path: nothing to protect
PARAMS = {"name": "members", "kind": "csv", "verb": "approve"}


def console_routes(app) -> list[tuple[str, str]]:
    """(method, path template) of every route the app serves under /console, included routers walked."""
    found: list[tuple[str, str]] = []

    def walk(routes, prefix: str) -> None:
        for route in routes:
            nested = getattr(route, "original_router", None)  # FastAPI ≥ 0.16x keeps included routers whole
            if nested is not None:
                walk(nested.routes, prefix + getattr(getattr(route, "include_context", None), "prefix", ""))
            elif isinstance(route, Route) and (prefix + route.path).startswith("/console"):
                methods = sorted(route.methods or ())
                found.extend((method, prefix + route.path) for method in methods if method != "HEAD")

    walk(app.routes, "")
    return found


def concrete(path: str, group_id: int) -> str:
    """The route's path with each parameter filled: the group, a list name, an export kind, a verb, else id 1."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(group_id) if name == "group_id" else PARAMS.get(name, "1")

    return re.sub(r"\{(\w+)(?::\w+)?\}", fill, path)


def other_group(console) -> int:
    """A second group in the database, for a user whose grant is there and not in the demo group."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with console.session.begin():
        group = Group(platform="sim", external_id="elsewhere", name="别的群", created_at=now, updated_at=now)
        console.session.add(group)
        console.session.flush()
        return group.id


def test_the_route_table_is_what_this_test_walks(console):
    routes = console_routes(console.app)
    posts = [path for method, path in routes if method == "POST"]
    assert len(routes) >= 16 and len(posts) >= 7, routes
    scoped = ("{group_id}", "{store_id}")  # a group, or a VIP store (the CRM pages)
    assert all(any(part in path for part in scoped) for path in posts), "every state-changing route names its scope"


def test_every_console_route_sends_a_stranger_to_log_in(console):
    stranger = TestClient(console.app)
    token = login_form_token(stranger)  # a valid pre-login CSRF token: the refusal must come from the login check
    for method, path in console_routes(console.app):
        if path in PUBLIC:
            continue
        url = concrete(path, console.group_id)
        if method == "GET":
            response = stranger.get(url, follow_redirects=False)
        else:
            response = stranger.post(url, data={"csrf_token": token, "reason": "x"}, follow_redirects=False)
        assert response.status_code == 303, (method, path, response.status_code)
        assert response.headers["location"].startswith("/login"), (method, path)


@pytest.mark.parametrize("who", ["viewer", "outsider"])
def test_every_state_changing_route_refuses_a_viewer_and_an_outsider(console, who):
    from web.auth_helpers import csrf

    asyncio.run(console.hub.say("ahsh-console", LILY, "代理微商产品，招代理，加V：abc12345"))  # a case A1 exists
    if who == "viewer":
        client = console.as_role(ConsoleRole.VIEWER)
    else:
        client = TestClient(console.app)
        login(client, *make_user(console.session, role=ConsoleRole.OWNER, group_id=other_group(console)))
    token = csrf(client)
    posts = [path for method, path in console_routes(console.app) if method == "POST"]
    for path in posts:
        url = concrete(path, console.group_id)
        response = client.post(url, data={"csrf_token": token, "reason": "x", "text": "通知"}, follow_redirects=False)
        assert response.status_code in (403, 404), (who, path, response.status_code)
        assert "ok=" not in response.headers.get("location", "")
    for method, path in console_routes(console.app):
        if method == "GET" and who == "outsider" and "{group_id}" in path:
            response = client.get(concrete(path, console.group_id), follow_redirects=False)
            assert response.status_code in (403, 404), (path, response.status_code)


def test_every_console_post_needs_the_csrf_token_even_with_a_bearer_header(console):
    admin = console.as_role(ConsoleRole.ADMIN)
    for method, path in console_routes(console.app):
        if method != "POST":
            continue
        url = concrete(path, console.group_id)
        plain = admin.post(url, data={"reason": "x", "text": "通知"}, follow_redirects=False)
        assert plain.status_code == 403, (path, plain.status_code)
        # the session cookie authenticates console pages; an Authorization header must not waive the check
        forged = admin.post(
            url,
            data={"reason": "x", "text": "通知"},
            headers={"Authorization": "Bearer anything"},
            follow_redirects=False,
        )
        assert forged.status_code == 403, (path, forged.status_code)


@pytest.mark.parametrize(
    "target",
    ["//evil.example/x", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "https://evil.example", "evil"],
)
def test_the_language_switch_never_redirects_to_another_site(console, target):
    response = TestClient(console.app).get("/console/lang", params={"to": "en", "next": target}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/console"


def test_the_language_switch_returns_to_a_local_page(console):
    back = console.url("/members") + "?status=open"
    response = TestClient(console.app).get("/console/lang", params={"to": "en", "next": back}, follow_redirects=False)
    assert response.headers["location"] == back and "qungui_lang=en" in response.headers["set-cookie"]


def test_a_reported_console_user_never_learns_who_reported_them(console):
    asyncio.run(console.hub.say("ahsh-console", ZHANG, "举报 @Lily小美 私下拉人发广告 三.4.1", mentions=[LILY]))
    with console.session.begin():
        number = console.session.scalars(select(Report.id).where(Report.target_id == LILY)).one()
    reported = console.as_role(ConsoleRole.ADMIN, member_id=LILY)
    page = reported.get(console.url("/reports")).text
    assert f"J{number}" in page and "老张" not in page and "（保密）" in page
    for kind in ("csv", "xlsx"):
        export = reported.get(console.url(f"/reports.{kind}"))
        assert export.status_code == 200
        text = export.content.decode("utf-8-sig") if kind == "csv" else _cells(export.content)
        assert "老张" not in text and "（保密）" in text, kind
    other = console.as_role(ConsoleRole.ADMIN)
    assert "老张" in other.get(console.url("/reports")).text, "any other admin still sees the reporter"


def _cells(content: bytes) -> str:
    sheet = load_workbook(io.BytesIO(content)).active
    return "\n".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None)


def test_hostile_nicknames_and_messages_are_escaped_everywhere_and_exports_survive_them(console):
    asyncio.run(console.hub.say("ahsh-console", LILY, "加V：abc12345 代理微商 " + HOSTILE))
    asyncio.run(console.hub.say("ahsh-console", ZHANG, "举报 @Lily 广告 " + HOSTILE, mentions=[LILY]))
    nickname = HOSTILE + "\x07\x1b"  # control characters an Excel cell cannot hold
    with console.session.begin():
        console.session.execute(update(Member).where(Member.external_id == LILY).values(display_name=nickname))
    owner = console.as_role(ConsoleRole.OWNER)
    for path in ("", "/members", "/cases", "/reports", "/fines", "/cases/1"):
        response = owner.get(console.url(path))
        assert response.status_code == 200, (path, response.status_code)
        assert "<script>alert(1)" not in response.text and '"onmouseover=' not in response.text, path
    assert "&lt;script&gt;" in owner.get(console.url("/members")).text
    flash = owner.get(console.url("/members") + "?ok=case_done_confirm&id=" + "<script>x")
    assert "<script>x" not in flash.text and "&lt;script&gt;x" in flash.text
    for name in ("members", "cases", "reports"):
        xlsx = owner.get(console.url(f"/{name}.xlsx"))
        assert xlsx.status_code == 200, (name, xlsx.text[:300])
        assert "onmouseover" in _cells(xlsx.content), name
    csv = owner.get(console.url("/members.csv")).content.decode("utf-8-sig")
    assert "onmouseover" in csv


def test_a_member_named_like_a_formula_is_exported_as_text(console):
    with console.session.begin():
        console.session.execute(
            update(Member).where(Member.external_id == LILY).values(display_name='=HYPERLINK("http://x","y")')
        )
    owner = console.as_role(ConsoleRole.OWNER)
    csv = owner.get(console.url("/members.csv")).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv and ',"=HYPERLINK' not in csv
    cells = _cells(owner.get(console.url("/members.xlsx")).content)
    assert "'=HYPERLINK" in cells


def test_a_yaml_alias_bomb_is_refused_at_once_not_expanded(console):
    """485 bytes of nested aliases name 9⁹ values; expanding them held the server for minutes."""
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    admin = console.as_role(ConsoleRole.ADMIN)
    for action in ("validate", "try", "save"):
        response = console.post(admin, "/rulebook", yaml="\n".join([*lines, "name: x"]), action=action, sample="加我")
        assert response.status_code in (200, 400) and "YAML 别名" in response.text, action
        assert "第 2 行" in response.text
    from qungui.governance.accounts.models import GroupRulebook

    with console.session.begin():
        assert console.session.get(GroupRulebook, console.group_id) is None, "nothing was saved"
