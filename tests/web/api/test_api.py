"""The API's domains: rulebook editing, trying a message, deciding cases, reports' confidentiality, notices,
department scoping, exports, and bad input answered in Chinese with nothing changed."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

import yaml
from openpyxl import load_workbook
from sqlalchemy import func, select

from qungui.core.events import GroupRef
from qungui.governance.accounts.models import GroupRulebook
from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.audit.models import AuditEntry
from qungui.governance.cases.models import Case, CaseStatus
from qungui.governance.departments.service import set_member_department
from qungui.governance.groups.models import Group
from qungui.governance.outbox.models import Outbox
from qungui.governance.reports.service import file_report
from web.auth_helpers import bearer, login, make_token, make_user

AD = "加我薇❤信领福利"  # the spam model finds it: the case waits for an admin (assisted)
REPORTER = "wxid_lina_jac"
TARGET = "wxid_liuq_888"


def _token(api, role: ConsoleRole, *, all_groups: bool = False, **extra) -> dict[str, str]:
    username, _ = make_user(api.session, role=role, group_id=None if all_groups else api.group_id, **extra)
    return bearer(make_token(api.session, username))


def _audit_count(api) -> int:
    with api.session.begin():
        return api.session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _path(api, tail: str) -> str:
    return f"/api/v1/groups/{api.group_id}/{tail}"


def test_invalid_rulebook_is_refused_with_every_problem_and_nothing_stored(api):
    owner = _token(api, ConsoleRole.ADMIN)
    current = api.client.get(_path(api, "rulebook"), headers=owner).json()
    data = yaml.safe_load(current["yaml"])
    data["clauses"][0]["enforcement"] = "sometimes"
    data["ladders"]["broken"] = {"title": "x", "steps": []}
    before = _audit_count(api)
    response = api.client.put(
        _path(api, "rulebook"), json={"yaml": yaml.safe_dump(data, allow_unicode=True)}, headers=owner
    )
    assert response.status_code == 422
    body = response.json()
    assert "群规未通过校验" in body["error"] and "未保存" in body["error"]
    paths = [p["path"] for p in body["problems"]]
    assert any(p and p.startswith("clauses[0].enforcement") for p in paths), paths
    assert any(p and p.startswith("ladders.broken.steps") for p in paths), paths
    assert len(paths) == 2, paths
    assert _audit_count(api) == before
    with api.session.begin():
        assert api.session.get(GroupRulebook, api.group_id) is None
    assert api.client.get(_path(api, "rulebook"), headers=owner).json()["source"] == "running"
    bad_yaml = api.client.put(_path(api, "rulebook"), json={"yaml": "name: [unclosed"}, headers=owner)
    assert bad_yaml.status_code == 422 and bad_yaml.json()["problems"][0]["line"] == 1


def test_valid_rulebook_is_stored_audited_and_the_runtime_switches(api):
    admin = _token(api, ConsoleRole.ADMIN)
    data = yaml.safe_load(api.client.get(_path(api, "rulebook"), headers=admin).json()["yaml"])
    data["title"] = "新的群规标题"
    text = yaml.safe_dump(data, allow_unicode=True)
    response = api.client.put(_path(api, "rulebook"), json={"yaml": text}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["source"] == "stored" and response.json()["title"] == "新的群规标题"
    assert api.runtime.book(GroupRef(platform="sim", id="ahsh-api")).rulebook.title == "新的群规标题"
    with api.session.begin():
        entry = api.session.scalars(select(AuditEntry).where(AuditEntry.action == "rulebook.saved")).one()
        assert entry.actor.startswith("console:")
        assert api.session.get(GroupRulebook, api.group_id).yaml == text


def test_try_a_message_names_the_clause_and_the_normalization(api):
    viewer = _token(api, ConsoleRole.VIEWER)
    before = _audit_count(api)
    body = api.client.post(_path(api, "rulebook/try"), json={"text": "你就是个傻 逼"}, headers=viewer).json()
    abuse = [f for f in body["findings"] if f["category"] == "abuse" and f["revealed_by"]]
    assert abuse and "去除分隔符" in abuse[0]["revealed_by"]
    assert {v["clause"] for v in body["violations"]} >= {"三.4.3"}
    clean = api.client.post(_path(api, "rulebook/try"), json={"text": "明天九点开会"}, headers=viewer).json()
    assert clean["clean"] is True and clean["findings"] == []
    assert _audit_count(api) == before  # nothing recorded


def _queued_case(api) -> int:
    asyncio.run(api.hub.say("ahsh-api", "wxid_zhangjh_1978", AD))
    with api.session.begin():
        case = api.session.scalars(select(Case).where(Case.status == CaseStatus.QUEUED.value)).first()
        assert case is not None
        return case.id


def test_admin_confirms_and_undoes_a_case_as_their_member_identity(api):
    case_id = _queued_case(api)
    unlinked = _token(api, ConsoleRole.ADMIN)
    before = _audit_count(api)
    refused = api.client.post(_path(api, f"cases/{case_id}/confirm"), json={"reason": ""}, headers=unlinked)
    assert refused.status_code == 409 and "关联" in refused.json()["error"]
    assert _audit_count(api) == before
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    detail = api.client.get(_path(api, f"cases/{case_id}"), headers=admin).json()
    assert detail["status"] == "queued" and detail["message"]["text"] == AD
    assert detail["ladder_state"]["steps"]
    confirmed = api.client.post(_path(api, f"cases/{case_id}/confirm"), json={"reason": "广告"}, headers=admin)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "applied" and confirmed.json()["sanctions"]
    again = api.client.post(_path(api, f"cases/{case_id}/confirm"), json={"reason": ""}, headers=admin)
    assert again.status_code == 400 and "不是待审核案件" in again.json()["error"]
    undone = api.client.post(_path(api, f"cases/{case_id}/undo"), json={"reason": "误判"}, headers=admin)
    assert undone.status_code == 200 and undone.json()["status"] == "overridden"
    with api.session.begin():
        actors = api.session.scalars(select(AuditEntry.actor).where(AuditEntry.action.startswith("case."))).all()
    assert "wxid_zhouzp_hz" in actors


def _report(api, reason: str = "发广告") -> int:
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        view = file_report(
            api.session, group=group, reporter=REPORTER, target=TARGET, reason=reason, now=api.clock.now()
        )
    return int(view["id"])


def test_reporter_is_shown_only_to_roles_with_view_reporter_in_every_response(api):
    report_id = _report(api)
    with api.session.begin():  # the reported member is in the department head's department
        group = api.session.get(Group, api.group_id)
        set_member_department(
            api.session, group=group, member_id=TARGET, department="工程部", actor="t", now=api.clock.now()
        )
    for role in (ConsoleRole.VIEWER, ConsoleRole.DEPT_HEAD):
        extra = {"department": "工程部"} if role is ConsoleRole.DEPT_HEAD else {}
        headers = _token(api, role, **extra)
        listed = api.client.get(_path(api, "reports"), headers=headers)
        one = api.client.get(_path(api, f"reports/{report_id}"), headers=headers)
        assert listed.status_code == one.status_code == 200
        assert listed.json()["items"][0]["target"] == TARGET
        for response in (listed, one):
            assert REPORTER not in response.text and "reporter" not in response.text
        if role is ConsoleRole.DEPT_HEAD:
            exported = api.client.get(_path(api, "reports/export"), headers=headers)
            assert exported.status_code == 200 and TARGET in exported.text and REPORTER not in exported.text
            assert "举报人," not in exported.text.splitlines()[0].replace("被举报人,", "")
    auditor = _token(api, ConsoleRole.AUDITOR)
    assert api.client.get(_path(api, f"reports/{report_id}"), headers=auditor).json()["reporter"] == REPORTER
    exported = api.client.get(_path(api, "reports/export"), headers=auditor)
    assert REPORTER in exported.text
    # A reported owner never learns who reported them, whatever their role.
    target_owner = _token(api, ConsoleRole.OWNER, member_id=TARGET)
    assert "reporter" not in api.client.get(_path(api, f"reports/{report_id}"), headers=target_owner).json()


def test_admin_decides_a_report_and_the_answer_keeps_the_confidentiality_rules(api):
    report_id = _report(api)
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    response = api.client.post(
        _path(api, f"reports/{report_id}/decide"), json={"approve": False, "reason": "证据不足"}, headers=admin
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "rejected" and response.json()["decided_by"] == "wxid_zhouzp_hz"


def test_notice_posted_through_the_api_and_department_heads_see_their_department_only(api):
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        for member, department in (("wxid_wanglei_hsb", "工程部"), ("wxid_lina_jac", "销售部")):
            set_member_department(
                api.session, group=group, member_id=member, department=department, actor="t", now=api.clock.now()
            )
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    deadline = (api.clock.now() + timedelta(hours=3)).isoformat()
    posted = api.client.post(
        _path(api, "notices"),
        json={"text": "明天上午九点开安全例会", "everyone": True, "deadline": deadline},
        headers=admin,
    )
    assert posted.status_code == 201, posted.text
    notice = posted.json()
    assert notice["author_id"] == "wxid_zhouzp_hz" and notice["audience_size"] >= 8
    said = [item.text for item in api.group.timeline.since(0)]
    assert any("明天上午九点开安全例会" in text for text in said)  # the bot announced it in the group
    head = _token(api, ConsoleRole.DEPT_HEAD, department="工程部")
    seen = api.client.get(_path(api, f"notices/{notice['id']}"), headers=head).json()
    assert [row["member_id"] for row in seen["matrix"]] == ["wxid_wanglei_hsb"]
    members = api.client.get(_path(api, "members"), headers=head).json()
    assert [m["member_id"] for m in members["items"]] == ["wxid_wanglei_hsb"]
    refused = api.client.post(_path(api, "notices"), json={"text": "全体注意", "everyone": True}, headers=head)
    assert refused.status_code == 403 and "部门负责人只能通知自己负责的部门" in refused.json()["error"]


def test_exports_are_csv_with_bom_and_real_excel_workbooks(api):
    asyncio.run(api.hub.say("ahsh-api", "wxid_zhangjh_1978", AD))
    auditor = _token(api, ConsoleRole.AUDITOR)
    csv_response = api.client.get(_path(api, "cases/export?format=csv"), headers=auditor)
    assert csv_response.headers["content-type"].startswith("text/csv")
    text = csv_response.content.decode("utf-8")
    assert text.startswith("\ufeff案件编号,成员ID,条款")
    assert "wxid_zhangjh_1978" in text
    xlsx = api.client.get(_path(api, "members/export?format=xlsx"), headers=auditor)
    assert "attachment" in xlsx.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("成员ID", "昵称", "角色")
    assert {r[0] for r in rows[1:]} >= {"wxid_ahsh_chen01", "wxid_zhangjh_1978"}
    bad = api.client.get(_path(api, "members/export?format=pdf"), headers=auditor)
    assert bad.status_code == 422 and "format" in bad.json()["error"]


def test_bad_input_gets_a_chinese_message_and_changes_nothing(api):
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    owner = _token(api, ConsoleRole.OWNER, all_groups=True)
    before = _audit_count(api)
    malformed = api.client.post(
        _path(api, "notices"), content=b"{not json", headers={**admin, "content-type": "application/json"}
    )
    assert malformed.status_code == 422 and "JSON" in malformed.json()["error"]
    empty = api.client.post(_path(api, "notices"), json={"text": ""}, headers=admin)
    assert empty.status_code == 422 and "不能为空" in empty.json()["error"]
    huge = api.client.put(_path(api, "rulebook"), content=b"x" * (2 * 1024 * 1024), headers=admin)
    assert huge.status_code == 413 and "太大" in huge.json()["error"]
    unknown_case = api.client.get(_path(api, "cases/424242"), headers=admin)
    assert unknown_case.status_code == 404 and "A424242" in unknown_case.json()["error"]
    unknown_group = api.client.get("/api/v1/groups/9999/members", headers=owner)
    assert unknown_group.status_code == 404 and "没有编号为 9999 的群" in unknown_group.json()["error"]
    not_a_route = api.client.get("/api/v1/nothing-here", headers=admin)
    assert not_a_route.status_code == 404 and "没有找到" in not_a_route.json()["error"]
    assert _audit_count(api) == before


def test_audit_log_and_chain_verification(api):
    auditor = _token(api, ConsoleRole.AUDITOR, all_groups=True)
    listed = api.client.get("/api/v1/audit?action=account.", headers=auditor).json()
    assert listed["total"] >= 2 and all(e["action"].startswith("account.") for e in listed["items"])
    verified = api.client.get("/api/v1/audit/verify", headers=auditor).json()
    assert verified["ok"] is True and "审计链完整" in verified["message"]


def test_openapi_is_published_and_the_docs_page_needs_no_cdn(api):
    schema = api.client.get("/api/openapi.json").json()
    assert "/api/v1/groups/{group_id}/cases/{case_id}/confirm" in schema["paths"]
    assert not any(path.startswith("/sim") for path in schema["paths"])
    docs = api.client.get("/api/docs")
    assert docs.status_code == 200 and "/api/v1/groups/{group_id}/members" in docs.text
    assert "https://" not in docs.text and "http://" not in docs.text  # nothing fetched from elsewhere
    assert "default-src 'self'" in docs.headers["content-security-policy"]


def test_owner_manages_accounts_through_the_api_with_chinese_refusals(api):
    owner = _token(api, ConsoleRole.OWNER, all_groups=True)
    body = {"username": "wang", "password": "Gong-Pass-2026", "role": "dept_head", "group_id": api.group_id}
    no_department = api.client.post("/api/v1/accounts", json=body, headers=owner)
    assert no_department.status_code == 400 and "部门负责人须指定部门" in no_department.json()["error"]
    weak = api.client.post("/api/v1/accounts", json={**body, "department": "工程部", "password": "123"}, headers=owner)
    assert weak.status_code == 400 and "密码太短" in weak.json()["error"]
    listed = [a["username"] for a in api.client.get("/api/v1/accounts", headers=owner).json()]
    assert "wang" not in listed  # nothing was created by the refused requests
    made = api.client.post("/api/v1/accounts", json={**body, "department": "工程部"}, headers=owner)
    assert made.status_code == 201, made.text
    assert made.json()["grants"] == [
        {"role": "dept_head", "group_id": api.group_id, "department": "工程部", "member_id": None}
    ]
    linked = api.client.post(
        "/api/v1/accounts/wang/grants",
        json={"role": "dept_head", "group_id": api.group_id, "department": "工程部", "member_id": "wxid_wanglei_hsb"},
        headers=owner,
    )
    assert linked.json()["grants"][0]["member_id"] == "wxid_wanglei_hsb"
    other = api.fresh_client()
    login(other, "wang", "Gong-Pass-2026")
    disabled = api.client.post("/api/v1/accounts/wang/disable", headers=owner)
    assert disabled.status_code == 200 and disabled.json()["active"] is False
    assert other.get(f"/api/v1/groups/{api.group_id}").status_code == 401  # the session ended
    unknown = api.client.post("/api/v1/accounts/nobody/disable", headers=owner)
    assert unknown.status_code == 400 and "没有名为 nobody 的账号" in unknown.json()["error"]


def test_a_verified_report_is_carried_out_and_the_reporter_told_privately(api):
    report_id = _report(api, reason="三.4.3 在群里骂人")
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    response = api.client.post(_path(api, f"reports/{report_id}/decide"), json={"approve": True}, headers=admin)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "verified" and "三.4.3" in body["outcome"] and REPORTER not in body["outcome"]
    with api.session.begin():
        case = api.session.scalars(select(Case).where(Case.member_id == TARGET)).one()
        assert case.clause == "三.4.3" and case.status == CaseStatus.APPLIED.value
        note = api.session.scalars(select(Outbox).where(Outbox.private_to == REPORTER)).one()
        assert note.status == "done"  # sent by the executor after commit, privately
        assert (
            api.session.scalars(
                select(Outbox).where(Outbox.private_to.is_(None), Outbox.text.contains(REPORTER))
            ).first()
            is None
        )


def test_leave_is_decided_once_and_a_second_decision_is_refused_in_chinese(api):
    from qungui.governance.leave.service import request_leave

    start = api.clock.now() + timedelta(days=1)
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        leave = request_leave(
            api.session, group=group, member="wxid_lina_jac", start=start, end=start + timedelta(days=2),
            reason="出差", now=api.clock.now(),
        )  # fmt: skip
        leave_id = leave.id
    admin = _token(api, ConsoleRole.ADMIN, member_id="wxid_zhouzp_hz")
    listed = api.client.get(_path(api, "leave?status=pending"), headers=admin).json()
    assert [row["id"] for row in listed["items"]] == [leave_id]
    approved = api.client.post(_path(api, f"leave/{leave_id}/decide"), json={"approve": True}, headers=admin)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    before = _audit_count(api)
    again = api.client.post(_path(api, f"leave/{leave_id}/decide"), json={"approve": False}, headers=admin)
    assert again.status_code == 400 and "已" in again.json()["error"]
    assert _audit_count(api) == before
    member = api.client.get(_path(api, "members/wxid_lina_jac"), headers=admin).json()
    assert member["on_leave_until"] is not None


def test_exports_defuse_formulas_and_keep_department_scoping(api):
    from qungui.governance.leave.service import request_leave

    start = api.clock.now() + timedelta(days=1)
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        set_member_department(
            api.session, group=group, member_id="wxid_wanglei_hsb", department="工程部", actor="t", now=api.clock.now()
        )
        request_leave(
            api.session, group=group, member="wxid_wanglei_hsb", start=start, end=start + timedelta(days=1),
            reason='=HYPERLINK("http://evil.example","点我")', now=api.clock.now(),
        )  # fmt: skip
    head = _token(api, ConsoleRole.DEPT_HEAD, department="工程部")
    leave_csv = api.client.get(_path(api, "leave/export"), headers=head).content.decode("utf-8")
    assert "'=HYPERLINK" in leave_csv and ",=HYPERLINK" not in leave_csv
    members_csv = api.client.get(_path(api, "members/export"), headers=head).content.decode("utf-8")
    rows = members_csv.strip().splitlines()
    assert len(rows) == 2 and rows[1].startswith("wxid_wanglei_hsb,")  # the header and their one member


def test_tasks_given_through_the_api_and_a_department_head_limited_to_their_department(api):
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        set_member_department(
            api.session, group=group, member_id="wxid_wanglei_hsb", department="工程部", actor="t", now=api.clock.now()
        )
    head = _token(api, ConsoleRole.DEPT_HEAD, department="工程部", member_id="wxid_zhengkai_bb")
    due = (api.clock.now() + timedelta(hours=4)).isoformat()
    outside = api.client.post(_path(api, "tasks"), json={"owners": ["wxid_lina_jac"], "text": "提交周报"}, headers=head)
    assert outside.status_code == 403 and "wxid_lina_jac" in outside.json()["error"]
    given = api.client.post(
        _path(api, "tasks"), json={"owners": ["wxid_wanglei_hsb"], "text": "提交周报", "due_at": due}, headers=head
    )
    assert given.status_code == 201, given.text
    assert [(t["owner_id"], t["issuer_id"], t["status"]) for t in given.json()] == [
        ("wxid_wanglei_hsb", "wxid_zhengkai_bb", "waiting")
    ]
    assert any("提交周报" in item.text for item in api.group.timeline.since(0))  # announced in the group
    past = api.client.post(
        _path(api, "tasks"),
        json={"owners": ["wxid_wanglei_hsb"], "text": "x", "due_at": "2020-01-01T00:00:00+08:00"},
        headers=head,
    )
    assert past.status_code == 400 and "已经过去" in past.json()["error"]


def test_department_heads_see_cases_and_reports_of_their_department_only(api):
    case_id = _queued_case(api)  # about wxid_zhangjh_1978, in no department
    report_id = _report(api)
    head = _token(api, ConsoleRole.DEPT_HEAD, department="工程部")
    admin = _token(api, ConsoleRole.ADMIN)
    assert api.client.get(_path(api, "cases"), headers=head).json()["total"] == 0
    assert api.client.get(_path(api, f"cases/{case_id}"), headers=head).status_code == 404
    assert api.client.get(_path(api, "reports"), headers=head).json()["total"] == 0
    assert api.client.get(_path(api, f"reports/{report_id}"), headers=head).status_code == 404
    assert api.client.get(_path(api, "cases"), headers=admin).json()["total"] == 1
    with api.session.begin():
        group = api.session.get(Group, api.group_id)
        set_member_department(
            api.session, group=group, member_id="wxid_zhangjh_1978", department="工程部", actor="t", now=api.clock.now()
        )
    assert [c["id"] for c in api.client.get(_path(api, "cases"), headers=head).json()["items"]] == [case_id]
