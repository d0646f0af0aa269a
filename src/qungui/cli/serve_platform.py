"""`qungui serve --platform NAME --config FILE`: govern real groups on a chat platform.

The config file (YAML, or TOML by its `.toml` suffix) names the groups with their rulebooks, owners
and admins, and holds one section per platform with that connector's own options:

    platform: matrix
    database_url: sqlite:///qungui.sqlite3      # optional (else QUNGUI_DATABASE_URL)
    matrix: {homeserver: https://matrix.example.org, user_id: "@qungui:example.org", access_token: "..."}
    groups:
      - {id: "!abc:example.org", name: 安徽商会会员交流群, rulebook: chamber, owner: "@boss:example.org"}

Every problem in the file is reported at once, per field, in Chinese and English, and nothing starts.
Running: the runtime on the platform's ChatPlatform, the connector's receive loop (events to
`Runtime.submit`, its read position in the database), the deadline scheduler, and the web app with
the connector's routes (webhooks) mounted — until Ctrl-C.
"""

from __future__ import annotations

import asyncio
import logging
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from qungui.adapters.base import describe_problem

if TYPE_CHECKING:
    import socket

    from fastapi import FastAPI
    from sqlalchemy import Engine

    from qungui.adapters.base import Connector
    from qungui.core.events import Event
    from qungui.runtime.service import Runtime
    from qungui.settings import Settings

log = logging.getLogger(__name__)

RESERVED = {"platform", "database_url", "timezone", "language", "bot", "groups"}


class ConfigProblems(Exception):
    """The config file is wrong; `problems` has one line per bad field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class BotConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=255)
    name: str | None = None


class GroupConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=255)
    name: str | None = None
    rulebook: str = Field(min_length=1)
    owner: str | None = None
    admins: list[str] = Field(default_factory=list)


class ServeConfig(BaseModel):
    """The file's top level; one more key per platform (its section, checked by that connector)."""

    model_config = ConfigDict(extra="allow")

    platform: str | None = None
    database_url: str | None = None
    timezone: str | None = None
    language: str | None = None
    bot: BotConfig | None = None
    groups: list[GroupConfig] = Field(min_length=1)


