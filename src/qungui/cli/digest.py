"""`qungui digest`: a group's weekly digest (周报) from the database, as text or JSON.

Registered lazily in `qungui.cli.main`. Everything heavier than Typer is imported inside the command.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Annotated, Any

import typer


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _week_day(week: str | None, today: date) -> date:
    """The day whose week is wanted: today (None, 本周), a week ago (上周, last), or an ISO date."""
    if week is None or week.strip().casefold() in ("本周", "this"):
        return today
    if week.strip().casefold() in ("上周", "last"):
        return today - timedelta(days=7)
    try:
        day = date.fromisoformat(week.strip())
    except ValueError:
        raise _fail(
            f"--week 应为 2026-11-16、上周 或 本周 / --week takes a date (2026-11-16), last or this: {week!r}"
        ) from None
    if day > today:
        raise _fail(f"这一周还没开始 / that week has not started: {week}")
    return day


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def digest_command(
    group: Annotated[str, typer.Option("--group", help="the group as PLATFORM:GROUP_ID, e.g. wechat:123@chatroom")],
    week: Annotated[
        str | None,
        typer.Option("--week", help="a day of the week wanted (2026-11-16), or 上周/last (default: this week)"),
    ] = None,
    rulebook: Annotated[
        str | None, typer.Option("--rulebook", help="rulebook name or path (default: the group's own)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL)", show_default=False),
    ] = None,
) -> None:
    """Print a group's weekly digest (weeks start on Monday): violations, pending items, receipts, answer times."""
    from sqlalchemy.exc import SQLAlchemyError

    from qungui.cli.common import compile_or_exit, split_group
    from qungui.core.clock import SystemClock
    from qungui.governance.digest.render import render_digest
    from qungui.governance.digest.service import build_digest
    from qungui.governance.groups.service import find_group
    from qungui.settings import Settings
    from qungui.storage.db import make_engine, make_session_factory

    platform, group_id = split_group(group)
    engine = make_engine(database_url or Settings().database_url)
    try:
        with make_session_factory(engine).begin() as session:
            found = find_group(session, platform=platform, external_id=group_id)
            if found is None:
                raise _fail(f"没有这个群 / no such group: {group}")
            book = compile_or_exit(rulebook or found.rulebook or "")
            tz = book.rulebook.tz
            now = SystemClock().now()
            day = _week_day(week, now.astimezone(tz).date())
            start = datetime.combine(day - timedelta(days=day.weekday()), time.min, tzinfo=tz)
            result = build_digest(session=session, group=found, week_start=start, now=now, book=book)
    except SQLAlchemyError as exc:
        raise _fail(f"数据库错误 / database error (run `qungui db migrate`?): {exc}") from None
    finally:
        engine.dispose()
    if as_json:
        data = _plain(asdict(result))
        data.update(violations_total=result.violations_total, unpaid_total=str(result.unpaid_total))
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(render_digest(result, language=book.rulebook.language, tz=tz))
