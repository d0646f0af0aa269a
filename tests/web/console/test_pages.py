"""Console pages through the real app: who may see what, the confidential reporter, actions, bad input, exports."""

from __future__ import annotations

import asyncio
import html
import io
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.cases.models import Case
from qungui.governance.notices.models import Notice
from qungui.governance.reports.models import Report

LILY = "wxid_lily_0526"
ZHANG = "wxid_zhangjh_1978"
AD = "代理微商产品，招代理，加V：abc12345"
PAGES = ("", "/members", "/cases", "/reports", "/appeals", "/notices", "/tasks", "/leave", "/fines")


def file_report(console, reporter: str = ZHANG, target: str = LILY) -> int:
    asyncio.run(console.hub.say("ahsh-console", reporter, "举报 @Lily小美 私下拉人发广告 三.4.1", mentions=[target]))
    with console.session.begin():
        return console.session.scalars(select(Report.id).order_by(Report.id.desc())).first()


def count(console, model, **where) -> int:
    with console.session.begin():
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return console.session.scalar(query)


def test_a_stranger_is_sent_to_log_in(console):
    from fastapi.testclient import TestClient

    response = TestClient(console.app).get(console.url("/members"), follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_every_page_renders_for_the_owner_in_chinese_without_external_urls(console):
    client = console.as_role(ConsoleRole.OWNER)
    for path in (*PAGES, "/audit", "/rulebook"):
        response = client.get(console.url(path))
        assert response.status_code == 200, (path, response.text[:500])
        html = response.text
        assert 'lang="zh-CN"' in html and "群规控制台" in html
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
        assert "<script>" not in html and " style=" not in html, "the CSP forbids inline scripts and styles"
    dashboard = client.get(console.url()).text
    assert "近 14 天违规数" in dashboard and "<svg" in dashboard and "按小时统计发言" in dashboard
    assert "本周简报" in dashboard and "安徽商会会员交流群" in dashboard
    assert 'href="/console/crm"' in dashboard, "the menu leads to the VIP customer module"


def test_a_viewer_reads_lists_but_not_the_audit_log_the_editor_or_exports(console):
    client = console.as_role(ConsoleRole.VIEWER)
    for path in PAGES:
        assert client.get(console.url(path)).status_code == 200, path
    for path in ("/audit", "/rulebook", "/members.csv", "/cases.xlsx"):
        response = client.get(console.url(path))
        assert response.status_code == 403 and "没有权限" in response.text, path
    assert "审计日志" not in client.get(console.url()).text, "the navigation hides what the role cannot open"


def test_someone_with_no_grant_in_the_group_is_refused(console):
    client = console.as_role(ConsoleRole.VIEWER)
    other = console.url().replace(str(console.group_id), str(console.group_id + 999))
    assert client.get(other).status_code == 404
    assert client.get("/console/g/abc/members").status_code == 404


def test_the_auditor_sees_the_audit_log_with_a_verified_chain(console):
    client = console.as_role(ConsoleRole.AUDITOR)
    response = client.get(console.url("/audit"))
    assert response.status_code == 200 and "哈希链校验通过" in response.text
    assert client.get(console.url("/rulebook")).status_code == 403


def test_the_reporter_is_shown_only_to_roles_that_may_see_it(console):
    number = file_report(console)
    reporter_name = "老张"
    admin = console.as_role(ConsoleRole.ADMIN)
    page = admin.get(console.url("/reports")).text
    assert f"J{number}" in page and reporter_name in page and ">举报人<" in page
    viewer = console.as_role(ConsoleRole.VIEWER)
    page = viewer.get(console.url("/reports")).text
    assert f"J{number}" in page and ">举报人<" not in page and reporter_name not in page
    head = console.as_role(ConsoleRole.DEPT_HEAD, department="销售部")
    export = head.get(console.url("/reports.csv"))
    assert export.status_code == 200 and ",举报人," not in export.content.decode("utf-8-sig")
    assert reporter_name not in export.content.decode("utf-8-sig")
    auditor_csv = console.as_role(ConsoleRole.AUDITOR).get(console.url("/reports.csv")).content.decode("utf-8-sig")
    assert ",举报人," in auditor_csv and reporter_name in auditor_csv


def test_working_a_report_verifies_it_and_applies_the_ladder(console):
    number = file_report(console)
    admin = console.as_role(ConsoleRole.ADMIN)
    cases_before = count(console, Case)
    refused = console.post(admin, f"/reports/{number}/reject")  # no reason
    assert refused.status_code == 400 and "请填写原因" in refused.text
    assert count(console, Report, id=number, status="open") == 1, "a refused form changes nothing"
    done = console.post(admin, f"/reports/{number}/verify")
    assert done.status_code == 303 and "ok=report_done_verify" in done.headers["location"]
    assert count(console, Report, id=number, status="verified") == 1
    assert count(console, Case) == cases_before + 1
    told = [item.text for item in console.group.chat_with_bot(ZHANG).items]
    assert any(f"举报 J{number} 已核实" in text for text in told), "the reporter is told privately, after commit"
    group_texts = [item.text for item in console.group.timeline.items]
    assert not any("老张" in text and "举报" in text for text in group_texts), "never who reported, in the group"
    again = console.post(admin, f"/reports/{number}/verify")
    assert again.status_code == 409 and "已处理" in again.text
    page = admin.get(done.headers["location"]).text
    assert f"举报 J{number} 已核实" in page
    detail = page.split('class="flash-detail">', 1)[1].split("</p>", 1)[0]
    assert "三.4.1" in detail, "what the command told the acting admin (the ladder step taken) is shown once"
    assert 'class="flash-detail"' not in admin.get(done.headers["location"]).text


def test_a_viewer_cannot_decide_and_a_post_needs_the_csrf_token(console):
    number = file_report(console)
    viewer = console.as_role(ConsoleRole.VIEWER)
    assert console.post(viewer, f"/reports/{number}/verify").status_code == 403
    admin = console.as_role(ConsoleRole.ADMIN)
    forged = admin.post(console.url(f"/reports/{number}/verify"), data={"csrf_token": "x" * 43})
    assert forged.status_code == 403
    assert count(console, Report, id=number, status="open") == 1


def test_undoing_a_case_needs_a_reason_and_then_overrides_it(console):
    asyncio.run(console.hub.say("ahsh-console", LILY, AD))
    with console.session.begin():
        case_id = console.session.scalars(select(Case.id).where(Case.status == "applied")).first()
    admin = console.as_role(ConsoleRole.ADMIN)
    page = admin.get(console.url(f"/cases/{case_id}")).text
    assert "三.4.1" in page and "撤销" in page
    refused = console.post(admin, f"/cases/{case_id}/undo", reason="  ")
    assert refused.status_code == 400 and "请填写原因" in refused.text
    assert count(console, Case, id=case_id, status="applied") == 1
    done = console.post(admin, f"/cases/{case_id}/undo", reason="误判：是会员之间的正常介绍")
    assert done.status_code == 303
    assert count(console, Case, id=case_id, status="overridden") == 1
    from qungui.governance.audit.models import AuditEntry

    with console.session.begin():
        entry = console.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "console.command").order_by(AuditEntry.seq.desc())
        ).first()
        assert entry.actor.startswith("console:") and entry.data["command"] == "撤销"
        assert entry.data["reason"] == "误判：是会员之间的正常介绍" and entry.data["as"] == "wxid_ahsh_chen01"


