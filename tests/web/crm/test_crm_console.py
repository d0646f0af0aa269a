"""The CRM console pages: overview, customer list, a customer (profile only for roles allowed), import."""

from __future__ import annotations

from sqlalchemy import func, select

from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.audit.models import AuditEntry
from web.auth_helpers import csrf, login, make_user


def logged_in(crm_app, role: ConsoleRole):
    client = crm_app.fresh_client()
    username, password = make_user(crm_app.session, role=role)
    login(client, username, password)
    return client


def profile_reads(crm_app) -> int:
    with crm_app.session.begin():
        return crm_app.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "crm.profile.read")
        )


def test_viewer_sees_the_store_but_not_profiles(crm_app):
    store = crm_app.store_id
    anonymous = crm_app.fresh_client().get("/console/crm", follow_redirects=False)
    assert anonymous.status_code in (303, 307) and "/login" in anonymous.headers["location"]
    client = logged_in(crm_app, ConsoleRole.VIEWER)
    home = client.get("/console/crm", follow_redirects=False)
    assert home.status_code == 303 and home.headers["location"] == f"/console/crm/{store}"
    overview = client.get(f"/console/crm/{store}")
    assert (
        overview.status_code == 200
        and "顾客保持率 CRR = (E−N)/S" in overview.text
        and 'data-table="cohorts"' in overview.text
    )
    assert "按默认规则重新分级" not in overview.text  # a viewer cannot recompute
    listed = client.get(f"/console/crm/{store}/customers", params={"tier": "A"})
    assert listed.status_code == 200 and f"/console/crm/{store}/customers/V" in listed.text
    page = client.get(f"/console/crm/{store}/customers/V0001")
    assert page.status_code == 200 and "您的角色不能查看顾客档案" in page.text and "高尔夫" not in page.text
    assert profile_reads(crm_app) == 0
    assert client.get(f"/console/crm/{store}/import").status_code == 403
    assert client.get("/console/crm/999").status_code == 404


def test_admin_reads_profile_audited_logs_contact_and_imports(crm_app):
    store = crm_app.store_id
    client = logged_in(crm_app, ConsoleRole.ADMIN)
    page = client.get(f"/console/crm/{store}/customers/V0001")
    assert page.status_code == 200 and 'value="高尔夫"' in page.text and "一、顾客本人" in page.text
    assert profile_reads(crm_app) == 1
    token = csrf(client)
    saved = client.post(
        f"/console/crm/{store}/customers/V0001/profile",
        data={"csrf_token": token, "q4": "静安"},
        follow_redirects=False,
    )
    assert saved.status_code == 303 and "ok=" in saved.headers["location"]
    assert 'value="静安"' in client.get(f"/console/crm/{store}/customers/V0001").text
    logged = client.post(
        f"/console/crm/{store}/customers/V0001/contacts",
        data={"csrf_token": token, "channel": "visit", "note": "到店试穿"},
        follow_redirects=False,
    )
    assert logged.status_code == 303
    assert "拜访" in client.get(f"/console/crm/{store}/customers/V0001").text
    refused = client.post(
        f"/console/crm/{store}/customers/V0001/contacts", data={"channel": "visit"}, follow_redirects=False
    )
    assert refused.status_code == 403  # no CSRF token
    csv = "订单号,会员编号,日期,金额\nX1,V0001,2026-11-01,10\nX2,V0001,bad,10\n"
    result = client.post(
        f"/console/crm/{store}/import", data={"csrf_token": token}, files={"file": ("x.csv", csv.encode(), "text/csv")}
    )
    assert result.status_code == 200 and "读取2行，导入1行，1行有问题未导入" in result.text
    assert "无法识别的日期：bad" in result.text
    missing = client.post(
        f"/console/crm/{store}/import", data={"csrf_token": token}, files={"file": ("y.csv", b"a,b\n1,2\n", "text/csv")}
    )
    assert missing.status_code == 422 and "缺少必需的列" in missing.text
    tiers = client.post(f"/console/crm/{store}/tiers", data={"csrf_token": token}, follow_redirects=True)
    assert tiers.status_code == 200 and "变动" in tiers.text


def test_hand_over_from_the_overview(crm_app):
    store = crm_app.store_id
    client = logged_in(crm_app, ConsoleRole.OWNER)
    token = csrf(client)
    page = client.get(f"/console/crm/{store}")
    assert 'data-table="associates"' in page.text and 'name="successors"' in page.text
    done = client.post(
        f"/console/crm/{store}/handover",
        data={"csrf_token": token, "leaving": "陈静", "successors": ["王芳", "刘洋"]},
        follow_redirects=True,
    )
    assert done.status_code == 200 and "陈静 → 王芳、刘洋：24 位顾客" in done.text and "陈静（已离职）" in done.text
    again = client.post(
        f"/console/crm/{store}/handover",
        data={"csrf_token": token, "leaving": "王芳", "successors": ["王芳"]},
        follow_redirects=True,
    )
    assert "不能交接给自己" in again.text
    viewer = logged_in(crm_app, ConsoleRole.VIEWER)
    refused = viewer.post(
        f"/console/crm/{store}/handover", data={"csrf_token": csrf(viewer), "leaving": "王芳", "successors": ["刘洋"]}
    )
    assert refused.status_code == 403
