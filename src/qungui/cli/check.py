"""`qungui check`: JSON Lines in, one JSON line of findings out per input line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Annotated

import typer

from qungui.cli.common import compile_or_exit, err_console
from qungui.rules.check import CheckRunner, default_check_rulebook
from qungui.rules.compiled import compile_rulebook


def check_command(
    rulebook: Annotated[
        str | None, typer.Option("--rulebook", "-r", help="template name or YAML path; default: every detector")
    ] = None,
    input: Annotated[str, typer.Option("--input", "-i", help="JSON Lines file, or - for stdin")] = "-",
    output: Annotated[str, typer.Option("--output", "-o", help="output file, or - for stdout")] = "-",
) -> None:
    """Check messages (JSON Lines of {"id", "text", …}) and print findings, one line per input line."""
    book = compile_or_exit(rulebook) if rulebook else compile_rulebook(default_check_rulebook())
    runner = CheckRunner(book)
    streaming = input == "-"
    try:
        source: IO[bytes] = sys.stdin.buffer if streaming else Path(input).open("rb")  # noqa: SIM115
    except OSError as exc:
        err_console.print(f"[red]cannot read {input}: {exc.strerror}[/]")
        raise typer.Exit(2) from None
    try:
        sink: IO[str] = sys.stdout if output == "-" else Path(output).open("w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        err_console.print(f"[red]cannot write {output}: {exc.strerror}[/]")
        raise typer.Exit(2) from None
    try:
        for record in runner.run(source):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            if streaming:
                sink.flush()
    except OSError as exc:
        err_console.print(f"[red]reading {input} failed: {exc.strerror or exc}[/]")
        raise typer.Exit(2) from None
    finally:
        if source is not sys.stdin.buffer:
            source.close()
        if sink is not sys.stdout:
            sink.close()
        else:
            sink.flush()
