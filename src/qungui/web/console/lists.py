"""Each console list as a `Table`: its columns in the user's language, its rows, links and row buttons.

The same Table renders the page and both exports, so what a user sees is what they download.
Buttons appear only for users allowed to use them; the reporter column only with VIEW_REPORTER.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from qungui.governance.accounts.roles import Permission
from qungui.web.console import queries
from qungui.web.console.access import Scope
from qungui.web.console.i18n import value_label
from qungui.web.console.tables import Action, Column, Row, Table


def _columns(scope: Scope, *keys: str, numeric: tuple[str, ...] = ()) -> list[Column]:
    return [Column(key, scope.t(f"col_{key}"), key in numeric) for key in keys]


def _v(scope: Scope) -> Callable[[str | None], str]:
    return lambda value: value_label(scope.lang, value)


def members(session: Session, scope: Scope, only) -> Table:
    v = _v(scope)
    now = scope.request.app.state.runtime.clock.now()
    rows = queries.member_rows(session, group=scope.group, book=scope.book, now=now, only=only)
    nick = {"ok": scope.t("nickname_ok"), "bad": scope.t("nickname_bad"), "na": scope.t("nickname_na")}
    decide = scope.can(Permission.DECIDE)
    table_rows = []
    for r in rows:
        actions = []
        if decide and r["status"] == "pending":  # a join request held for the admins (入群 R<row>)
            base = scope.url(f"/joins/{r['row_id']}")
            actions = [
                Action(scope.t("join_approve"), base + "/approve"),
                Action(scope.t("join_reject"), base + "/reject", reason=True, danger=True),
            ]
        css = "warn" if r["nickname"] == "bad" else ""
        r = {**r, "role": v(r["role"]), "status": v(r["status"]), "nickname": nick[r["nickname"]]}
        table_rows.append(Row(r, css=css, actions=actions))
    columns = _columns(
        scope,
        "member",
        "member_id",
        "role",
        "status",
        "department",
        "strikes",
        "ladder",
        "nickname",
        "last_message",
        "leave",
        "joined",
        numeric=("strikes",),
    )
    return Table("members", scope.t("members_title"), columns, table_rows)


def cases(session: Session, scope: Scope, only, status: str | None) -> Table:
    v = _v(scope)
    rows = []
    for r in queries.case_rows(session, group=scope.group, status=status, only=only):
        values = {
            **r,
            "id": r["label"],
            "status": v(r["status"]),
            "enforcement": v(r["enforcement"]),
            "step": v(r["step"]),
        }
        rows.append(Row(values, links={"id": scope.url(f"/cases/{r['id']}")}))
    columns = _columns(scope, "id", "created", "member", "clause", "title", "step", "enforcement", "status", "evidence")
    return Table("cases", scope.t("cases_title"), columns, rows)


def reports(session: Session, scope: Scope, only) -> Table:
    v = _v(scope)
    show = scope.can(Permission.VIEW_REPORTER)
    decide = scope.can(Permission.DECIDE)
    rows = []
    viewer = scope.principal.member_in(scope.group.id)
    for r in queries.report_rows(session, group=scope.group, show_reporter=show, only=only, viewer=viewer):
        actions = []
        if decide and r["status"] == "open":
            base = scope.url(f"/reports/{r['id']}")
            actions = [
                Action(scope.t("report_verify"), base + "/verify", reason=False, confirm=scope.t("confirm")),
                Action(scope.t("report_reject"), base + "/reject", reason=True, danger=True),
            ]
        values = {**r, "id": r["label"], "status": v(r["status"])}
        if show and values["reporter"] is None:  # a report against the viewer themselves
            values["reporter"] = scope.t("reporter_hidden")
        rows.append(Row(values, actions=actions))
    keys = ["id", "created", "target", "reason", "evidence", "status", "note", "decided"]
    if show:
        keys.insert(2, "reporter")
    return Table("reports", scope.t("reports_title"), _columns(scope, *keys), rows)


def appeals(session: Session, scope: Scope, only) -> Table:
    v = _v(scope)
    decide = scope.can(Permission.DECIDE)
    rows = []
    for r in queries.appeal_rows(session, group=scope.group, only=only):
        actions = []
        if decide and r["status"] == "open":
            base = scope.url(f"/appeals/{r['id']}")
            actions = [
                Action(scope.t("appeal_accept"), base + "/accept", confirm=scope.t("confirm")),
                Action(scope.t("appeal_reject"), base + "/reject", reason=True, danger=True),
            ]
        rows.append(Row({**r, "id": r["label"], "status": v(r["status"])}, actions=actions))
    columns = _columns(scope, "id", "created", "member", "reason", "removed_by", "status", "note")
    return Table("appeals", scope.t("appeals_title"), columns, rows)


def notices(session: Session, scope: Scope) -> Table:
    rows = []
    for r in queries.notice_rows(session, group=scope.group):
        rate = f"{r['rate']}%" if r["rate"] is not None else "—"
        values = {**r, "id": r["label"], "status": scope.t(f"notice_status_{r['status']}"), "rate": rate}
        rows.append(Row(values, links={"id": scope.url(f"/notices/{r['id']}")}))
    columns = _columns(scope, "id", "created", "text", "due", "acked", "rate", "status")
    return Table("notices", scope.t("notices_title"), columns, rows)


def tasks(session: Session, scope: Scope, only) -> Table:
    v = _v(scope)
    rows = [
        Row({**r, "id": r["label"], "status": v(r["status"])})
        for r in queries.task_rows(session, group=scope.group, only=only)
    ]
    columns = _columns(scope, "id", "owner", "issuer", "text", "due", "status", "plan", "done_at")
    return Table("tasks", scope.t("tasks_title"), columns, rows)


def leave(session: Session, scope: Scope, only) -> Table:
    v = _v(scope)
    decide = scope.can(Permission.DECIDE)
    rows = []
    for r in queries.leave_rows(session, group=scope.group, only=only):
        actions = []
        if decide and r["status"] == "pending":
            base = scope.url(f"/leave/{r['id']}")
            actions = [
                Action(scope.t("leave_approve"), base + "/approve"),
                Action(scope.t("leave_reject"), base + "/reject", reason=True, danger=True),
            ]
        rows.append(Row({**r, "id": r["label"], "status": v(r["status"])}, actions=actions))
    columns = _columns(scope, "id", "created", "member", "start", "end", "reason", "status", "note")
    return Table("leave", scope.t("leave_title"), columns, rows)


def fines(session: Session, scope: Scope, only) -> Table:
    rows = [
        Row({**r, "status": scope.t("yes") if r["paid"] else scope.t("no")}, css="" if r["paid"] else "warn")
        for r in queries.fine_rows(session, group=scope.group, book=scope.book, only=only)
    ]
    columns = [
        Column("member", scope.t("col_member")),
        Column("clause", scope.t("col_clause")),
        Column("amount", scope.t("col_amount"), numeric=True),
        Column("due_at", scope.t("col_due_at")),
        Column("status", scope.t("col_paid")),
        Column("paid", scope.t("col_at")),
    ]
    return Table("fines", scope.t("fines_title"), columns, rows)


def audit(session: Session, scope: Scope, before: int | None) -> Table:
    """The audit log: every entry for a user who may audit all groups, else the entries about this group."""
    everything = scope.principal.can(Permission.VIEW_AUDIT)
    rows = [Row(r) for r in queries.audit_rows(session, before=before, group=None if everything else scope.group)]
    columns = _columns(scope, "seq", "at", "actor", "action", "subject", "hash", numeric=("seq",))
    return Table("audit", scope.t("audit_title"), columns, rows)


def matrix(scope: Scope, notice_id: int, rows) -> Table:
    """A notice's acknowledgement matrix (rows from `ack_matrix`) as a list to export."""
    t = scope.t
    out = []
    for r in rows:
        state = t("ack_yes") if r.at is not None else (t("ack_no") if r.active else t("ack_left"))
        values = {
            "member": r.name,
            "member_id": r.member_id,
            "department": r.department or "",
            "status": state,
            "ack_at": r.at,
            "via": t(f"via_{r.via}") if r.via else "",
            "late": t("yes") if r.late else "",
        }
        out.append(Row(values))
    columns = _columns(scope, "member", "member_id", "department", "status", "ack_at", "via", "late")
    return Table(f"notice-N{notice_id}", t("notice_title", id=notice_id), columns, out)
