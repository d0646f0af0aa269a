"""`qungui notices …`: a notice's acknowledgement matrix (who acknowledged, when, how; who is missing).

Add to `qungui.cli.main`: `app.add_typer(notices.app, name="notices")`. Everything heavier than Typer
is imported inside the commands, so `qungui --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Notices (通知): export a notice's acknowledgement matrix as CSV.", no_args_is_help=True)


@app.callback()
def notices() -> None:
    """Notices (通知): export a notice's acknowledgement matrix as CSV."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


@app.command("export")
def export_command(
    group: Annotated[str, typer.Option("--group", help="the group as PLATFORM:GROUP_ID, e.g. wechat:123@chatroom")],
    notice: Annotated[str, typer.Option("--notice", help="the notice number, e.g. N12")],
    out: Annotated[Path | None, typer.Option("--out", help="the CSV file to write (default: standard output)")] = None,
    rulebook: Annotated[
        str | None, typer.Option("--rulebook", help="rulebook name or path (default: the group's own)")
    ] = None,
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL)", show_default=False),
    ] = None,
) -> None:
    """Write notice N<id>'s acknowledgement matrix: one row per audience member (UTF-8 CSV with a BOM)."""
    from sqlalchemy.exc import SQLAlchemyError

    from qungui.cli.common import compile_or_exit, split_group
    from qungui.governance.groups.service import find_group
    from qungui.governance.notices.export import matrix_rows, to_csv, write_csv
    from qungui.governance.notices.service import find_notice
    from qungui.runtime.commands.ids import NOTICE, parse_id
    from qungui.settings import Settings
    from qungui.storage.db import make_engine, make_session_factory

    platform, group_id = split_group(group)
    parsed = parse_id(notice)
    if parsed is None or parsed[0] not in (None, NOTICE):
        raise _fail(f"通知编号应为 N12 这样的格式 / a notice number looks like N12, got {notice!r}")
    engine = make_engine(database_url or Settings().database_url)
    try:
        with make_session_factory(engine).begin() as session:
            found = find_group(session, platform=platform, external_id=group_id)
            if found is None:
                raise _fail(f"没有这个群 / no such group: {group}")
            book = compile_or_exit(rulebook or found.rulebook or "")
            row = find_notice(session, group=found, number=parsed[1])
            if row is None:
                raise _fail(f"该群没有通知 {notice} / no notice {notice} in {group}")
            rows = matrix_rows(session, group=found, book=book, notice=row)
    except SQLAlchemyError as exc:
        raise _fail(f"数据库错误 / database error (run `qungui db migrate`?): {exc}") from None
    finally:
        engine.dispose()
    if out is None:
        typer.echo(to_csv(rows), nl=False)
        return
    write_csv(rows, out)
    acked = sum(1 for r in rows if r["确认时间"])
    typer.echo(f"已导出 / exported {notice}: {acked}/{len(rows)} acknowledged → {out}")