def test_posting_a_notice_and_bad_notice_input(console):
    admin = console.as_role(ConsoleRole.ADMIN)
    before = count(console, Notice)
    empty = console.post(admin, "/notices", text="   ", everyone="1", require_ack="1")
    assert empty.status_code == 400 and "请填写通知内容" in empty.text
    bad_time = console.post(admin, "/notices", text="明天开会", deadline="下周", require_ack="1")
    assert bad_time.status_code == 400 and "截止时间格式不对" in bad_time.text
    huge = console.post(admin, "/notices", text="会" * 40_000, require_ack="1")
    assert huge.status_code == 413 and "太大" in huge.text
    past = console.post(admin, "/notices", text="明天开会", deadline="2020-01-01T09:00", require_ack="1")
    assert past.status_code == 409 and "已经过去" in past.text
    assert count(console, Notice) == before
    posted = console.post(admin, "/notices", text="周五下午三点理事会，请准时参加", everyone="1", require_ack="1")
    assert posted.status_code == 303 and "/notices/" in posted.headers["location"]
    assert count(console, Notice) == before + 1
    page = admin.get(posted.headers["location"]).text
    assert "回执矩阵" in page and "未回复" in page and "周五下午三点理事会" in page
    asyncio.run(console.hub.say("ahsh-console", LILY, "收到"))
    notice_page = posted.headers["location"].split("?", 1)[0]
    matrix = admin.get(notice_page + "/matrix.csv").content.decode("utf-8-sig").splitlines()
    assert matrix[0].startswith("成员,成员 ID,部门,状态")
    lily = next(line for line in matrix if LILY in line)
    assert "已收到" in lily and "直接回复" in lily
    assert sum("未回复" in line for line in matrix) == len(matrix) - 2
    fragment = admin.get(notice_page + "/matrix").text
    assert fragment.startswith('<div class="matrix"') and 'data-acked="1"' in fragment


