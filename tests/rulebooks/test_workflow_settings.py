"""The rulebook settings of share tasks, question answer times and the weekly digest: defaults, the shipped
company template's values, and every mistake reported at once with its path."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from qungui.core.errors import RulebookError
from qungui.rules.loader import load_template, parse_rulebook
from qungui.rules.schema import Workflow

BASE = """
name: t
title: 测试
group_kind: company
clauses:
  - id: "6"
    text: 对于公司对外分享的信息,每个群的成员都有义务分享到朋友圈
    title: 分享
    enforcement: assisted
    workflows: [share_task]
"""


def test_defaults_need_no_settings():
    book = parse_rulebook(BASE)
    assert book.shares.remind_before == [timedelta(hours=2)] and book.shares.proof_window == timedelta(hours=2)
    assert book.responsiveness.respond_within == timedelta(minutes=30)
    assert book.responsiveness.track_for == timedelta(days=1)
    assert book.digest.enabled is None and book.digest.weekday == 1 and book.digest.at == time(9, 0)
    assert book.has_workflow(Workflow.SHARE_TASK) and not book.has_workflow(Workflow.DIGEST)


def test_the_company_template_cites_its_clauses():
    book = load_template("company")
    assert (book.shares.clause, book.responsiveness.clause) == ("6", "9")
    assert book.has_workflow(Workflow.DIGEST) and book.has_workflow(Workflow.RESPONSE_TIME)


def test_every_mistake_is_reported_with_its_path():
    text = (
        BASE
        + """
shares: {clause: "99", remind_before: [soon]}
responsiveness: {respond_within: -5m, clause: "8"}
digest: {weekday: 8, at: "25:00"}
"""
    )
    with pytest.raises(RulebookError) as raised:
        parse_rulebook(text)
    message = str(raised.value)
    for part in (
        "shares.clause",
        "shares.remind_before",
        "responsiveness.respond_within",
        "digest.weekday",
        "digest.at",
    ):
        assert part in message, message
    assert "responsiveness.clause" in message, "8 is not a clause of this rulebook"
