"""举报: rate limits, admins-only decisions, and a reporter nobody but the owner can see (第一篇 七)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from qungui.core.events import GroupRef
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import set_member_role
from qungui.governance.reports.models import Report
from qungui.governance.reports.service import (
    ReportRejected,
    decide_report,
    file_report,
    get_report,
    open_reports,
    report_view,
    reporter_matches_audit,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
REPORTER = "whistle-7731"  # distinctive, so a substring search cannot miss it
SHA = "a" * 64


def setup(session):
    group = ensure_group(session, ref=GroupRef(platform="sim", id="g1", name="测试群"), now=NOW)
    roles = {"boss": Role.OWNER, "adm": Role.ADMIN, "adm2": Role.ADMIN, REPORTER: Role.MEMBER, "bad": Role.MEMBER}
    for member_id, role in roles.items():
        set_member_role(session, group=group, member_id=member_id, role=role, now=NOW)
    return group


def report(session, group, *, reporter=REPORTER, target="bad", key="m1", now=NOW, **extra):
    return file_report(
        session, group=group, reporter=reporter, target=target, reason="发广告", message_key=key, now=now, **extra
    )


def test_a_report_is_stored_with_its_reporter_and_evidence(session):
    with session.begin():
        group = setup(session)
        view = report(session, group, evidence=[{"sha256": SHA.upper(), "url": "https://x.cn/1.png"}, {"quote": "加V"}])
        row = session.get(Report, view["id"])
        assert row.reporter_id == REPORTER and row.status == "open" and row.target_id == "bad"
        assert row.evidence == [{"sha256": SHA, "url": "https://x.cn/1.png"}, {"quote": "加V"}]
        assert "reporter" not in view


@pytest.mark.parametrize(
    ("evidence", "words"),
    [([{"sha256": "xyz"}], "sha256"), ([{"url": "javascript:alert(1)"}], "url"), ([{}], "evidence needs")],
)
def test_bad_evidence_is_refused(session, evidence, words):
    with session.begin():
        group = setup(session)
        with pytest.raises(ReportRejected, match=words) as raised:
            report(session, group, evidence=evidence)
    assert raised.value.reason_zh.startswith("证据格式不正确")


def test_the_same_message_cannot_be_reported_twice_by_the_same_reporter(session):
    with session.begin():
        group = setup(session)
        report(session, group)
        with pytest.raises(ReportRejected) as raised:
            report(session, group, now=NOW + timedelta(hours=1))
        assert "已经举报过" in raised.value.reason_zh and "already reported" in raised.value.reason_en
        report(session, group, reporter="adm")  # someone else may report the same message


def test_at_most_five_reports_a_day(session):
    with session.begin():
        group = setup(session)
        for i in range(5):
            report(session, group, key=f"m{i}", now=NOW + timedelta(hours=i))
        with pytest.raises(ReportRejected, match="limit is 5"):
            report(session, group, key="m5", now=NOW + timedelta(hours=5))
        # The window slides: 24 hours after the first, one slot is free again.
        report(session, group, key="m5", now=NOW + timedelta(hours=24, seconds=1))
        with pytest.raises(ReportRejected):
            report(session, group, key="m6", now=NOW + timedelta(hours=24, seconds=2))


def test_self_reports_empty_reasons_and_outsiders_are_refused(session):
    with session.begin():
        group = setup(session)
        with pytest.raises(ReportRejected, match="yourself"):
            report(session, group, target=REPORTER)
        with pytest.raises(ReportRejected, match="reason"):
            file_report(session, group=group, reporter=REPORTER, target="bad", reason="  ", now=NOW)
        with pytest.raises(ReportRejected, match="Only members"):
            report(session, group, reporter="stranger")


def test_only_uninvolved_admins_decide(session):
    with session.begin():
        group = setup(session)
        against_admin = report(session, group, target="adm", key="m1")
        by_admin = report(session, group, reporter="adm", key="m2")
        plain = report(session, group, key="m3")
        with pytest.raises(ReportRejected, match="Only the owner or an admin"):
            decide_report(session, report_id=plain["id"], admin="bad", verified=False, note="", now=NOW)
        with pytest.raises(ReportRejected) as raised:
            decide_report(session, report_id=against_admin["id"], admin="adm", verified=False, note="", now=NOW)
        assert "被举报人" in raised.value.reason_zh
        with pytest.raises(ReportRejected, match="You filed"):
            decide_report(session, report_id=by_admin["id"], admin="adm", verified=True, note="", now=NOW)
        decided = decide_report(
            session, report_id=plain["id"], admin="adm", verified=True, note="截图属实", now=NOW + timedelta(hours=1)
        )
        assert decided["status"] == "verified" and decided["decided_by"] == "adm" and "reporter" not in decided
        with pytest.raises(ReportRejected, match="already decided"):
            decide_report(session, report_id=plain["id"], admin="adm2", verified=False, note="", now=NOW)
        left = open_reports(session, group=group, viewer_role=Role.ADMIN)
        assert sorted(v["id"] for v in left) == sorted([against_admin["id"], by_admin["id"]])
        assert [v["id"] for v in open_reports(session, group=group, viewer_role="admin", target="adm")] == [
            against_admin["id"]
        ]


def test_the_reporter_is_seen_only_by_the_owner_and_an_auditor(session):
    with session.begin():
        group = setup(session)
        filed = report(session, group, evidence=[{"quote": "加我微信"}])
        row = session.get(Report, filed["id"])
        for role in ("admin", Role.ADMIN, "member", Role.MEMBER, "viewer", "", "OWNER"):
            for view in (report_view(row, viewer_role=role), get_report(session, report_id=row.id, viewer_role=role)):
                assert "reporter" not in view
                assert REPORTER not in json.dumps(view, default=str, ensure_ascii=False)
            for view in open_reports(session, group=group, viewer_role=role):
                assert REPORTER not in json.dumps(view, default=str, ensure_ascii=False)
        assert report_view(row, viewer_role=Role.OWNER, viewer_id="owner")["reporter"] == REPORTER
        assert report_view(row, viewer_role="auditor", viewer_id="aud")["reporter"] == REPORTER
        assert "reporter" not in report_view(row, viewer_role=Role.OWNER), "an unnamed viewer sees no reporter"
        # An owner who is the reported member does not learn who reported them.
        assert "reporter" not in report_view(row, viewer_role=Role.OWNER, viewer_id="bad")
        decided = decide_report(session, report_id=row.id, admin="adm", verified=False, note="证据不足", now=NOW)
        assert REPORTER not in json.dumps(decided, default=str, ensure_ascii=False)


def test_audit_rows_never_name_the_reporter_yet_the_chain_verifies(session):
    with session.begin():
        group = setup(session)
        first = report(session, group, key="m1")
        second = report(session, group, key="m2")
        decide_report(session, report_id=first["id"], admin="adm", verified=True, note="", now=NOW)
    with session.begin():
        entries = [e for e in session.scalars(select(AuditEntry)) if e.subject.startswith("report:")]
        assert [e.action for e in entries] == ["report.filed", "report.filed", "report.verified"]
        for entry in entries:
            text = json.dumps([entry.actor, entry.subject, entry.data], ensure_ascii=False)
            assert REPORTER not in text
        hashes = [e.data["reporter_hash"] for e in entries if e.action == "report.filed"]
        assert len(set(hashes)) == 2, "per-report salts: two reports by one reporter cannot be linked"
        assert {e.actor for e in entries} == {"reporter", "adm"}
        assert verify_chain(session).ok
        assert reporter_matches_audit(session, report_id=first["id"])
        assert reporter_matches_audit(session, report_id=second["id"])
        session.get(Report, second["id"]).reporter_id = "adm2"  # someone rewrites who reported
        session.flush()
        assert not reporter_matches_audit(session, report_id=second["id"])
