"""Console accounts (MANAGE_ACCOUNTS, held by an owner of every group): list, add, grant, revoke, disable."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from qungui.governance.accounts.models import ConsoleUser
from qungui.governance.accounts.roles import ConsoleRole, Permission, Principal
from qungui.governance.accounts.service import (
    create_user,
    get_user,
    grant_role,
    grants_of,
    list_users,
    revoke_role,
    set_active,
    set_password,
)
from qungui.web.api.common import now, transaction
from qungui.web.auth.deps import require


class GrantOut(BaseModel):
    role: ConsoleRole
    group_id: int | None
    department: str | None
    member_id: str | None


class AccountOut(BaseModel):
    username: str
    display_name: str
    active: bool
    last_login_at: datetime | None
    created_at: datetime
    grants: list[GrantOut]


class GrantIn(BaseModel):
    role: ConsoleRole
    group_id: int | None = Field(None, description="群编号；不填为所有群")
    department: str | None = Field(None, max_length=64, description="部门负责人的部门")
    member_id: str | None = Field(None, max_length=255, description="在群里的成员 ID（以其身份处理案件）")


class AccountIn(GrantIn):
    username: str = Field(min_length=2, max_length=64)
    display_name: str | None = Field(None, max_length=255)
    password: str = Field(min_length=1, max_length=256, description="初始密码（至少 10 个字符，两类字符）")


class RevokeIn(BaseModel):
    role: ConsoleRole
    group_id: int | None = None


class PasswordIn(BaseModel):
    password: str = Field(min_length=1, max_length=256)


def _out(session: Session, user: ConsoleUser) -> AccountOut:
    return AccountOut(
        username=user.username,
        display_name=user.display_name,
        active=user.active,
        last_login_at=user.last_login_at,
        created_at=user.created_at,
        grants=[
            GrantOut(role=ConsoleRole(g.role), group_id=g.group_id, department=g.department, member_id=g.member_id)
            for g in grants_of(session, user_id=user.id)
        ],
    )


def _actor(principal: Principal) -> str:
    return f"console:{principal.username}"


def _grant(session: Session, user: ConsoleUser, body: GrantIn, principal: Principal, at: datetime) -> None:
    grant_role(
        session, user=user, role=body.role, group_id=body.group_id, department=body.department,
        member_id=body.member_id, actor=_actor(principal), now=at,
    )  # fmt: skip


def router() -> APIRouter:
    api = APIRouter(prefix="/accounts", tags=["账号 accounts"])
    manage = Depends(require(Permission.MANAGE_ACCOUNTS))

    @api.get("", response_model=list[AccountOut], summary="后台账号及其角色")
    def accounts(request: Request, principal: Principal = manage) -> list[AccountOut]:
        with transaction(request) as session:
            return [_out(session, user) for user in list_users(session)]

    @api.post("", response_model=AccountOut, status_code=201, summary="新建账号（含一个角色）")
    def add_account(body: AccountIn, request: Request, principal: Principal = manage) -> AccountOut:
        with transaction(request) as session:
            at = now(request)
            user = create_user(
                session,
                username=body.username,
                password=body.password,
                display_name=body.display_name,
                actor=_actor(principal),
                now=at,
            )
            _grant(session, user, body, principal, at)
            return _out(session, user)

    @api.post("/{username}/grants", response_model=AccountOut, summary="授予角色（或关联成员 ID）")
    def add_grant(username: str, body: GrantIn, request: Request, principal: Principal = manage) -> AccountOut:
        with transaction(request) as session:
            user = get_user(session, username=username)
            _grant(session, user, body, principal, now(request))
            return _out(session, user)

    @api.post("/{username}/revoke", response_model=AccountOut, summary="撤销角色")
    def revoke(username: str, body: RevokeIn, request: Request, principal: Principal = manage) -> AccountOut:
        with transaction(request) as session:
            user = get_user(session, username=username)
            revoke_role(
                session, user=user, role=body.role, group_id=body.group_id, actor=_actor(principal), now=now(request)
            )
            return _out(session, user)

    switches = ((False, "disable", "停用账号（退出所有登录、撤销令牌）"), (True, "enable", "重新启用账号"))
    for active, verb, summary in switches:
        _add_switch(api, manage, active, verb, summary)

    @api.post("/{username}/password", response_model=AccountOut, summary="重设密码（其登录全部退出）")
    def reset(username: str, body: PasswordIn, request: Request, principal: Principal = manage) -> AccountOut:
        with transaction(request) as session:
            user = get_user(session, username=username)
            set_password(session, user=user, password=body.password, actor=_actor(principal), now=now(request))
            return _out(session, user)

    return api


def _add_switch(api: APIRouter, manage: Any, active: bool, verb: str, summary: str) -> None:
    """`POST /{username}/disable|enable`: switch the account off (every login and token ends) or on."""

    @api.post(f"/{{username}}/{verb}", response_model=AccountOut, summary=summary, name=verb)
    def switch(username: str, request: Request, principal: Principal = manage) -> AccountOut:
        with transaction(request) as session:
            user = get_user(session, username=username)
            set_active(session, user=user, active=active, actor=_actor(principal), now=now(request))
            return _out(session, user)
