"""The simulator's page: `/sim` (and `/`, which sends you there). Server-rendered shell; the JS fills it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from qungui.adapters.simulator.hub import SimulatorHub
from qungui.rules.compiled import CompiledRulebook

ENFORCEMENT_LABELS = {"auto": "自动执行", "assisted": "管理员确认", "manual": "仅记录"}
SPAN_LABELS = (("10m", "10 分钟"), ("1h", "1 小时"), ("1d", "1 天"), ("7d", "7 天"))

router = APIRouter()


@router.get("/", include_in_schema=False)
async def home() -> RedirectResponse:
    return RedirectResponse("/sim", status_code=307)


@router.get("/sim", response_class=HTMLResponse)
async def simulator_page(request: Request) -> Response:
    hub: SimulatorHub = request.app.state.hub
    group = hub.groups[0] if hub.groups else None
    book = request.app.state.runtime.book(group.ref) if group is not None else None
    signer = request.app.state.signer
    session_id, new_session = signer.session(request)
    context = {
        "group": group,
        "book": book,
        "bot": hub.bot,
        "token": signer.token_for(session_id),
        "clauses": _clauses(book) if book else [],
        "scenarios": [asdict(s) for s in request.app.state.scenarios] if group is not None else [],
        "spans": SPAN_LABELS,
        "fast_forward": hub.can_fast_forward,
        "config": {
            "group": group.ref.id if group else None,
            "bot": {"id": hub.bot.id, "name": hub.bot.name},
            "owner": next((m.id for m in group.members.values() if m.role.value == "owner"), None) if group else None,
            "naming": book.rulebook.naming.description if book and book.rulebook.naming else None,
            "example": book.rulebook.naming.example if book and book.rulebook.naming else None,
            "approval": group.approval_required if group else False,
        },
    }
    page = request.app.state.templates.TemplateResponse(request, "sim.html.j2", context)
    page.headers["Cache-Control"] = "no-store"
    if new_session:
        signer.remember(page, session_id)
    return page


def _clauses(book: CompiledRulebook) -> list[dict[str, Any]]:
    return [
        {
            "id": clause.id,
            "title": clause.title,
            "text": clause.text,
            "enforcement": clause.enforcement.value,
            "label": ENFORCEMENT_LABELS.get(clause.enforcement.value, clause.enforcement.value),
        }
        for clause in book.rulebook.clauses
    ]
