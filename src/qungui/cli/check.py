"""`qungui check`: JSON Lines in, one JSON line of findings out per input line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer

CHUNK_BYTES = 1 << 20


def check_command(
    rulebook: Annotated[
        str | None, typer.Option("--rulebook", "-r", help="template name or YAML path; default: every detector")
    ] = None,
    input: Annotated[str, typer.Option("--input", "-i", help="JSON Lines file, or - for stdin")] = "-",
    output: Annotated[str, typer.Option("--output", "-o", help="output file, or - for stdout")] = "-",
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", min=0, help="processes; 2+: findings computed in N-1 forked workers; 0: one per CPU"
        ),
    ] = 1,
) -> None:
    """Check messages (JSON Lines of {"id", "text", …}) and print findings, one line per input line."""
    from qungui.cli.common import compile_or_exit, err_console
    from qungui.rules.check import CheckRunner, default_check_rulebook, fewer_collections, to_json
    from qungui.rules.check_pool import default_workers
    from qungui.rules.compiled import compile_rulebook

    book = compile_or_exit(rulebook) if rulebook else compile_rulebook(default_check_rulebook())
    try:
        source: IO[bytes] = sys.stdin.buffer if input == "-" else Path(input).open("rb")  # noqa: SIM115
    except OSError as exc:
        err_console.print(f"[red]cannot read {input}: {exc.strerror}[/]")
        raise typer.Exit(2) from None
    try:
        sink: IO[str] = sys.stdout if output == "-" else Path(output).open("w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        err_console.print(f"[red]cannot write {output}: {exc.strerror}[/]")
        raise typer.Exit(2) from None
    runner = CheckRunner(book, workers=workers or default_workers())
    try:
        if input == "-":  # maybe interactive: answer each chunk before waiting for the next
            blocks = (runner.check_block(lines, first) for first, lines in numbered(read_chunks(source)))
        else:  # a file: with workers, the next chunk's findings are computed while this one is judged
            blocks = runner.check_blocks(numbered(read_chunks(source)))
        with fewer_collections():
            for results in blocks:
                sink.write("".join([line + "\n" for line in map(to_json, results)]))
                sink.flush()
    except OSError as exc:
        err_console.print(f"[red]reading {input} failed: {exc.strerror or exc}[/]")
        raise typer.Exit(2) from None
    finally:
        runner.close()
        if source is not sys.stdin.buffer:
            source.close()
        if sink is not sys.stdout:
            sink.close()
        else:
            sink.flush()


def numbered(chunks: Iterator[list[bytes]]) -> Iterator[tuple[int, list[bytes]]]:
    """(number of the chunk's first line, its lines)."""
    first = 1
    for lines in chunks:
        yield first, lines
        first += len(lines)


def read_chunks(source: IO[bytes], size: int = CHUNK_BYTES) -> Iterator[list[bytes]]:
    """The input's lines (split on b"\\n", as iterating a binary file does), as many as are available at a time.

    `read1` returns what one read gives without waiting for more, so a line typed on stdin is answered at
    once while a file or a busy pipe is read in large chunks.
    """
    read = getattr(source, "read1", source.read)
    pieces: list[bytes] = []  # the line still open at the end of the last chunk
    while chunk := read(size):
        if b"\n" not in chunk:
            pieces.append(chunk)
            continue
        lines = chunk.split(b"\n")
        if pieces:
            pieces.append(lines[0])
            lines[0] = b"".join(pieces)
            pieces = []
        last = lines.pop()
        if last:
            pieces.append(last)
        yield lines
    if pieces:
        yield [b"".join(pieces)]