def test_the_rulebook_editor_refuses_an_invalid_rulebook_and_tries_a_message(console):
    admin = console.as_role(ConsoleRole.ADMIN)
    page = admin.get(console.url("/rulebook"))
    assert page.status_code == 200 and "clauses" in page.text
    bad = console.post(admin, "/rulebook", yaml="name: x\nclauses: [\n", action="save")
    assert bad.status_code == 400 and "未保存" in bad.text
    tried = console.post(admin, "/rulebook", yaml="", sample="加我薇❤信领福利", action="try")
    assert tried.status_code == 200 and "微信" in tried.text and "三.4" in tried.text
    huge = console.post(admin, "/rulebook", yaml="#" * 600_000, action="validate")
    assert huge.status_code == 413 and "太大" in huge.text


@pytest.mark.parametrize("name", ["members", "cases", "notices", "fines", "audit"])
def test_exports_are_excel_friendly(console, name):
    asyncio.run(console.hub.say("ahsh-console", LILY, AD))
    client = console.as_role(ConsoleRole.OWNER)
    csv_response = client.get(console.url(f"/{name}.csv"))
    assert csv_response.status_code == 200 and csv_response.headers["content-type"].startswith("text/csv")
    assert csv_response.content.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8 Chinese"
    header = csv_response.content.decode("utf-8-sig").splitlines()[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in header)
    xlsx = client.get(console.url(f"/{name}.xlsx"))
    assert xlsx.status_code == 200 and "attachment" in xlsx.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[1]] == header.split(",")


def test_the_member_list_shows_the_ladder_and_nickname_compliance(console):
    asyncio.run(console.hub.say("ahsh-console", LILY, AD))
    client = console.as_role(ConsoleRole.OWNER)
    rows = client.get(console.url("/members.csv")).content.decode("utf-8-sig")
    lily = next(line for line in rows.splitlines() if LILY in line)
    assert "三.4.1" in lily and "不符合" in lily


