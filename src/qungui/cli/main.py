"""The `qungui` command: one Typer app assembling the sub-commands.

Sub-commands are imported when they are run (`LazyGroup`), so `qungui check` does not pay for the
database, web and model-training imports of the others; `qungui --help` still lists them all.
"""

from __future__ import annotations

import importlib

import click
import typer
from typer.core import TyperGroup

# name → (module, attribute, "app" for a Typer sub-app or "command" for a command function), in help order
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("qungui.cli.check", "check_command", "command"),
    "serve": ("qungui.cli.serve", "serve_command", "command"),
    "audit": ("qungui.cli.audit", "audit_command", "command"),
    "demo": ("qungui.cli.demo", "demo_command", "command"),
    "rulebook": ("qungui.cli.rulebook", "app", "app"),
    "db": ("qungui.cli.db", "app", "app"),
    "model": ("qungui.cli.model", "app", "app"),
    "notices": ("qungui.cli.notices", "app", "app"),
    "crm": ("qungui.cli.crm", "app", "app"),
    "digest": ("qungui.cli.digest", "digest_command", "command"),
    "user": ("qungui.cli.accounts", "app", "app"),
    "events": ("qungui.cli.events", "app", "app"),
}
HELP_ORDER = ("check", "audit", "demo", "serve", "rulebook", "db", "model", "notices", "digest", "crm", "user")
HELP_ORDER += ("events",)


class LazyGroup(TyperGroup):
    """A Typer group that imports a sub-command's module the first time the sub-command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = {*LAZY_COMMANDS, *super().list_commands(ctx)}
        return [*(n for n in HELP_ORDER if n in names), *sorted(names.difference(HELP_ORDER))]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            self.add_command(load_command(cmd_name), cmd_name)
        return super().get_command(ctx, cmd_name)


def load_command(name: str) -> click.Command:
    """The click command for a lazily registered sub-command (imports its module)."""
    module_name, attribute, kind = LAZY_COMMANDS[name]
    target = getattr(importlib.import_module(module_name), attribute)
    if kind == "app":
        command = typer.main.get_group(target)
    else:
        single = typer.Typer(add_completion=False)
        single.command(name)(target)
        command = typer.main.get_command(single)
    command.name = name
    return command


app = typer.Typer(
    name="qungui",
    cls=LazyGroup,
    help="群规 qungui — make a group's written rules run.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


@app.callback()
def _root() -> None:
    """Keeps `qungui` a group of sub-commands (Typer would make a lone registered command the whole app)."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()
