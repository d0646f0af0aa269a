"""`qungui db …`: migrate the database and verify the audit chain."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from qungui.governance.audit.service import verify_chain
from qungui.settings import Settings
from qungui.storage.db import make_engine, make_session_factory, migrate

app = typer.Typer(help="Database: upgrade the schema, verify the audit chain.", no_args_is_help=True)

DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL, else sqlite:///qungui.sqlite3).",
        show_default=False,
    ),
]


def _url(database_url: str | None) -> str:
    return database_url or Settings().database_url


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@app.command("migrate")
def migrate_command(database_url: DatabaseUrl = None) -> None:
    """Upgrade the database to the newest schema (creates it when empty)."""
    console = Console(soft_wrap=True)
    url = _url(database_url)
    engine = make_engine(url)
    try:
        revision = migrate(engine)
    except SQLAlchemyError as exc:
        console.print(f"[red]failed[/red] to migrate {_shown(url)}: {exc.__class__.__name__}: {exc.orig or exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    console.print(f"[green]migrated[/green] {_shown(url)} to revision [bold]{revision}[/bold]")


@app.command("verify-audit")
def verify_audit_command(database_url: DatabaseUrl = None) -> None:
    """Recompute the audit log's hash chain; exit 1 when it is broken."""
    console = Console(soft_wrap=True)
    url = _url(database_url)
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            report = verify_chain(session)
    except SQLAlchemyError as exc:
        console.print(f"[red]cannot read[/red] the audit log of {_shown(url)} (run `qungui db migrate`?): {exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    if report.ok:
        console.print(f"[green]ok[/green] audit chain intact: {report.checked} entries checked")
        return
    console.print(
        f"[red]broken[/red] audit chain at seq [bold]{report.first_bad_seq}[/bold]: {report.reason} "
        f"({report.checked} entries verified before it)"
    )
    raise typer.Exit(1)
