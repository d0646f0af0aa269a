"""Which end-to-end scenario plays which seed clause: (template, clause id) → scenario functions.

Every clause of a shipped template that software runs (enforcement auto or assisted) has a main
scenario here, or a deferral when its workflow belongs to a later issue. A clause may have more
scenarios (variants): a platform with fewer capabilities, or a behaviour still missing, marked
xfail with the cause. The scenario modules (`clauses_<template>.py`) fill the registry on import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qungui.rules.loader import load_template
from qungui.rules.schema import Clause, Enforcement

TEMPLATES = ("community", "company", "department", "chamber", "vip-store")

# Workflows built by later issues: their clauses are skipped with this reason, visibly.
DEFERRED_WORKFLOWS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class Scenario:
    template: str
    clause: str
    run: Callable[..., None]  # run(sessions): plays the scenario on a fresh LiveGroup and asserts
    variant: str = ""  # "" for the clause's main scenario
    xfail: str | None = None  # a known bug: the scenario states the correct behaviour

    @property
    def id(self) -> str:
        return f"{self.template}:{self.clause}" + (f":{self.variant}" if self.variant else "")


SCENARIOS: list[Scenario] = []


def scenario(template: str, clause: str, *, variant: str = "", xfail: str | None = None):
    """Register the decorated function as the scenario of (template, clause) (or one of its variants)."""
    assert template in TEMPLATES, template

    def register(run: Callable[..., None]) -> Callable[..., None]:
        entry = Scenario(template, clause, run, variant, xfail)
        assert all(s.id != entry.id for s in SCENARIOS), f"two scenarios named {entry.id}"
        SCENARIOS.append(entry)
        return run

    return register


def software_clauses(template: str) -> list[Clause]:
    """The template's clauses that software runs: enforcement auto or assisted."""
    return [c for c in load_template(template).clauses if c.enforcement in (Enforcement.AUTO, Enforcement.ASSISTED)]


def deferral(clause: Clause) -> str | None:
    """Why the clause has no scenario yet (its workflow belongs to a later issue), or None."""
    for workflow in clause.workflows:
        reason = DEFERRED_WORKFLOWS.get(str(getattr(workflow, "value", workflow)))
        if reason is not None:
            return reason
    return None


def load_all() -> list[Scenario]:
    """Import every scenario module (filling SCENARIOS once) and return the registry."""
    from e2e import (  # noqa: F401  (imported for their registrations)
        clauses_chamber,
        clauses_community_chat,
        clauses_community_order,
        clauses_company,
        clauses_department,
        clauses_vip_store,
    )

    return SCENARIOS