def test_the_english_switch(console):
    client = console.as_role(ConsoleRole.OWNER)
    switched = client.get(f"/console/lang?to=en&next={console.url()}", follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == console.url()
    page = client.get(console.url()).text
    assert 'lang="en"' in page and "Dashboard" in page and "Violations, last 14 days" in page
    assert client.get("/console/lang?to=en&next=//evil.example", follow_redirects=False).headers["location"] == (
        "/console"
    )


def test_saving_a_valid_rulebook_stores_and_applies_it_and_an_invalid_one_changes_nothing(console):
    from qungui.governance.accounts.models import GroupRulebook

    admin = console.as_role(ConsoleRole.ADMIN)
    page = admin.get(console.url("/rulebook")).text
    text = html.unescape(page.split('name="yaml"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0])
    changed = text.replace("title: ", "title: 【新】", 1)
    saved = console.post(admin, "/rulebook", yaml=changed, action="save")
    assert saved.status_code == 303 and "ok=rulebook_saved" in saved.headers["location"]
    assert "群规已保存并启用" in admin.get(saved.headers["location"]).text
    ref = console.runtime.groups[0]
    assert console.runtime.book(ref).rulebook.title.startswith("【新】")
    broken = changed.replace("clauses:", "clauses_typo:", 1)
    refused = console.post(admin, "/rulebook", yaml=broken, action="save")
    assert refused.status_code == 400 and "未保存" in refused.text and "clauses_typo" in refused.text
    with console.session.begin():
        assert console.session.get(GroupRulebook, console.group_id).yaml == changed
    assert console.runtime.book(ref).rulebook.title.startswith("【新】")


def shows_label(page: str, label: str) -> bool:
    """Whether `label` (J1, …) stands on the page as a word of its own: not inside a random token such as the
    CSRF field's value (…_J1Ru…), which once made a plain substring check fail."""
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", page) is not None


def test_a_department_head_sees_only_their_department_and_cannot_decide(console):
    from qungui.governance.departments.service import set_member_department
    from qungui.governance.groups.models import Group

    with console.session.begin():
        group = console.session.get(Group, console.group_id)
        set_member_department(
            console.session, group=group, member_id=LILY, department="销售部", actor="test", now=console.clock.now()
        )
    number = file_report(console)
    head = console.as_role(ConsoleRole.DEPT_HEAD, department="销售部")
    members = head.get(console.url("/members.csv")).content.decode("utf-8-sig")
    assert LILY in members and ZHANG not in members and "wxid_ahsh_chen01" not in members
    reports = head.get(console.url("/reports")).text
    assert shows_label(reports, f"J{number}") and "核实并处理" not in reports, "no decision buttons without DECIDE"
    assert console.post(head, f"/reports/{number}/verify").status_code == 403
    other = console.as_role(ConsoleRole.DEPT_HEAD, department="工程部")
    assert not shows_label(other.get(console.url("/reports")).text, f"J{number}")
    assert 'href="/console/crm"' not in other.get(console.url()).text, "no VIP customer menu without VIEW_CRM"


def test_a_department_heads_notice_goes_to_their_department_only(console):
    from qungui.governance.departments.service import set_member_department
    from qungui.governance.groups.models import Group

    with console.session.begin():
        group = console.session.get(Group, console.group_id)
        set_member_department(
            console.session, group=group, member_id=LILY, department="销售部", actor="test", now=console.clock.now()
        )
    head = console.as_role(ConsoleRole.DEPT_HEAD, department="销售部")
    posted = console.post(head, "/notices", text="本周五交销售周报", everyone="1", require_ack="1")
    assert posted.status_code == 303
    with console.session.begin():
        notice = console.session.scalars(select(Notice).order_by(Notice.id.desc())).first()
        assert notice.member_ids == [LILY] and notice.audience["everyone"] is False


def test_every_page_renders_in_english(console):
    client = console.as_role(ConsoleRole.OWNER)
    client.cookies.set("qungui_lang", "en")
    asyncio.run(console.hub.say("ahsh-console", LILY, AD))
    for path, word in (
        ("", "Dashboard"),
        ("/members", "Members"),
        ("/cases", "Cases"),
        ("/reports", "Report queue"),
        ("/notices", "Post a notice"),
        ("/fines", "Penalty ledger"),
        ("/audit", "Hash chain verified"),
        ("/rulebook", "Try a message"),
    ):
        page = client.get(console.url(path))
        assert page.status_code == 200 and word in page.text and 'lang="en"' in page.text, path
    with console.session.begin():
        case_id = console.session.scalars(select(Case.id)).first()
    assert "Case A" in client.get(console.url(f"/cases/{case_id}")).text


def test_deciding_leave_and_a_missing_row(console):
    from qungui.governance.leave.models import LeaveRequest

    asyncio.run(console.hub.say("ahsh-console", LILY, "请假 11月25日到27日 出差", private=True))
    with console.session.begin():
        leave_id = console.session.scalars(select(LeaveRequest.id)).first()
    assert leave_id is not None
    admin = console.as_role(ConsoleRole.ADMIN)
    assert "批准" in admin.get(console.url("/leave")).text
    done = console.post(admin, f"/leave/{leave_id}/approve")
    assert done.status_code == 303 and count(console, LeaveRequest, id=leave_id, status="approved") == 1
    missing = console.post(admin, "/leave/999999/approve")
    assert missing.status_code == 404 and "没有找到" in missing.text
    assert admin.get(console.url("/cases/999999")).status_code == 404
    assert admin.get(console.url("/notices/abc")).status_code == 404


def test_a_group_auditor_sees_only_that_groups_audit_entries(console):
    from fastapi.testclient import TestClient

    from qungui.governance.audit.service import append_audit
    from web.auth_helpers import login, make_user

    asyncio.run(console.hub.say("ahsh-console", LILY, AD))  # case and sanction entries about this group
    with console.session.begin():
        append_audit(
            console.session,
            actor="someone",
            action="member.role",
            subject="member:424242:wxid_elsewhere",
            data={},
            now=console.clock.now(),
        )
    local = console.as_role(ConsoleRole.AUDITOR).get(console.url("/audit")).text
    assert "case:sim:ahsh-console:" in local and "wxid_elsewhere" not in local
    everyone = TestClient(console.app)
    login(everyone, *make_user(console.session, role=ConsoleRole.AUDITOR, group_id=None))
    assert "wxid_elsewhere" in everyone.get(console.url("/audit")).text


def test_accepting_an_appeal_readmits_through_another_admin(console):
    from qungui.governance.appeals.models import Appeal

    owner = "wxid_ahsh_chen01"
    asyncio.run(console.hub.say("ahsh-console", owner, "移除 @Lily小美 三.4.1", mentions=[LILY]))
    asyncio.run(console.hub.say("ahsh-console", LILY, "申诉 我知道错了，请求重新入群", private=True))
    with console.session.begin():
        appeal = console.session.scalars(select(Appeal)).first()
        assert appeal is not None and appeal.removed_by == owner
        number = appeal.id
    admin = console.as_role(ConsoleRole.ADMIN)
    page = admin.get(console.url("/appeals")).text
    assert f"S{number}" in page and "同意（重新入群）" in page
    refused = console.post(admin, f"/appeals/{number}/reject")
    assert refused.status_code == 400 and count(console, Appeal, id=number, status="open") == 1
    done = console.post(admin, f"/appeals/{number}/accept")
    assert done.status_code == 303 and count(console, Appeal, id=number, status="accepted") == 1
    with console.session.begin():
        assert console.session.get(Appeal, number).decided_by != owner, "never the admin who removed the member"


def test_a_held_join_request_is_decided_from_the_member_list(console):
    from qungui.governance.members.models import Member

    asyncio.run(console.hub.request_join("ahsh-console", "理财顾问小王", member_id="wxid_stranger_01"))
    with console.session.begin():
        row_id = console.session.scalars(
            select(Member.id).where(Member.external_id == "wxid_stranger_01", Member.status == "pending")
        ).one()
    admin = console.as_role(ConsoleRole.ADMIN)
    assert "同意入群" in admin.get(console.url("/members")).text
    assert console.post(admin, f"/joins/{row_id}/reject").status_code == 400  # no reason
    done = console.post(admin, f"/joins/{row_id}/approve")
    assert done.status_code == 303 and "ok=join_done_approve" in done.headers["location"]
    from qungui.governance.audit.models import AuditEntry
    from qungui.governance.cases.models import Sanction

    with console.session.begin():
        actions = console.session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(3)).all()
        assert "join.approved" in actions and "console.command" in actions
        kinds = console.session.scalars(select(Sanction.kind).where(Sanction.member_id == "wxid_stranger_01")).all()
        assert "approve_join" in kinds, "the platform is asked to let the member in, after commit"


def test_the_group_list_and_markup_in_user_text_is_escaped(console):
    admin = console.as_role(ConsoleRole.ADMIN)
    home = admin.get("/console", follow_redirects=False)
    assert home.status_code == 303 and home.headers["location"] == console.url()
    listed = admin.get("/console?all=1")
    assert listed.status_code == 200 and "安徽商会会员交流群" in listed.text
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    tried = console.post(admin, "/rulebook", yaml="", sample=hostile, action="try")
    assert tried.status_code == 200 and "<script>alert" not in tried.text and "<img src=x" not in tried.text
    posted = console.post(admin, "/notices", text=hostile, everyone="1", require_ack="1")
    page = admin.get(posted.headers["location"]).text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_a_rulebook_file_upload_validates_and_an_oversized_or_non_utf8_file_is_refused(console):
    from web.auth_helpers import csrf

    admin = console.as_role(ConsoleRole.ADMIN)
    token = csrf(admin)
    url = console.url("/rulebook")
    page = admin.get(url).text
    text = html.unescape(page.split('name="yaml"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0])
    good = admin.post(
        url,
        data={"csrf_token": token, "yaml": "", "action": "validate"},
        files={"file": ("group.yaml", text.encode("utf-8"), "text/yaml")},
    )
    assert good.status_code == 200 and "群规检查通过" in good.text
    latin = admin.post(
        url,
        data={"csrf_token": token, "yaml": "", "action": "save"},
        files={"file": ("group.yaml", "title: caf\xe9".encode("latin-1"), "text/yaml")},
    )
    assert latin.status_code == 400 and "UTF-8" in latin.text and "未保存" in latin.text
    huge = admin.post(
        url,
        data={"csrf_token": token, "yaml": "", "action": "save"},
        files={"file": ("group.yaml", b"#" * 600_000, "text/yaml")},
    )
    assert huge.status_code == 413 and "太大" in huge.text
    from qungui.governance.accounts.models import GroupRulebook

    with console.session.begin():
        assert console.session.get(GroupRulebook, console.group_id) is None, "nothing was saved"
