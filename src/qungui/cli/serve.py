"""`qungui serve`: the simulator page — play a WeChat-like group chat and watch qungui keep its rules.

Heavy imports (FastAPI, uvicorn, the runtime) happen inside the command, so `qungui --help` stays quick.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy import Engine

    from qungui.adapters.simulator.hub import SimulatorHub
    from qungui.runtime.service import Runtime
    from qungui.settings import Settings


@dataclass(slots=True)
class Simulator:
    """Everything `qungui serve` runs: database engine, runtime, hub and the web app."""

    engine: Engine
    runtime: Runtime
    hub: SimulatorHub
    app: FastAPI
    demo: bool

    async def start(self) -> None:
        """Put the demo group in place (in the loop that will serve it)."""
        if self.demo:
            from qungui.adapters.simulator.demo import start_demo

            await start_demo(self.hub, self.runtime)


def build_simulator(settings: Settings, *, demo: bool = True, run_scheduler: bool = True) -> Simulator:
    """Migrate the database and assemble runtime, hub and app on the simulator's own clock."""
    from zoneinfo import ZoneInfo

    from qungui.adapters.simulator.clock import SimClock
    from qungui.adapters.simulator.demo import BOT, SCENARIOS
    from qungui.adapters.simulator.hub import SimulatorHub
    from qungui.runtime.service import Runtime
    from qungui.storage.db import make_engine, make_session_factory, migrate
    from qungui.web.app import create_app

    engine = make_engine(settings.database_url)
    migrate(engine)
    clock = SimClock(ZoneInfo(settings.timezone))
    hub = SimulatorHub(clock=clock, bot=BOT)
    runtime = Runtime(sessions=make_session_factory(engine), platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    app = create_app(runtime, hub, settings=settings, scenarios=SCENARIOS if demo else (), run_scheduler=run_scheduler)
    return Simulator(engine, runtime, hub, app, demo)


def listen(host: str, port: int) -> socket.socket:
    """A bound socket for the server (OSError when the address is taken), so failure is known before startup."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def page_url(host: str, sock: socket.socket) -> str:
    shown = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "": "127.0.0.1"}.get(host, f"[{host}]" if ":" in host else host)
    return f"http://{shown}:{sock.getsockname()[1]}/sim"


async def serve_simulator(
    simulator: Simulator, sock: socket.socket, *, on_ready: Callable[[], Any] | None = None
) -> None:
    """Start the demo group, then serve the app on `sock` until the server is told to stop (Ctrl-C)."""
    import uvicorn

    await simulator.start()
    server = uvicorn.Server(uvicorn.Config(simulator.app, log_level="warning", lifespan="on"))
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serving.done():
        await asyncio.sleep(0.05)
    if server.started and on_ready is not None:
        on_ready()
    await serving


def serve_command(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="port (0: any free port)")] = 8000,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url", help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL, else sqlite:///qungui.sqlite3)"
        ),
    ] = None,
    demo: Annotated[bool, typer.Option("--demo/--no-demo", help="load the demo group 安徽商会会员交流群")] = True,
) -> None:
    """Start the simulator page: a WeChat-like group chat where qungui enforces the group's rules."""
    from sqlalchemy.engine import make_url

    from qungui.settings import Settings

    console = Console(soft_wrap=True)
    settings = Settings() if database_url is None else Settings(database_url=database_url)
    try:
        sock = listen(host, port)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        console.print(f"[red]无法在 {host}:{port} 上启动[/]：{reason}。端口可能已被占用，可换一个，例如 --port 8001。")
        raise typer.Exit(1) from None
    shown_db = make_url(settings.database_url).render_as_string(hide_password=True)
    console.print(f"正在启动 qungui 群规模拟器（数据库：{shown_db}）…")
    try:
        simulator = build_simulator(settings, demo=demo)
    except Exception:
        sock.close()
        raise

    def ready() -> None:
        console.print(f"[bold green]已就绪[/]：在浏览器打开 [bold]{page_url(host, sock)}[/]")
        if demo:
            console.print("演示群“安徽商会会员交流群”已载入（群规模板 chamber）。按 Ctrl-C 停止。")
        else:
            console.print("未载入演示群（--no-demo）。按 Ctrl-C 停止。")
        if host not in ("127.0.0.1", "localhost", "::1"):
            console.print(f"[yellow]注意[/]：正在监听 {host}，同一网络中的其他人也能打开这个演示页面。")

    try:
        asyncio.run(serve_simulator(simulator, sock, on_ready=ready))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        simulator.engine.dispose()
    console.print("已停止。")
