"""`/api/docs`: the API reference as a plain server-rendered page (no CDN, no script), from the OpenAPI."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from qungui.web.auth.views import layout

METHODS = ("get", "post", "put", "patch", "delete")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of the OpenAPI document, grouped in tag order."""
    found = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [
                f"{p['name']}（{p['in']}{'，必填' if p.get('required') else ''}）" for p in op.get("parameters", [])
            ]
            found.append(
                {
                    "tag": (op.get("tags") or ["其他"])[0],
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "body": "requestBody" in op,
                }
            )
    return sorted(found, key=lambda o: (o["tag"], o["path"], METHODS.index(o["method"].lower())))


def docs_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/api/docs", response_class=HTMLResponse)
    def api_docs(request: Request) -> HTMLResponse:
        schema = request.app.openapi()
        context = {
            "layout": layout(),
            "title": schema.get("info", {}).get("title", "API"),
            "description": schema.get("info", {}).get("description", ""),
            "operations": operations(schema),
            "principal": None,
        }
        return request.app.state.templates.TemplateResponse(request, "auth/api_docs.html", context)

    return router
