"""The web console: server-rendered admin pages under `/console` (`/console` itself is the dashboard).

`console_router()` builds a fresh router each call, so nothing lives at module level; the app includes it
with `app.include_router(console_router())`. Pages: `pages` (read), `actions` (forms that change
things), `rulebook` (the editor); words in `i18n`, charts in `charts`, lists and exports in `lists` and
`tables`, read-only queries in `queries` and `stats`.
"""

from __future__ import annotations

from fastapi import APIRouter


def console_router() -> APIRouter:
    """All console pages, mounted under `/console`."""
    from qungui.web.console import actions, pages, rulebook
    from qungui.web.console.access import csrf_parts, principal_dependency

    router = APIRouter(prefix="/console", include_in_schema=False)
    principal = principal_dependency()
    _, verify_csrf = csrf_parts()
    rulebook.add_routes(router, principal, verify_csrf)  # before the generic /g/{id}/{list} route
    actions.add_routes(router, principal, verify_csrf)
    pages.add_routes(router, principal)
    return router


__all__ = ["console_router"]
