"""Helpers for tests of console pages and API routes: make a console user, log in, call with a token.

username, password = make_user(session, role=ConsoleRole.ADMIN, group_id=group_id)
login(client, username, password)          # the client now carries the session cookie
client.post("/console/…", data={"csrf_token": csrf(client), …})
client.post("/api/v1/…", json=…, headers=csrf_header(client))
token = make_token(session, username)     # or: headers=bearer(token), no CSRF needed
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.accounts.service import create_user as _create_user
from qungui.governance.accounts.service import get_user, grant_role
from qungui.governance.accounts.sessions import create_api_token

CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')
CREATED = datetime(2026, 11, 1, tzinfo=UTC)


def make_user(
    session: Session,
    *,
    role: ConsoleRole | str = ConsoleRole.ADMIN,
    group_id: int | None = None,
    department: str | None = None,
    username: str | None = None,
    password: str | None = None,
    member_id: str | None = None,
) -> tuple[str, str]:
    """A new active console user with one grant (committed); returns (username, password)."""
    username = username or f"u{secrets.token_hex(4)}"
    password = password or f"Pw-{secrets.token_urlsafe(12)}"
    with session.begin():
        user = _create_user(session, username=username, password=password, actor="test", now=CREATED)
        grant_role(
            session,
            user=user,
            role=ConsoleRole(role),
            group_id=group_id,
            department=department,
            member_id=member_id,
            actor="test",
            now=CREATED,
        )
    return username, password


def make_token(session: Session, username: str, *, name: str = "test") -> str:
    """A new API token for `username` (committed); returns the secret."""
    with session.begin():
        secret, _ = create_api_token(
            session, user=get_user(session, username=username), name=name, actor="test", now=CREATED
        )
    return secret


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login_form_token(client: TestClient) -> str:
    """The CSRF token of the login form (sets the pre-login cookie on the client)."""
    page = client.get("/login")
    found = CSRF_INPUT.search(page.text)
    assert found is not None, page.text
    return found.group(1)


def login(client: TestClient, username: str, password: str, *, next_url: str = "/console"):
    """Log `client` in through the login form; asserts it worked and returns the redirect response."""
    data = {"username": username, "password": password, "csrf_token": login_form_token(client), "next": next_url}
    response = client.post("/login", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert "qungui_session" in client.cookies
    return response


def csrf(client: TestClient) -> str:
    """The logged-in client's CSRF token, read from the password page's form."""
    page = client.get("/account/password")
    found = CSRF_INPUT.search(page.text)
    assert found is not None, page.text
    return found.group(1)


def csrf_header(client: TestClient) -> dict[str, str]:
    """The header a cookie-authenticated API write needs."""
    return {"X-CSRF-Token": csrf(client)}
