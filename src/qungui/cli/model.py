"""`qungui model …`: teach a group's spam model — label messages, list samples, retrain, export."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from qungui.core.clock import SystemClock
from qungui.core.events import GroupRef
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group, find_group
from qungui.governance.samples.models import Label
from qungui.governance.samples.service import (
    SampleError,
    label_event,
    label_message,
    list_samples,
    retrain_group_model,
    stored_model,
)
from qungui.settings import Settings
from qungui.storage.db import make_engine, make_session_factory

app = typer.Typer(
    help="Spam model per group: label messages (广告/正常), list samples, retrain, export.", no_args_is_help=True
)

DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL, else sqlite:///qungui.sqlite3).",
        show_default=False,
    ),
]
GroupArg = Annotated[str, typer.Argument(help="the group as PLATFORM:GROUP_ID, e.g. wechat:123@chatroom")]
LABEL_NAMES = {"spam": "广告 spam", "ham": "正常 ham"}


def _console() -> Console:
    return Console(soft_wrap=True)


def _parse_group(value: str) -> GroupRef:
    platform, sep, group_id = value.partition(":")
    if not sep or not platform or not group_id:
        _console().print(f"[red]群标识应为 PLATFORM:GROUP_ID / group must be PLATFORM:GROUP_ID[/red], got {value!r}")
        raise typer.Exit(2)
    return GroupRef(platform=platform, id=group_id)


@contextmanager
def _transaction(database_url: str | None) -> Iterator[Session]:
    """One transaction on the configured database; database errors exit 2 with a hint."""
    url = database_url or Settings().database_url
    engine = make_engine(url)
    try:
        with make_session_factory(engine).begin() as session:
            yield session
    except SQLAlchemyError as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        _console().print(f"[red]数据库错误 / database error[/red] on {shown} (run `qungui db migrate`?): {exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()


def _existing_group(session: Session, value: str) -> Group:
    ref = _parse_group(value)
    group = find_group(session, platform=ref.platform, external_id=ref.id)
    if group is None:
        _console().print(f"[red]没有这个群 / no such group[/red]: {value}")
        raise typer.Exit(2)
    return group


@app.command("label")
def label_command(
    group: GroupArg,
    label: Annotated[Label, typer.Argument(help="spam (广告) or ham (正常消息)")],
    text: Annotated[str | None, typer.Argument(help="the message text (or use --event-key)")] = None,
    event_key: Annotated[str | None, typer.Option("--event-key", help="label a stored message event")] = None,
    by: Annotated[str, typer.Option("--by", help="the admin's member id (recorded as admin:<id>)")] = "cli",
    database_url: DatabaseUrl = None,
) -> None:
    """Label one message of a group as spam or ham (labelling the same event again changes nothing)."""
    console = _console()
    if (text is None) == (event_key is None):
        console.print("[red]请给出消息文字或 --event-key（二选一） / give the text or --event-key (one of them)[/red]")
        raise typer.Exit(2)
    source = f"admin:{by}" if by != "cli" else "cli"
    now = SystemClock().now()
    with _transaction(database_url) as session:
        try:
            if event_key is not None:
                found = _existing_group(session, group)
                sample = label_event(session, group=found, event_key=event_key, label=label, source=source, now=now)
            else:
                found = ensure_group(session, ref=_parse_group(group), now=now)
                sample = label_message(session, group=found, text=text or "", label=label, source=source, now=now)
        except SampleError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        total = len(list_samples(session, group=found))
    console.print(
        f"[green]已标注 / labelled[/green] #{sample.id} as {LABEL_NAMES[sample.label]}: {sample.text[:60]!r} "
        f"({total} samples in {group})"
    )


@app.command("samples")
def samples_command(
    group: GroupArg,
    label: Annotated[Label | None, typer.Option("--label", help="only spam or only ham")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="at most this many")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """List a group's labelled samples, oldest first."""
    with _transaction(database_url) as session:
        found = _existing_group(session, group)
        rows = list_samples(session, group=found, label=label, limit=limit)
    zone = ZoneInfo(Settings().timezone)
    table = Table("id", "标注 label", "来源 source", "时间 created", "消息 text", title=f"{group}: {len(rows)} samples")
    for row in rows:
        text = row.text if len(row.text) <= 60 else row.text[:59] + "…"
        created = row.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        table.add_row(str(row.id), LABEL_NAMES[row.label], row.source, created, text)
    _console().print(table)


@app.command("retrain")
def retrain_command(
    group: GroupArg,
    seed: Annotated[int, typer.Option("--seed", help="training seed")] = 0,
    database_url: DatabaseUrl = None,
) -> None:
    """Retrain a group's spam model with its labels; print before/after on held-out samples.

    Exit 1 when the group has too few samples of a class (nothing is stored).
    """
    console = _console()
    console.print("训练中（通常不到一分钟）… / training (usually under a minute) …")
    with _transaction(database_url) as session:
        found = _existing_group(session, group)
        try:
            report = retrain_group_model(session, group=found, now=SystemClock().now(), seed=seed)
        except SampleError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
    table = Table(
        "模型 model", "精确率 precision", "召回率 recall", "F1", "TP", "FP", "FN", "TN",
        title=f"{group} 留出样本 held-out: {report.held_out_counts['spam']} spam / {report.held_out_counts['ham']} ham "
        f"(训练 train: {report.train_counts['spam']} spam / {report.train_counts['ham']} ham)",
    )  # fmt: skip
    for name, s in ((f"之前 before ({report.before_model})", report.before), ("之后 after (new)", report.after)):
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", *map(str, (s.tp, s.fp, s.fn, s.tn)))
    console.print(table)
    colour = "green" if report.stored else "yellow"
    console.print(f"[{colour}]{report.reason}[/{colour}]")


@app.command("export")
def export_command(
    group: GroupArg,
    path: Annotated[Path, typer.Argument(help="where to write the model file (.npz)")],
    database_url: DatabaseUrl = None,
) -> None:
    """Write a group's retrained model to a file (for the spam_model detector's `model:` setting)."""
    with _transaction(database_url) as session:
        row = stored_model(session, group=_existing_group(session, group))
        if row is None:
            _console().print(f"[red]该群还没有重新训练的模型 / {group} has no retrained model[/red]")
            raise typer.Exit(1)
        blob, version = row.model, row.version
    path.write_bytes(blob)
    _console().print(f"[green]已导出 / exported[/green] {group} v{version} → {path} ({len(blob)} bytes)")
