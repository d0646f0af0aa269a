"""The web app: `create_app(runtime, hub, settings=...)` builds everything; nothing lives at module level.

It serves the console (`/console`, login at `/login`), the REST API (`/api/v1`, OpenAPI at
`/api/openapi.json`, a no-CDN reference at `/api/docs`) and, when a simulator hub is given, the
simulator (`/sim`). State sits on `app.state` (runtime, hub, settings, sessions, clock, token signer,
templates, scenarios). While the app runs, its lifespan keeps background tasks on the server's event
loop: the runtime's scheduler (deadlines on the clock) and the hub's follow-up loop (what the platform
reports after the scheduler's actions, e.g. a removed member's MemberLeft).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from qungui.adapters.simulator.hub import SimulatorHub
from qungui.settings import Settings
from qungui.web import simulator_api, simulator_views
from qungui.web.api import api_router
from qungui.web.api.crm import crm_api_router
from qungui.web.api.docs import docs_router
from qungui.web.auth.csrf import csrf_token, remember_csrf_cookie
from qungui.web.auth.views import auth_router
from qungui.web.console import console_router
from qungui.web.console.crm import crm_console_router
from qungui.web.errors import install_error_handlers
from qungui.web.security import BodyLimit, TokenSigner

if TYPE_CHECKING:
    from qungui.adapters.simulator.demo import Scenario
    from qungui.runtime.service import Runtime

HERE = Path(__file__).resolve().parent
UPLOAD_SLACK = 64 * 1024  # multipart framing around the picture
MAX_BODY = 1024 * 1024  # any request body (a rulebook is far smaller)
MAX_FILE_BODY = 21 * 1024 * 1024  # where files are uploaded (VIP purchase imports: 20 MB, checked by the route)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

log = logging.getLogger(__name__)


def create_app(
    runtime: Runtime,
    hub: SimulatorHub | None = None,
    *,
    settings: Settings,
    scenarios: Sequence[Scenario] = (),
    run_scheduler: bool = True,
) -> FastAPI:
    """The web app for the groups governed by `runtime`; with `hub`, also the simulator's pages."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = asyncio.Event()
        tasks = [asyncio.create_task(hub.run(stop), name="simulator-follow-ups")] if hub is not None else []
        if run_scheduler:
            tasks.append(asyncio.create_task(runtime.run_scheduler(stop), name="qungui-scheduler"))
        try:
            yield
        finally:
            stop.set()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await asyncio.wait_for(task, timeout=5)

    app = FastAPI(
        title="qungui 群规 API",
        version="1",
        description="群规 qungui 的 REST API：群、成员、群规、案件、举报、申诉、入群、通知、任务、请假、罚款、"
        "审计日志。认证见 /api/docs。",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.state.hub = hub
    app.state.settings = settings
    app.state.sessions = runtime.sessions
    app.state.clock = runtime.clock
    app.state.signer = TokenSigner()
    app.state.scenarios = tuple(scenarios)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals["asset_version"] = asset_version(HERE / "static")
    app.state.templates.env.globals["csrf_token"] = csrf_token
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    install_error_handlers(app)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        """Refuse an oversized picture before reading it; send the security headers with every answer."""
        if request.method == "POST" and request.url.path == "/sim/api/image":
            length = request.headers.get("content-length", "")
            if length.isdigit() and int(length) > simulator_api.MAX_IMAGE_BYTES + UPLOAD_SLACK:
                limit = simulator_api.MAX_IMAGE_BYTES // (1024 * 1024)
                return JSONResponse({"error": f"图片太大：最大 {limit} MB，请换一张小一点的图片。"}, status_code=413)
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        remember_csrf_cookie(request, response)
        if request.url.path.startswith(("/api/", "/login", "/account", "/console")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(
        BodyLimit,
        limit=MAX_BODY,
        limits={
            "/sim/api/image": 2 * (simulator_api.MAX_IMAGE_BYTES + UPLOAD_SLACK),  # its own check says 图片太大
            "/api/v1/crm/": MAX_FILE_BODY,
            "/console/crm/": MAX_FILE_BODY,
        },
    )
    app.include_router(auth_router())
    app.include_router(api_router())
    app.include_router(docs_router())
    app.include_router(console_router())
    app.include_router(crm_api_router())
    app.include_router(crm_console_router())
    if hub is not None:
        app.include_router(simulator_views.router, include_in_schema=False)
        app.include_router(simulator_api.router, include_in_schema=False)
    return app


def asset_version(folder: Path) -> str:
    """A short hash of the static files, so browsers fetch them again after an upgrade."""
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
