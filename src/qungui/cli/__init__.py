"""The `qungui` command line (Typer + Rich)."""
