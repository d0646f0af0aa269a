"""The rulebook editor: the group's rulebook as YAML, validated with every problem listed, a "try a message"
box that shows the findings and the normalization that revealed them (薇❤ → 微信), and saving.

A rulebook that does not validate is never saved: the page lists each problem (line, field, reason) and
keeps the text as typed. Saving stores the YAML as the group's own rulebook (`save_rulebook`, audited)
and then hands the compiled book to the runtime (`Runtime.replace_rulebook`).
"""

from __future__ import annotations

from typing import Any

import yaml
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile as StarletteUpload

from qungui.core.errors import Problem, RulebookError
from qungui.core.events import MemberRef, MessageEvent
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.accounts.rulebooks import MAX_YAML_CHARS, save_rulebook, stored_rulebook
from qungui.governance.groups.models import Group
from qungui.rules.check_input import default_check_rulebook
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.engine import scan
from qungui.rules.loader import decode_utf8, parse_rulebook
from qungui.text.normalize import normalize
from qungui.web.console.access import Scope, done, render
from qungui.web.console.actions import BadForm, problem, read_form
from qungui.web.console.pages import close, open_scope

MAX_RULEBOOK_BYTES = MAX_YAML_CHARS  # the form's body; the YAML itself is a little smaller
MAX_TRY_CHARS = 2000
TRY_MEMBER = "console-try"


def current_yaml(session, scope: Scope) -> str:
    """The group's saved rulebook YAML, else the running rulebook written out as YAML (what the loader reads back).

    The running book, not its template file: a group's book may differ from the template (the demo adds
    its member roster), and saving the unchanged text must not drop anything.
    """
    saved = stored_rulebook(session, group=scope.group)
    if saved is not None:
        return saved.yaml
    data = scope.book.rulebook.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def validate(text: str) -> tuple[CompiledRulebook | None, list[Problem]]:
    """The compiled rulebook, or the problems that stop it (every one, with its line and field)."""
    try:
        return compile_rulebook(parse_rulebook(text, source="rulebook")), []
    except RulebookError as error:
        return None, list(error.problems)
    except (ValueError, TypeError) as error:  # a compile-time refusal (e.g. a detector's settings)
        return None, [Problem(str(error))]


def general_book(scope: Scope) -> CompiledRulebook:
    """Every content detector at its default threshold (the `qungui check` rulebook), compiled once per app."""
    state = scope.request.app.state
    book = getattr(state, "console_general_book", None)
    if book is None:
        book = compile_rulebook(default_check_rulebook())
        state.console_general_book = book
    return book


def _findings(book: CompiledRulebook, scope: Scope, text: str) -> list[dict[str, Any]]:
    now = scope.request.app.state.runtime.clock.now()
    event = MessageEvent(
        id="console-try",
        group=scope.ref,
        ts=now,
        sender=MemberRef(platform=scope.group.platform, id=TRY_MEMBER),
        text=text,
    )
    state = book.new_state(scope.group.external_id, set())
    findings, _ = scan(event, book, state, now)
    titles = {c.id: c.title for c in book.rulebook.clauses}
    return [
        {
            "clause": f.clause,
            "title": titles.get(f.clause, ""),
            "category": f.category.value,
            "detector": f.detector,
            "score": round(f.score, 2),
            "evidence": f.evidence,
            "revealed_by": f.revealed_by,
        }
        for f in findings
    ]


def try_message(book: CompiledRulebook, scope: Scope, text: str) -> dict[str, Any]:
    """What the engine finds in `text` under `book`, each finding with its clause and what revealed it; and
    what the general detectors reveal (e.g. 薇❤信 → 微信) when the rulebook's own clauses do not say."""
    norm = normalize(text)
    general = [f for f in _findings(general_book(scope), scope, text) if f["revealed_by"]]
    return {
        "text": text,
        "normalized": norm.compact,
        "findings": _findings(book, scope, text),
        "general": general,
    }


def add_routes(router: APIRouter, principal_dep: Any, verify_csrf: Any) -> None:
    @router.get("/g/{group_id}/rulebook")
    async def editor(request: Request, group_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        scope, refusal = open_scope(request, principal, group_id, Permission.EDIT_RULEBOOK)
        if scope is None:
            return refusal
        try:
            text = current_yaml(scope.extra["session"], scope)
        finally:
            close(scope)
        return page(scope, principal, text=text)

    @router.post("/g/{group_id}/rulebook", dependencies=[Depends(verify_csrf)])
    async def submit(request: Request, group_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        scope, refusal = open_scope(request, principal, group_id, Permission.EDIT_RULEBOOK)
        if scope is None:
            return refusal
        close(scope)
        try:
            form = await read_form(request, scope, MAX_RULEBOOK_BYTES)
        except BadForm as bad:
            return problem(request, principal, scope, bad.message, scope.url("/rulebook"), bad.status_code)
        text = form.get("yaml", "")
        action = form.get("action", "validate")
        sample = form.get("sample", "")[:MAX_TRY_CHARS]
        try:
            uploaded = await uploaded_yaml(request, scope)
        except BadForm as bad:
            return page(scope, principal, text=text, sample=sample, error=bad.message, status_code=bad.status_code)
        except RulebookError as error:  # not UTF-8
            return page(scope, principal, text=text, sample=sample, problems=list(error.problems), status_code=400)
        if uploaded is not None:
            text = uploaded
        if action == "try":
            book, problems = validate(text) if text.strip() else (scope.book, [])
            result = try_message(book or scope.book, scope, sample) if sample.strip() else None
            return page(scope, principal, text=text, sample=sample, tried=result, problems=problems)
        book, problems = validate(text)
        if problems or book is None:
            return page(scope, principal, text=text, sample=sample, problems=problems, status_code=400)
        if action != "save":
            return page(scope, principal, text=text, sample=sample, valid=len(book.rulebook.clauses))
        return await save(scope, principal, text, book)


async def uploaded_yaml(request: Request, scope: Scope) -> str | None:
    """The text of a YAML file sent with the form (it replaces the editor's text), or None when none was sent."""
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, StarletteUpload) or not upload.filename:
        return None
    raw = await upload.read(MAX_YAML_CHARS + 1)
    if len(raw) > MAX_YAML_CHARS:
        raise BadForm(scope.t("too_large", limit=MAX_YAML_CHARS // 1024), 413)
    return decode_utf8(raw, upload.filename)


async def save(scope: Scope, principal: Principal, text: str, book: CompiledRulebook) -> Response:
    """Store `text` as the group's rulebook (validated again by the service, audited), then apply it."""
    runtime = scope.request.app.state.runtime
    now = runtime.clock.now()
    try:
        with runtime.sessions.begin() as session:
            group = session.get(Group, scope.group.id)
            save_rulebook(session, group=group, text=text, actor=scope.actor, now=now)
    except RulebookError as error:  # checked above; kept for a race with another editor's rules
        return page(scope, principal, text=text, problems=list(error.problems), status_code=400)
    runtime.replace_rulebook(scope.ref, book)
    return done(scope, "/rulebook", "rulebook_saved")


def page(scope: Scope, principal: Principal, *, status_code: int = 200, **context: Any) -> Response:
    base = {
        "title": scope.t("rulebook_title"),
        "active": "rulebook",
        "text": "",
        "sample": "",
        "tried": None,
        "problems": [],
        "valid": None,
        "error": "",
    }
    return render(
        scope.request, "rulebook.html", {**base, **context}, principal=principal, scope=scope, status_code=status_code
    )
