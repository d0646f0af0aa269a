"""qungui's shipped word lists, one file per category under `lexicon_data/`."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from qungui.core.categories import Category
from qungui.text.lexicon import Lexicon


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


@cache
def shipped_allow() -> tuple[str, ...]:
    """Ordinary words that suppress hits of the shipped lists (`lexicon_data/allow.txt`)."""
    text = resources.files("qungui.text").joinpath("lexicon_data", "allow.txt").read_text(encoding="utf-8")
    return tuple(w for w in (line.split("#", 1)[0].strip() for line in text.splitlines()) if w)


# Contact cue classes matched in the same scan as the shipped lists (see data/contact_cues.tsv).
CUE_TRIGGERS = frozenset({"verb", "adjacent", "invite", "weak", "contact", "wechat", "qq", "group", "group_word"})


@cache
def contact_cue_terms() -> tuple[tuple[str, str], ...]:
    """(word, class) for every cue word in `data/contact_cues.tsv`."""
    text = resources.files("qungui.text").joinpath("data", "contact_cues.tsv").read_text(encoding="utf-8")
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cls, words = line.split("\t", 1)
            pairs.extend((word, cls) for word in words.split())
    return tuple(pairs)


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """Every shipped list in one lexicon, hits tagged with their category, plus the contact detector's
    trigger cues tagged with their class: one scan per message serves every clause."""
    terms: list[tuple[str, object]] = [(t, category) for category in Category for t in default_terms(category)]
    terms += [(word, cls) for word, cls in contact_cue_terms() if cls in CUE_TRIGGERS]
    return Lexicon(terms, shipped_allow())
