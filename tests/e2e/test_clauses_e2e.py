"""One end-to-end scenario per seed clause that software runs, through the simulator, with a frozen clock.

The scenarios live in `clauses_<template>.py` and are registered in `registry`; this module checks
that every auto or assisted clause of every shipped template has one (or is deferred to a later
issue, visibly), then plays each on a fresh group: SQLite always, PostgreSQL when available.
"""

from __future__ import annotations

import pytest

from e2e.registry import TEMPLATES, deferral, load_all, software_clauses

SCENARIOS = load_all()
# Clauses whose workflows belong to later work (issue 8: VIP).
EXPECTED_DEFERRALS: list[tuple[str, str]] = []


def _params():
    params = []
    for template in TEMPLATES:
        for clause in software_clauses(template):
            reason = deferral(clause)
            if reason is not None:
                params.append(pytest.param(None, reason, id=f"{template}:{clause.id}"))
    for entry in SCENARIOS:
        marks = [pytest.mark.xfail(strict=True, reason=entry.xfail)] if entry.xfail else []
        params.append(pytest.param(entry, None, id=entry.id, marks=marks))
    return params


def test_every_clause_software_runs_has_a_scenario_or_a_deferral():
    main = {(s.template, s.clause) for s in SCENARIOS if not s.variant}
    known = {(t, c.id) for t in TEMPLATES for c in software_clauses(t)}
    missing, deferred = [], []
    for template in TEMPLATES:
        for clause in software_clauses(template):
            key = (template, clause.id)
            reason = deferral(clause)
            if reason is not None:
                assert key not in main, f"{key} is deferred ({reason}) but has a scenario: drop the deferral"
                deferred.append(key)
            elif key not in main:
                missing.append(key)
    assert missing == [], f"clauses software runs without an end-to-end scenario: {missing}"
    stale = sorted({(s.template, s.clause) for s in SCENARIOS} - known)
    assert stale == [], f"scenarios for clauses that are not auto/assisted in the shipped templates: {stale}"
    assert sorted(deferred) == sorted(EXPECTED_DEFERRALS), "a clause was deferred (or undeferred) by a template change"


@pytest.mark.parametrize(("entry", "deferred"), _params())
def test_clause_end_to_end(session_factory, entry, deferred):
    if deferred is not None:
        pytest.skip(deferred)
    entry.run(session_factory)
