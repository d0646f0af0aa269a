"""`qungui events …`: inbound events a connection set aside after they failed again and again."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from qungui.cli.db import DatabaseUrl, _shown, _url
from qungui.governance.connections.service import delete_dead_event, list_dead_events
from qungui.storage.db import make_engine, make_session_factory

app = typer.Typer(help="Inbound events: those set aside after failing repeatedly (dead events).", no_args_is_help=True)


@app.command("dead")
def dead_command(
    database_url: DatabaseUrl = None,
    connection: Annotated[str | None, typer.Option("--connection", help="Only this connection (platform).")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000, help="At most this many, newest first.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line, payload included.")] = False,
) -> None:
    """List the events set aside: they failed with the same kind of error several times in a row."""
    url = _url(database_url)
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            rows = list_dead_events(session, connection=connection, limit=limit)
            records = [
                {
                    "id": row.id,
                    "connection": row.connection,
                    "event": row.event_key,
                    "group": row.group_key,
                    "attempts": row.attempts,
                    "first_failed_at": row.first_failed_at.isoformat(),
                    "dead_at": row.dead_at.isoformat(),
                    "error": row.error,
                    "payload": row.payload,
                }
                for row in rows
            ]
    except SQLAlchemyError as exc:
        typer.echo(f"无法读取 {_shown(url)}（先运行 qungui db migrate？）/ cannot read {_shown(url)}: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    if as_json:
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    console = Console(soft_wrap=True)
    if not records:
        console.print("没有被搁置的事件 / no dead events")
        return
    table = Table("id", "事件 event", "群 group", "次数 attempts", "搁置于 dead at", "错误 error")
    for record in records:
        table.add_row(
            str(record["id"]),
            record["event"],
            record["group"],
            str(record["attempts"]),
            record["dead_at"],
            record["error"][:200],
        )
    console.print(table)


@app.command("forget")
def forget_command(
    event_id: Annotated[int, typer.Argument(help="The id `qungui events dead` shows.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Delete one set-aside event once it has been looked at (the audit of the group is not touched)."""
    url = _url(database_url)
    engine = make_engine(url)
    try:
        with make_session_factory(engine).begin() as session:
            found = delete_dead_event(session, event_id=event_id)
    except SQLAlchemyError as exc:
        typer.echo(f"无法写入 {_shown(url)} / cannot write {_shown(url)}: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    if not found:
        typer.echo(f"没有编号为 {event_id} 的搁置事件 / no dead event {event_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"已删除搁置事件 {event_id} / dead event {event_id} forgotten")
