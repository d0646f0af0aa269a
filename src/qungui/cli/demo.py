"""`qungui demo`: a chamber-of-commerce group governed by the `chamber` rulebook, on the embedded defaults."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from qungui.adapters.exports.base import RowError
from qungui.adapters.exports.reader import read_export
from qungui.governance.audit.service import verify_chain
from qungui.offline.audit import run_audit
from qungui.offline.report import ACTION_LABELS, write_report
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.replay import replay_events
from qungui.settings import Settings
from qungui.storage.db import make_engine, make_session_factory, migrate

DEMO_ADMINS = ("wxid_ahsh_chen01", "wxid_zhouzp_hz")


def demo_command(
    out: Annotated[Path, typer.Option("--out", help="where to write the demo group's audit report")] = Path(
        "qungui-demo"
    ),
) -> None:
    """Load the demo group (安徽商会会员交流群, chamber rulebook) into the database and report on it."""
    console = Console(soft_wrap=True)
    settings = Settings()
    book = compile_rulebook(load_template("chamber"))
    sample = resources.files("qungui.offline.samples").joinpath("demo-chamber.jsonl")
    with resources.as_file(sample) as path:
        items = list(read_export(path, "jsonl", tz=book.rulebook.tz))
    events = [item for item in items if not isinstance(item, RowError)]
    engine = make_engine(settings.database_url)
    try:
        migrate(engine)
        sessions = make_session_factory(engine)
        group_ref = events[0].group
        stats = replay_events(sessions, book=book, group_ref=group_ref, events=events, admins=DEMO_ADMINS)
        with sessions.begin() as session:
            chain = verify_chain(session)
    finally:
        engine.dispose()
    result = run_audit(items, book, admins=DEMO_ADMINS)
    html_path, _ = write_report(result, out, tz=book.rulebook.tz)

    console.print(f"[bold]群规 qungui 演示[/]：{group_ref.name}（群规模板 chamber：{book.rulebook.title}）")
    console.print(f"数据库：{settings.database_url}")
    if stats.events == 0 and stats.duplicates:
        console.print(f"演示数据已在库中（{stats.duplicates} 条事件已处理过，未重复记录）。")
    table = Table("处理", "次数")
    for kind, n in sorted(stats.actions.items(), key=lambda item: -item[1]):
        table.add_row(ACTION_LABELS.get(kind, kind), str(n))
    console.print(f"处理事件 {stats.events} 条，定时检查 {stats.sweeps} 次：")
    console.print(table)
    console.print(f"审计日志哈希链：{'完好' if chain.ok else '已损坏'}（{chain.checked} 条）")
    console.print(f"审计报告：{html_path.resolve()}")
    console.print("下一步：qungui rulebook explain chamber · qungui check · qungui audit 导出的聊天记录.csv")
