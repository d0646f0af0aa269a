"""qungui's shipped word lists, one file per category under `lexicon_data/`."""

from __future__ import annotations

from functools import cache
from importlib import resources

from qungui.core.categories import Category


@cache
def default_terms(category: Category) -> tuple[str, ...]:
    """The shipped terms for `category` (empty when none ship); '#' starts a comment."""
    resource = resources.files("qungui.text").joinpath("lexicon_data", f"{category.value}.txt")
    if not resource.is_file():
        return ()
    terms = []
    for line in resource.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            terms.append(line)
    return tuple(terms)
