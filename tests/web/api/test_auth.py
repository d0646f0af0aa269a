"""Login, sessions, CSRF, throttling and the dependencies routes use."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from qungui.governance.accounts.models import ConsoleSession, LoginAttempt
from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.accounts.sessions import IDLE, LIFETIME, MAX_USER_FAILURES, THROTTLE_WINDOW
from web.auth_helpers import bearer, csrf, csrf_header, login, login_form_token, make_token, make_user


def test_login_sets_a_session_and_redirects_to_next(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    response = login(api.client, username, password, next_url="/api/v1/groups")
    assert response.headers["location"] == "/api/v1/groups"
    assert api.client.get("/api/v1/groups").json()[0]["id"] == api.group_id
    cookie = api.client.cookies["qungui_session"]
    with api.session.begin():
        stored = api.session.scalars(select(ConsoleSession.token_hash)).all()
    assert cookie not in stored and len(stored) == 1  # only the hash is kept


def test_login_page_is_chinese_and_refuses_an_open_redirect(api):
    page = api.client.get("/login?next=//evil.example/x")
    assert page.status_code == 200
    assert "登录管理后台" in page.text and 'value="/console"' in page.text
    username, password = make_user(api.session)
    response = login(api.client, username, password, next_url="https://evil.example/")
    assert response.headers["location"] == "/console"


def test_wrong_password_is_refused_in_chinese_and_recorded(api):
    username, _ = make_user(api.session)
    token = login_form_token(api.client)
    data = {"username": username, "password": "wrong-password-1", "csrf_token": token}
    response = api.client.post("/login", data=data, follow_redirects=False)
    assert response.status_code == 401
    assert "用户名或密码错误" in response.text
    assert "qungui_session" not in api.client.cookies
    with api.session.begin():
        assert api.session.scalar(select(func.count()).select_from(LoginAttempt)) == 1


def test_login_without_csrf_token_is_refused(api):
    username, password = make_user(api.session)
    api.client.get("/login")
    response = api.client.post("/login", data={"username": username, "password": password}, follow_redirects=False)
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]
    assert "qungui_session" not in api.client.cookies


def test_throttle_locks_the_username_then_lets_go_after_the_window(api):
    username, password = make_user(api.session)
    token = login_form_token(api.client)
    for _ in range(MAX_USER_FAILURES):
        data = {"username": username, "password": "nope-nope-nope", "csrf_token": token}
        assert api.client.post("/login", data=data).status_code == 401
    data = {"username": username, "password": password, "csrf_token": token}
    locked = api.client.post("/login", data=data, follow_redirects=False)
    assert locked.status_code == 429
    assert "登录失败次数过多" in locked.text and int(locked.headers["Retry-After"]) > 0
    assert "qungui_session" not in api.client.cookies
    api.clock.advance(THROTTLE_WINDOW + timedelta(seconds=1))
    login(api.client, username, password)


def test_console_page_without_session_redirects_to_login(api):
    response = api.client.get("/account/password", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/account/password"


def test_api_without_credentials_is_401_json(api):
    response = api.client.get("/api/v1/groups")
    assert response.status_code == 401
    assert "请先登录" in response.json()["error"]
    assert api.client.get("/api/v1/groups", headers=bearer("qg_not-a-token")).status_code == 401


def test_session_ends_when_idle_and_at_its_lifetime(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    api.clock.advance(IDLE - timedelta(minutes=1))
    assert api.client.get("/api/v1/groups").status_code == 200  # the request keeps it alive
    api.clock.advance(IDLE - timedelta(minutes=1))
    assert api.client.get("/api/v1/groups").status_code == 200
    api.clock.advance(IDLE + timedelta(seconds=1))
    assert api.client.get("/api/v1/groups").status_code == 401
    login(api.client, username, password)
    for _ in range(int(LIFETIME / timedelta(hours=1))):
        api.clock.advance(hours=1)
        api.client.get("/api/v1/groups")
    assert api.client.get("/api/v1/groups").status_code == 401


def test_logout_ends_the_session_and_needs_csrf(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    old_cookie = api.client.cookies["qungui_session"]
    assert api.client.post("/logout", data={}).status_code == 403
    assert api.client.get("/api/v1/groups").status_code == 200
    response = api.client.post("/logout", data={"csrf_token": csrf(api.client)}, follow_redirects=False)
    assert response.status_code == 303
    other = api.fresh_client()
    other.cookies.set("qungui_session", old_cookie)
    assert other.get("/api/v1/groups").status_code == 401


def test_password_change_ends_other_sessions_and_keeps_this_one(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    other = api.fresh_client()
    login(other, username, password)
    login(api.client, username, password)
    form = {
        "csrf_token": csrf(api.client),
        "current": password,
        "new": "Ab-new-pass-2026",
        "confirm": "Ab-new-pass-2026",
    }
    response = api.client.post("/account/password", data=form)
    assert response.status_code == 200 and "密码已修改" in response.text
    assert other.get("/api/v1/groups").status_code == 401
    assert api.client.get("/api/v1/groups").status_code == 200
    login(api.fresh_client(), username, "Ab-new-pass-2026")


def test_password_change_refuses_weak_and_wrong_current(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    token = csrf(api.client)
    weak = api.client.post(
        "/account/password", data={"csrf_token": token, "current": password, "new": "123", "confirm": "123"}
    )
    assert weak.status_code == 400 and "密码太短" in weak.text
    wrong = api.client.post(
        "/account/password",
        data={"csrf_token": token, "current": "x" * 12, "new": "Ab-new-pass-2026", "confirm": "Ab-new-pass-2026"},
    )
    assert wrong.status_code == 400 and "当前密码不正确" in wrong.text
    login(api.fresh_client(), username, password)  # unchanged


def test_cookie_api_write_needs_csrf_header_but_bearer_does_not(api):
    username, password = make_user(api.session, role=ConsoleRole.OWNER)
    login(api.client, username, password)
    path = f"/api/v1/groups/{api.group_id}/rulebook/try"
    body = {"text": "加我薇信领福利"}
    refused = api.client.post(path, json=body)
    assert refused.status_code == 403 and "CSRF" in refused.json()["error"]
    assert api.client.post(path, json=body, headers=csrf_header(api.client)).status_code == 200
    token = make_token(api.session, username)
    assert api.fresh_client().post(path, json=body, headers=bearer(token)).status_code == 200
    # a bearer header does not excuse a request that also carries the session cookie
    mixed = api.client.post(path, json=body, headers=bearer(token))
    assert mixed.status_code == 403 and "CSRF" in mixed.json()["error"]


def test_forbidden_is_403_in_chinese(api):
    username, _ = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    token = make_token(api.session, username)
    response = api.client.get("/api/v1/audit", headers=bearer(token))
    assert response.status_code == 403
    assert "没有权限" in response.json()["error"]


def test_require_on_a_console_page_redirects_or_shows_a_chinese_403_page(api):
    from fastapi import Depends

    from qungui.governance.accounts.roles import Permission
    from qungui.web.auth.deps import require

    @api.client.app.get("/console-probe/{group_id}")
    def probe(group_id: int, principal=Depends(require(Permission.DECIDE))):
        return {"user": principal.username}

    path = f"/console-probe/{api.group_id}"
    anonymous = api.client.get(path, follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == f"/login?next={path}"
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    page = api.client.get(path, headers={"accept": "text/html"})
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    assert "没有权限" in page.text and "处理案件" in page.text
    admin, admin_password = make_user(api.session, role=ConsoleRole.ADMIN, group_id=api.group_id)
    other = api.fresh_client()
    login(other, admin, admin_password)
    assert other.get(path).json() == {"user": admin}


def test_logout_after_the_session_expired_just_goes_to_the_login_page(api):
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    api.clock.advance(IDLE + timedelta(minutes=1))
    response = api.client.post("/logout", data={"csrf_token": "stale"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert "qungui_session" not in api.client.cookies


def test_malformed_forms_get_a_chinese_message_and_change_nothing(api):
    token = login_form_token(api.client)
    empty = api.client.post("/login", data={"csrf_token": token, "username": "", "password": ""})
    assert empty.status_code == 400 and "请填写用户名和密码" in empty.text
    username, password = make_user(api.session, role=ConsoleRole.VIEWER, group_id=api.group_id)
    login(api.client, username, password)
    missing = api.client.post("/account/password", data={"csrf_token": csrf(api.client)})
    assert missing.status_code == 400 and "请填写当前密码和新密码" in missing.text
    differ = api.client.post(
        "/account/password",
        data={
            "csrf_token": csrf(api.client),
            "current": password,
            "new": "Ab-new-pass-2026",
            "confirm": "Ab-other-2026",
        },
    )
    assert differ.status_code == 400 and "两次输入的新密码不一致" in differ.text
    login(api.fresh_client(), username, password)  # the password did not change
    with api.session.begin():
        assert api.session.scalar(select(func.count()).select_from(LoginAttempt)) == 0
