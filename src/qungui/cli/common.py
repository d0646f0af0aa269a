"""Helpers shared by CLI commands: loading rulebooks and printing problems readably."""

from __future__ import annotations

import typer
from rich.console import Console

from qungui.core.errors import RulebookError
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.loader import load_rulebook
from qungui.rules.schema import Rulebook

err_console = Console(stderr=True)


def split_group(value: str) -> tuple[str, str]:
    """(platform, group id) from `PLATFORM:GROUP_ID`; otherwise say what is expected and exit 2."""
    platform, sep, group_id = value.partition(":")
    if not sep or not platform or not group_id:
        typer.echo(f"群标识应为 PLATFORM:GROUP_ID / group must be PLATFORM:GROUP_ID, got {value!r}", err=True)
        raise typer.Exit(2)
    return platform, group_id


def print_rulebook_error(exc: RulebookError, label: str) -> None:
    err_console.print(f"[bold red]rulebook {label}: {len(exc.problems)} problem(s)[/]")
    for problem in exc.problems:
        err_console.print(f"  [red]•[/] {problem}", markup=False, highlight=False)


def load_or_exit(name_or_path: str) -> Rulebook:
    """Load a rulebook by template name or path; on failure print every problem and exit 2."""
    try:
        return load_rulebook(name_or_path)
    except RulebookError as exc:
        print_rulebook_error(exc, name_or_path)
        raise typer.Exit(2) from None


def compile_or_exit(name_or_path: str) -> CompiledRulebook:
    return compile_rulebook(load_or_exit(name_or_path))
