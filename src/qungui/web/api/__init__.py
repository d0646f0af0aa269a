"""The REST API under `/api/v1`: one router module per domain, every route behind a permission check.

Cookie-authenticated writes need the session's `X-CSRF-Token` header; bearer-token calls are exempt.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from qungui.web.auth.csrf import verify_api_csrf

API_PREFIX = "/api/v1"


def api_router() -> APIRouter:
    """Every API route, mounted under /api/v1."""
    from qungui.web.api import (
        accounts,
        appeals,
        audit,
        cases,
        groups,
        joins,
        leave,
        members,
        notices,
        penalties,
        reports,
        rulebooks,
        tasks,
    )

    api = APIRouter(prefix=API_PREFIX, dependencies=[Depends(verify_api_csrf)])
    modules = (
        groups,
        members,
        rulebooks,
        cases,
        reports,
        appeals,
        joins,
        notices,
        tasks,
        leave,
        penalties,
        audit,
        accounts,
    )
    for module in modules:
        api.include_router(module.router())
    return api
