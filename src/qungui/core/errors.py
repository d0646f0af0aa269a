"""Errors that carry enough context for a clear message."""

from __future__ import annotations

from dataclasses import dataclass


class QunguiError(Exception):
    """Base class for errors qungui reports to people."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input, with where it is."""

    message: str
    path: str = ""
    line: int | None = None
    source: str = ""

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        if self.path:
            where = f"{where} {self.path}" if where else self.path
        return f"{where}: {self.message}" if where else self.message


class RulebookError(QunguiError):
    """A rulebook failed to load; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"rulebook has {len(problems)} problem(s):\n{lines}")


class InputError(QunguiError):
    """An input file or record could not be read; the message names the place."""


class UnsupportedCapability(QunguiError):
    """A platform cannot perform the requested action."""
