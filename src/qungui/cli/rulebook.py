"""`qungui rulebook lint|explain|new|list`."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from qungui.cli.common import load_or_exit, print_rulebook_error
from qungui.core.errors import RulebookError
from qungui.rules.loader import load_rulebook, template_names

app = typer.Typer(help="Rulebooks: list, lint, explain, and start new ones from a template.", no_args_is_help=True)
console = Console()

CONTRACT_KEYS = ("clause", "text", "enforcement", "mechanism")


@app.command("list")
def list_command() -> None:
    """List the shipped templates."""
    table = Table("name", "title", "clauses", "source")
    for name in template_names():
        book = load_or_exit(name)
        table.add_row(name, book.title, str(len(book.clauses)), book.source or "")
    console.print(table)


@app.command("lint")
def lint_command(paths: Annotated[list[str], typer.Argument(help="YAML files or template names")]) -> None:
    """Check rulebooks; print every problem with its line. Exit 1 when any has problems."""
    failed = 0
    for path in paths:
        try:
            book = load_rulebook(path)
        except RulebookError as exc:
            print_rulebook_error(exc, path)
            failed += 1
            continue
        counts = {e: sum(1 for c in book.clauses if c.enforcement.value == e) for e in ("auto", "assisted", "manual")}
        console.print(
            f"[green]✓[/] {path}: {len(book.clauses)} clauses "
            f"(auto {counts['auto']}, assisted {counts['assisted']}, manual {counts['manual']})"
        )
    if failed:
        raise typer.Exit(1)


@app.command("explain")
def explain_command(
    name: Annotated[str, typer.Argument(help="template name or YAML path")],
    as_json: Annotated[
        bool, typer.Option("--json", help="print a JSON list of {clause, text, enforcement, mechanism}")
    ] = False,
) -> None:
    """Show every clause with how qungui enforces it."""
    from qungui.rules.explain import explain_rows

    book = load_or_exit(name)
    rows = explain_rows(book)
    if as_json:
        typer.echo(json.dumps([{k: row[k] for k in CONTRACT_KEYS} for row in rows], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{book.title}（{book.name}）", show_lines=True)
    table.add_column("条款", no_wrap=True)
    table.add_column("原文")
    table.add_column("执行", no_wrap=True)
    table.add_column("机制")
    for row in rows:
        style = {"auto": "green", "assisted": "yellow", "manual": "dim"}[row["enforcement"]]
        table.add_row(row["clause"], row["text"], f"[{style}]{row['enforcement']}[/]", row["mechanism"])
    console.print(table)


@app.command("new")
def new_command(
    name: Annotated[str, typer.Argument(help="name of the new rulebook (lower-case letters, digits, - and _)")],
    template: Annotated[str, typer.Option("--from", help="template to start from")] = "community",
    out: Annotated[Path | None, typer.Option("--out", help="file to write; default NAME.yaml")] = None,
    force: Annotated[bool, typer.Option("--force", help="overwrite an existing file")] = False,
) -> None:
    """Start a new rulebook from a shipped template, ready to edit and lint."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        console.print("[red]the name may use lower-case letters, digits, - and _ (e.g. my-group)[/]")
        raise typer.Exit(2)
    if template not in template_names():
        console.print(f"[red]no template {template!r}; shipped: {', '.join(template_names())}[/]")
        raise typer.Exit(2)
    target = out or Path(f"{name}.yaml")
    if target.exists() and not force:
        console.print(f"[red]{target} exists; use --force to overwrite[/]")
        raise typer.Exit(2)
    text = resources.files("qungui.rulebooks").joinpath(f"{template}.yaml").read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^name:\s*.*$", f"name: {name}", text, count=1)
    if count != 1:
        console.print(f"[red]template {template} has no top-level name: line[/]")
        raise typer.Exit(2)
    target.write_text(text, encoding="utf-8")
    load_or_exit(str(target))
    console.print(f"[green]✓[/] wrote {target} from {template}; edit it, then run: qungui rulebook lint {target}")
