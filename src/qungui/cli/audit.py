"""`qungui audit`: replay an exported chat log under a rulebook and write report.html + report.json."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from qungui.adapters.exports import ExportFormat, count_lines, read_export
from qungui.cli.common import compile_or_exit, err_console
from qungui.core.errors import InputError
from qungui.offline.audit import run_audit
from qungui.offline.report import write_report
from qungui.offline.result import AuditResult

PROGRESS_MIN_LINES = 5_000
SHOWN_ROW_ERRORS = 5


def audit_command(
    export: Annotated[
        Path, typer.Argument(help="导出的聊天记录：qungui JSONL 或 WeChatMsg/留痕 CSV", show_default=False)
    ],
    rulebook: Annotated[str, typer.Option("--rulebook", "-r", help="群规模板名或 YAML 文件路径")] = "chamber",
    out: Annotated[Path, typer.Option("--out", help="报告输出目录（写入 report.html 和 report.json）")] = Path(
        "qungui-report"
    ),
    format: Annotated[ExportFormat, typer.Option("--format", help="记录格式；auto 按文件名和首行判断")] = (
        ExportFormat.AUTO
    ),
    admin: Annotated[
        list[str] | None, typer.Option("--admin", help="管理员的成员 id（微信号）或群昵称，可重复填写")
    ] = None,
) -> None:
    """Audit an exported group chat log against a rulebook (offline; nothing is sent anywhere)."""
    if not export.is_file():
        reason = "文件不存在" if not export.exists() else "不是文件"
        err_console.print(f"[bold red]无法读取聊天记录[/] {export}：{reason}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    book = compile_or_exit(rulebook)
    try:
        items = read_export(export, format, tz=book.rulebook.tz)
    except InputError as exc:
        err_console.print(f"[bold red]无法读取聊天记录[/]：{exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None

    total = count_lines(export)
    with Progress(
        TextColumn("[bold]审计中[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=total < PROGRESS_MIN_LINES,
    ) as progress:
        task = progress.add_task("audit", total=total)
        result = run_audit(items, book, admins=admin or (), progress=lambda n: progress.update(task, completed=n))

    try:
        html_path, json_path = write_report(result, out, tz=book.rulebook.tz)
    except OSError as exc:
        err_console.print(f"[bold red]无法写入报告[/] {out}：{exc.strerror or exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    console = Console(soft_wrap=True)
    console.print(summary_table(result))
    for error in result.row_errors[:SHOWN_ROW_ERRORS]:
        console.print(f"  [yellow]•[/] {error}", highlight=False)
    if len(result.row_errors) > SHOWN_ROW_ERRORS:
        console.print(f"  … 另有 {len(result.row_errors) - SHOWN_ROW_ERRORS} 条，见报告“无法读取的行”")
    console.print(f"报告：{html_path}\n数据：{json_path}", highlight=False)


def summary_table(result: AuditResult) -> Table:
    """The short summary printed after an audit."""
    totals = result.totals
    table = Table(title=f"审计结果 · {result.rulebook['title']}", show_header=False)
    table.add_column("项目")
    table.add_column("数量", justify="right")
    period = "—"
    if totals.first_at and totals.last_at:
        period = f"{totals.first_at:%Y-%m-%d} 至 {totals.last_at:%Y-%m-%d}"
    rates = [n.rate for n in result.notices if n.rate is not None]
    rows = [
        ("记录时间", period),
        ("事件 / 消息", f"{totals.events} / {totals.messages}"),
        ("成员", str(totals.members)),
        ("违规", str(len(result.violations))),
        ("按群规应请出", str(len(result.removed_by_rules))),
        ("通知 / 平均回复率", f"{len(result.notices)} / {sum(rates) / len(rates):.0%}" if rates else "0 / —"),
        ("长期未发言", str(len(result.silent))),
        ("昵称不合规", str(len(result.nicknames))),
        ("无法读取的行", str(totals.row_errors)),
    ]
    for label, value in rows:
        table.add_row(label, value)
    return table
