"""`qungui serve`: the simulator page — play a WeChat-like group chat and watch qungui keep its rules.

Heavy imports (FastAPI, uvicorn, the runtime) happen inside the command, so `qungui --help` stays quick.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
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
    login: tuple[str, str] | None = None  # the demo console account made on this start (shown once)

    async def start(self) -> None:
        """Put the demo group, the demo store and a console account in place (in the loop that will serve it)."""
        if not self.demo:
            return
        from qungui.adapters.simulator.demo import OWNER, start_demo
        from qungui.cli.accounts import ensure_demo_owner
        from qungui.crm.demo import seed_demo_store

        await start_demo(self.hub, self.runtime)
        now = self.runtime.clock.now()
        with self.runtime.sessions.begin() as session:
            self.login = ensure_demo_owner(session, now, member_id=OWNER)
            seed_demo_store(session, now=now)


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
    platform: Annotated[
        str | None,
        typer.Option("--platform", help="govern real groups on this platform (matrix, …) instead of the simulator"),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="the platform config file (YAML or TOML): groups, rulebooks, credentials"),
    ] = None,
) -> None:
    """Start the simulator page, or with --platform/--config govern real groups on a chat platform."""
    from sqlalchemy.engine import make_url

    from qungui.settings import Settings

    console = Console(soft_wrap=True)
    if platform not in (None, "simulator") or config is not None:
        _serve_on_platform(console, platform, config, host, port, database_url)
        return
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
            console.print("演示群“安徽商会会员交流群”已载入（群规模板 chamber）。")
            console_url = page_url(host, sock).removesuffix("/sim") + "/console"
            if simulator.login is not None:
                username, password = simulator.login
                console.print(
                    f"管理后台：[bold]{console_url}[/]  账号 [bold]{username}[/]  密码 [bold]{password}[/]"
                    "（随机生成，只显示这一次）"
                )
            else:
                console.print(
                    f"管理后台：[bold]{console_url}[/]（账号已存在；忘记密码可运行 qungui user reset-password 用户名）"
                )
            console.print("演示门店“演示门店·南京西路店”的 VIP 客户数据已载入。按 Ctrl-C 停止。")
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


def _serve_on_platform(
    console: Console, platform: str | None, config: Path | None, host: str, port: int, database_url: str | None
) -> None:
    """`serve --platform NAME --config FILE`: check the whole config, then run until Ctrl-C."""
    from sqlalchemy.engine import make_url

    from qungui.cli.serve_platform import (
        ConfigProblems,
        build_platform_service,
        check_config,
        read_config,
        serve_platform,
    )
    from qungui.settings import Settings

    def fail(problems: list[str]) -> None:
        console.print(f"[red]配置有 {len(problems)} 处错误 / {len(problems)} problem(s) in the config[/]：")
        for problem in problems:
            console.print(f"  - {problem}", markup=False)
        raise typer.Exit(2)

    if config is None:
        fail(["--config: 需要配置文件 / a config file is required with --platform (see docs/platform-matrix.md)"])
        return
    try:
        plan = check_config(read_config(config), platform=platform)
    except ConfigProblems as exc:
        fail(exc.problems)
        return
    overrides: dict[str, Any] = {
        key: value
        for key, value in (
            ("database_url", database_url or plan.config.database_url),
            ("timezone", plan.config.timezone),
            ("language", plan.config.language),
        )
        if value
    }
    try:
        settings = Settings(**overrides)
    except Exception as exc:  # pydantic names the bad setting
        fail([f"settings: {exc}"])
        return
    try:
        sock = listen(host, port)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        console.print(f"[red]无法在 {host}:{port} 上启动[/]：{reason}。端口可能已被占用，可换一个，例如 --port 8001。")
        raise typer.Exit(1) from None
    shown_db = make_url(settings.database_url).render_as_string(hide_password=True)
    console.print(f"正在连接 {plan.platform}（数据库：{shown_db}）…")
    try:
        service = build_platform_service(plan, settings)
    except ConfigProblems as exc:
        sock.close()
        fail(exc.problems)
        return
    except Exception:
        sock.close()
        raise

    def ready() -> None:
        names = "、".join(g.name or g.id for g in plan.config.groups)
        console.print(
            f"[bold green]已就绪[/]：{plan.platform} 上的 {len(plan.config.groups)} 个群（{names}）由 qungui 管理。"
        )
        shown = page_url(host, sock).removesuffix("/sim")
        console.print(f"管理后台与 API：{shown}/ 。按 Ctrl-C 停止。")

    try:
        asyncio.run(serve_platform(service, sock, on_ready=ready))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        service.engine.dispose()
    console.print("已停止。")
