"""The group's rulebook: read it as YAML, replace it (validated; the running service switches), try a message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import yaml
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from qungui.core.errors import RulebookError
from qungui.core.events import MemberRef, MessageEvent, MessageKind
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.accounts.rulebooks import MAX_YAML_CHARS, save_rulebook, stored_rulebook
from qungui.governance.groups.models import Group
from qungui.governance.members.service import load_group_state
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.engine import evaluate
from qungui.web.api.common import book_of, group_ref, load_group, now, transaction
from qungui.web.auth.deps import require
from qungui.web.errors import ApiError

TRY_SENDER = "console-try"


class RulebookOut(BaseModel):
    group_id: int
    name: str
    title: str
    source: str = Field(description="stored（在后台保存的）或 running（运行中的模板）")
    clauses: int
    yaml: str
    updated_by: str | None = None
    updated_at: datetime | None = None


class RulebookIn(BaseModel):
    yaml: str = Field(min_length=1, max_length=MAX_YAML_CHARS, description="完整的群规 YAML")


class RulebookProblem(BaseModel):
    message: str
    path: str | None
    line: int | None


class TryIn(BaseModel):
    text: str = Field(min_length=1, max_length=5000, description="要试的消息")
    kind: MessageKind = MessageKind.TEXT
    member_id: str | None = Field(None, max_length=255, description="以哪位成员的身份（默认：一位新成员）")


class FindingOut(BaseModel):
    category: str
    clause: str
    score: float
    evidence: str
    detector: str
    revealed_by: str = Field("", description="揭示违规的规范化步骤，例如 傻 逼 → 傻逼（去除分隔符）")
    span: list[int] | None = None


class ViolationOut(BaseModel):
    clause: str
    title: str
    enforcement: str
    ladder: str | None
    step: str | None


class TryOut(BaseModel):
    findings: list[FindingOut]
    violations: list[ViolationOut]
    actions: list[str]
    clean: bool


def rulebook_yaml(book: CompiledRulebook) -> str:
    """The running rulebook as YAML (what the loader reads back)."""
    data = book.rulebook.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _problems(error: RulebookError) -> list[dict[str, Any]]:
    return [{"message": p.message, "path": p.path or None, "line": p.line} for p in error.problems]


def _read(request: Request, session: Session, group: Group) -> RulebookOut:
    book = book_of(request, group)
    row = stored_rulebook(session, group=group)
    return RulebookOut(
        group_id=group.id,
        name=book.rulebook.name,
        title=book.rulebook.title,
        source="stored" if row is not None else "running",
        clauses=len(book.rulebook.clauses),
        yaml=row.yaml if row is not None else rulebook_yaml(book),
        updated_by=row.updated_by if row is not None else None,
        updated_at=row.updated_at if row is not None else None,
    )


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["群规 rulebook"])

    @api.get("/rulebook", response_model=RulebookOut, summary="群规（YAML）")
    def get_rulebook(
        group_id: int, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> RulebookOut:
        with transaction(request) as session:
            return _read(request, session, load_group(session, group_id))

    @api.put(
        "/rulebook",
        response_model=RulebookOut,
        summary="替换群规：先校验，不通过则不保存；运行中的服务立即改用新群规",
        responses={422: {"description": "群规未通过校验：problems 列出每一处问题及其路径和行号"}},
    )
    def put_rulebook(
        group_id: int,
        body: RulebookIn,
        request: Request,
        principal: Principal = Depends(require(Permission.EDIT_RULEBOOK)),
    ) -> RulebookOut:
        runtime = request.app.state.runtime
        with transaction(request) as session:
            group = load_group(session, group_id)
            book_of(request, group)  # 409 when the service does not govern it: nothing to switch
            try:
                actor = f"console:{principal.username}"
                rulebook = save_rulebook(session, group=group, text=body.yaml, actor=actor, now=now(request))
                compiled = compile_rulebook(rulebook)
            except RulebookError as exc:
                raise RulebookInvalid(_problems(exc)) from None
            ref = group_ref(group)
        runtime.replace_rulebook(ref, compiled)
        with transaction(request) as session:
            return _read(request, session, load_group(session, group_id))

    @api.post("/rulebook/try", response_model=TryOut, summary="试一条消息：会触发哪些条款（不保存、不处理）")
    def try_message(
        group_id: int, body: TryIn, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> TryOut:
        with transaction(request) as session:
            group = load_group(session, group_id)
            book = book_of(request, group)
            at = now(request)
            state = load_group_state(session, group=group, book=book)
        sender = body.member_id or TRY_SENDER
        event = MessageEvent(
            id="console-try",
            group=group_ref(group),
            ts=at,
            sender=MemberRef(platform=group.platform, id=sender),
            text=body.text,
            kind=body.kind,
        )
        decision = evaluate(event, book, state, at)
        return TryOut(
            findings=[FindingOut(**_finding(f.as_dict())) for f in decision.findings],
            violations=[
                ViolationOut(
                    clause=v.clause, title=v.title, enforcement=str(v.enforcement), ladder=v.ladder, step=v.step
                )
                for v in decision.violations
            ],
            actions=[a.kind.value for a in decision.actions],
            clean=decision.clean,
        )

    return api


def _finding(data: dict[str, Any]) -> dict[str, Any]:
    keys = ("category", "clause", "score", "evidence", "detector", "revealed_by", "span")
    out = {k: data[k] for k in keys if k in data}
    if "span" in out and out["span"] is not None:
        out["span"] = list(out["span"])
    return out


class RulebookInvalid(ApiError):
    """A rulebook that does not validate: 422 with every problem and its path; nothing was stored."""

    def __init__(self, problems: list[dict[str, Any]]) -> None:
        super().__init__(422, f"群规未通过校验，共 {len(problems)} 处问题，未保存。", problems=problems)
