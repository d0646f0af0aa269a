"""Stand-in words and curated initials that a lexicon term also matches (data/variants.tsv, initials.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MAX_VARIANTS_PER_TERM = 24


@dataclass(frozen=True, slots=True)
class VariantTables:
    """`variants`: canonical → stand-ins; `initials`: term → pinyin initials (all as written in the files)."""

    variants: tuple[tuple[str, tuple[str, ...]], ...]
    initials: dict[str, tuple[str, ...]]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("qungui.text").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def variant_tables() -> VariantTables:
    """Load the shipped variant and initials tables once."""
    variants = tuple((row[0], tuple(row[1].split())) for row in _rows("variants.tsv"))
    initials: dict[str, list[str]] = {}
    for row in _rows("initials.tsv"):
        initials.setdefault(row[1].strip(), []).append(row[0].strip())
    return VariantTables(variants, {term: tuple(codes) for term, codes in initials.items()})


def expand(term: str, variants: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """`term` with each canonical word it contains replaced by each of its stand-ins (one at a time)."""
    out: list[str] = []
    for canonical, stand_ins in variants:
        index = term.find(canonical)
        if index < 0:
            continue
        for stand_in in stand_ins:
            out.append(term[:index] + stand_in + term[index + len(canonical) :])
            if len(out) >= MAX_VARIANTS_PER_TERM:
                return out
    return out