def read_config(path: Path) -> dict[str, Any]:
    """The file as a mapping (YAML, or TOML for *.toml); ConfigProblems when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigProblems(
            [f"{path}: 无法读取配置文件 / cannot read the config file: {exc.strerror or exc}"]
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigProblems([f"{path}: 不是 UTF-8 文本 / not UTF-8 text: {exc.reason}"]) from None
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise ConfigProblems([f"{path}: 格式错误 / syntax error: {exc}"]) from None
    if not isinstance(data, dict):
        raise ConfigProblems([f"{path}: 顶层必须是键值表 / the top level must be a mapping"])
    return data


@dataclass(slots=True)
class PlatformPlan:
    """A checked config: everything needed to start, nothing started yet."""

    platform: str
    options: dict[str, Any]
    config: ServeConfig
    books: dict[str, Any]  # group id → CompiledRulebook


def check_config(data: Mapping[str, Any], *, platform: str | None = None) -> PlatformPlan:
    """Validate the whole file (top level, each group's rulebook, the platform's section); every problem at once."""
    from qungui.adapters.base import ConnectorConfigError
    from qungui.adapters.registry import CONNECTORS, build_connector
    from qungui.core.clock import SystemClock
    from qungui.core.errors import RulebookError
    from qungui.rules.compiled import compile_rulebook
    from qungui.rules.loader import load_rulebook

    problems: list[str] = []
    raw_groups = data.get("groups")
    top = {key: value for key, value in data.items() if key != "groups"}
    try:
        config = ServeConfig.model_validate({**top, "groups": [{"id": "-", "rulebook": "-"}]})
    except ValidationError as exc:
        problems.extend(describe_problem(item) for item in exc.errors())
        config = None
    groups: list[GroupConfig] = []
    if not isinstance(raw_groups, list) or not raw_groups:
        problems.append(
            "groups: 至少需要一个群 / at least one group is required (a list of id, rulebook, owner, admins)"
        )
        raw_groups = []
    books: dict[str, Any] = {}
    for index, raw in enumerate(raw_groups):
        try:
            group = GroupConfig.model_validate(raw)
        except ValidationError as exc:
            problems.extend(describe_problem(item, ("groups", index)) for item in exc.errors())
            continue
        if any(g.id == group.id for g in groups):
            problems.append(f"groups.{index}.id: 群重复 / group {group.id!r} listed twice")
            continue
        groups.append(group)
        try:
            books[group.id] = compile_rulebook(load_rulebook(group.rulebook))
        except RulebookError as exc:
            lines = "; ".join(str(p) for p in exc.problems[:5])
            problems.append(f"groups.{index}.rulebook: 群规无法加载 / cannot load rulebook {group.rulebook!r}: {lines}")
        except (OSError, ValueError) as exc:
            problems.append(f"groups.{index}.rulebook: 群规无法加载 / cannot load rulebook {group.rulebook!r}: {exc}")
    if config is not None:
        config.groups = groups
    name = platform or data.get("platform")
    known = ", ".join(sorted(CONNECTORS)) or "none"
    if not name:
        problems.append(f"platform: 未指定平台（--platform 或配置中的 platform）/ no platform given; known: {known}")
    elif name not in CONNECTORS:
        problems.append(f"platform: 未知平台 / unknown platform {name!r}; known: {known}")
    elif not isinstance(data.get(name), Mapping):
        problems.append(f"{name}: 缺少该平台的配置段 / the {name!r} section is missing or not a mapping")
    for key in data:
        if key not in RESERVED and key not in CONNECTORS:
            problems.append(f"{key}: 未知配置项 / unknown key")
    options: dict[str, Any] = {}
    if name in CONNECTORS and isinstance(data.get(name), Mapping):
        options = dict(data[name])
        if "groups" not in options:
            options["groups"] = [{"id": g.id, "name": g.name} for g in groups]
        try:  # the connector's own settings model checks its section (nothing connects yet)
            build_connector(name, options, SystemClock())
        except ConnectorConfigError as exc:
            problems.extend(exc.problems)
    if problems or config is None or not name:
        raise ConfigProblems(problems)
    return PlatformPlan(name, options, config, books)


@dataclass(slots=True)
class PlatformService:
    """Everything `qungui serve --platform` runs."""

    engine: Engine
    runtime: Runtime
    connector: Connector
    app: FastAPI


def build_platform_service(plan: PlatformPlan, settings: Settings, *, clock: Any = None) -> PlatformService:
    """Migrate the database; build the connector (ConfigProblems for bad options), runtime and web app."""
    from zoneinfo import ZoneInfo

    from qungui.adapters.base import ConnectorConfigError, DatabaseCursors
    from qungui.adapters.registry import build_connector
    from qungui.core.clock import SystemClock
    from qungui.core.events import GroupRef, MemberRef
    from qungui.runtime.service import Runtime
    from qungui.storage.db import make_engine, make_session_factory, migrate
    from qungui.web.app import create_app

    clock = clock or SystemClock(ZoneInfo(settings.timezone))
    engine = make_engine(settings.database_url)
    try:
        migrate(engine)
        sessions = make_session_factory(engine)
        try:
            connector = build_connector(plan.platform, plan.options, clock, cursors=DatabaseCursors(sessions, clock))
        except ConnectorConfigError as exc:
            raise ConfigProblems([f"{p} / 配置项有误" for p in exc.problems]) from None
        bot = getattr(connector, "bot", None)
        if plan.config.bot is not None:
            bot = MemberRef(platform=connector.name, id=plan.config.bot.id, name=plan.config.bot.name)
        runtime = Runtime(sessions=sessions, platform=connector.platform, clock=clock, bot=bot)
        for group in plan.config.groups:
            ref = GroupRef(platform=connector.name, id=group.id, name=group.name)
            runtime.add_group(ref, plan.books[group.id], owner=group.owner, admins=group.admins)
        app = create_app(runtime, None, settings=settings)
        for route in connector.routes():
            app.router.routes.append(route)
    except BaseException:
        engine.dispose()
        raise
    return PlatformService(engine, runtime, connector, app)


SECRET_IN_URL = re.compile(r"((?:access_token|corpsecret|key|secret|token)=)[^&\s\"']+|(/bot\d+:)[A-Za-z0-9_-]+")


class RedactSecrets(logging.Filter):
    """Masks tokens in URLs (WeCom `access_token=`/`corpsecret=`/`key=`, Telegram `/bot<token>/`) in log lines.

    httpx logs every request's URL at INFO: anyone who turns logging up would write the secrets to disk.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = SECRET_IN_URL.sub(lambda m: (m.group(1) or m.group(2)) + "***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def redact_http_logs() -> None:
    """Install RedactSecrets on the HTTP client loggers (once)."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())


def make_sink(runtime: Runtime, connection: str) -> Callable[[Event], Any]:
    """`Runtime.submit`, except that an event of a group not governed here is logged and dropped, and an
    event that keeps failing is set aside in `dead_events` (`PoisonGuard`) instead of holding up the rest."""
    from qungui.adapters.dead_letters import DatabaseDeadLetters, PoisonGuard
    from qungui.runtime.service import UnknownGroup

    async def submit(event: Event) -> Any:
        try:
            return await runtime.submit(event)
        except UnknownGroup:
            log.warning("event %s for a group not in the config dropped", event.key)
            return None

    park = DatabaseDeadLetters(runtime.sessions, runtime.clock, connection)
    return PoisonGuard(submit, park, clock=runtime.clock)


async def serve_platform(
    service: PlatformService, sock: socket.socket, *, on_ready: Callable[[], Any] | None = None
) -> None:
    """Serve the web app and run the connector until the server stops (Ctrl-C); then stop the connector."""
    import uvicorn

    redact_http_logs()
    stop = asyncio.Event()
    sink = make_sink(service.runtime, service.connector.name)
    receiving = asyncio.create_task(service.connector.run(sink, stop), name="connector")
    server = uvicorn.Server(uvicorn.Config(service.app, log_level="warning", lifespan="on"))

    def connector_ended(task: asyncio.Task[None]) -> None:
        """A connector that stops on its own receives nothing more: say so now and stop the service (a
        supervisor restarts it), rather than serve a console for a group no longer watched."""
        if task.cancelled():
            return
        error = task.exception()
        if stop.is_set():  # stopping anyway: only an error is worth a line
            if error is not None:
                log.error("the connector stopped with an error", exc_info=error)
            return
        if error is not None:
            log.error("the connector stopped with an error; stopping the service", exc_info=error)
        else:
            log.error("the connector stopped on its own; stopping the service")
        server.should_exit = True

    receiving.add_done_callback(connector_ended)
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started and not serving.done():
            await asyncio.sleep(0.05)
        if server.started and on_ready is not None:
            on_ready()
        await serving
    finally:
        stop.set()
        try:
            await asyncio.wait_for(receiving, timeout=10)
        except (TimeoutError, asyncio.CancelledError):
            receiving.cancel()
        except Exception:  # already logged by connector_ended when it happened
            pass
