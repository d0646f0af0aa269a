"""The `qungui` command: one Typer app assembling the sub-commands."""

from __future__ import annotations

import typer

from qungui.cli import db, model, rulebook
from qungui.cli.audit import audit_command
from qungui.cli.check import check_command
from qungui.cli.demo import demo_command
from qungui.cli.serve import serve_command

app = typer.Typer(
    name="qungui",
    help="群规 qungui — make a group's written rules run.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(rulebook.app, name="rulebook")
app.add_typer(db.app, name="db")
app.add_typer(model.app, name="model")
app.command("check")(check_command)
app.command("audit")(audit_command)
app.command("demo")(demo_command)
app.command("serve")(serve_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
