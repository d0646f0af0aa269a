"""The CRM API: who may see what (profiles audited), imports with their report, tiers, metrics, hand-over."""

from __future__ import annotations

from sqlalchemy import select

from qungui.crm.customers.models import Store
from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.audit.models import AuditEntry
from web.auth_helpers import bearer, make_token, make_user

BASE = "/api/v1/crm"


def token_for(app, role: ConsoleRole, group_id: int | None = None) -> dict[str, str]:
    username, _ = make_user(app.session, role=role, group_id=group_id)
    return bearer(make_token(app.session, username))


def test_roles_decide_who_sees_customers_and_profiles(crm_app):
    client, store = crm_app.client, crm_app.store_id
    assert client.get(f"{BASE}/stores").status_code == 401
    viewer = token_for(crm_app, ConsoleRole.VIEWER)
    stores = client.get(f"{BASE}/stores", headers=viewer).json()
    assert [s["id"] for s in stores] == [store] and sum(stores[0]["tiers"].values()) == 120
    listed = client.get(f"{BASE}/stores/{store}/customers", params={"tier": "A", "limit": 5}, headers=viewer).json()
    assert listed["total"] > 0 and {c["tier"] for c in listed["items"]} == {"A"}
    code = listed["items"][0]["code"]
    page = client.get(f"{BASE}/stores/{store}/customers/{code}", headers=viewer).json()
    assert page["tier"] == "A" and page["tier_history"][0]["new"] == "A" and page["purchases"]
    refused = client.get(f"{BASE}/stores/{store}/customers/{code}/profile", headers=viewer)
    assert refused.status_code == 403 and "查看客户档案" in refused.json()["error"]
    assert client.post(f"{BASE}/stores/{store}/tiers/recompute", headers=viewer).status_code == 403

    auditor = token_for(crm_app, ConsoleRole.AUDITOR)
    profile = client.get(f"{BASE}/stores/{store}/customers/V0001/profile", headers=auditor)
    assert profile.status_code == 200 and profile.json()["total"] == 66 and profile.json()["answers"]["q50"] == "高尔夫"
    with crm_app.session.begin():
        reads = crm_app.session.scalars(select(AuditEntry).where(AuditEntry.action == "crm.profile.read")).all()
    assert [(e.actor.startswith("console:u"), e.subject) for e in reads] == [(True, f"crm:{store}:V0001")]
    assert client.get(f"{BASE}/stores/999/customers", headers=auditor).status_code == 404
    other_group = token_for(crm_app, ConsoleRole.ADMIN, group_id=crm_app.other_group_id)
    assert client.get(f"{BASE}/stores", headers=other_group).json() == []
    assert client.get(f"{BASE}/stores/{store}/customers", headers=other_group).status_code == 403


def test_a_grant_in_the_stores_group_is_enough(crm_app):
    with crm_app.session.begin():
        crm_app.session.get(Store, crm_app.store_id).group_id = crm_app.group_id  # the store's VIP group
    admin = token_for(crm_app, ConsoleRole.ADMIN, group_id=crm_app.group_id)
    answer = crm_app.client.get(f"{BASE}/stores/{crm_app.store_id}/customers/V0002/profile", headers=admin)
    assert answer.status_code == 200


def test_admin_edits_profile_imports_tiers_and_hands_over(crm_app):
    client, store = crm_app.client, crm_app.store_id
    admin = token_for(crm_app, ConsoleRole.ADMIN)
    changed = client.put(
        f"{BASE}/stores/{store}/customers/V0003/profile", json={"answers": {"q4": "浦东"}}, headers=admin
    )
    assert changed.status_code == 200 and changed.json() == {"changed": ["q4"]}
    bad = client.put(f"{BASE}/stores/{store}/customers/V0003/profile", json={"answers": {"q70": "x"}}, headers=admin)
    assert bad.status_code == 422 and "没有问题编号 q70" in bad.json()["error"]

    csv = "订单号,会员编号,日期,金额\nW1,V0003,2026-11-01,100\nW2,V0003,2026-11-31,50\nW3,NEW1,2026-11-02,-1\n"
    report = client.post(
        f"{BASE}/stores/{store}/imports", files={"file": ("w.csv", csv.encode("gbk"), "text/csv")}, headers=admin
    ).json()
    assert (report["imported"], report["rejected"], report["encoding"]) == (1, 2, "GBK")
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(3, "日期"), (4, "金额")]
    again = client.post(
        f"{BASE}/stores/{store}/imports", files={"file": ("w.csv", csv.encode("gbk"), "text/csv")}, headers=admin
    ).json()
    assert again["already_imported"] and again["imported"] == 0

    tiers = client.post(
        f"{BASE}/stores/{store}/tiers/recompute",
        json={"method": "amount", "a_min_yuan": 1, "b_min_yuan": 0},
        headers=admin,
    ).json()
    assert tiers["counts"]["B"] == 0 and tiers["changes"] and "A类门槛¥1" in tiers["changes"][0]["reason"]
    saved = client.post(f"{BASE}/stores/{store}/tiers/recompute?save=true", json={"method": "rfm"}, headers=admin)
    assert saved.json()["rules"]["method"] == "rfm"
    assert client.post(f"{BASE}/stores/{store}/tiers/recompute", headers=admin).json()["rules"]["method"] == "rfm"
    wrong = client.post(f"{BASE}/stores/{store}/tiers/recompute", json={"a_share": 0.9, "b_share": 0.5}, headers=admin)
    assert wrong.status_code == 422

    metrics = client.get(f"{BASE}/stores/{store}/metrics", headers=admin).json()
    assert metrics["customers_start"] > 0 and len(metrics["cohorts"]["matrix"]) == 12
    assert (
        metrics["retention"] == (metrics["customers_end"] - metrics["new_customers"]) / metrics["customers_start"] * 100
    )

    contact = client.post(
        f"{BASE}/stores/{store}/customers/V0003/contacts",
        json={"channel": "phone", "note": "回访", "follow_up_at": "2026-12-01T10:00:00+08:00"},
        headers=admin,
    )
    assert contact.status_code == 201
    assert (
        client.post(
            f"{BASE}/stores/{store}/customers/V0003/contacts", json={"channel": "fax"}, headers=admin
        ).status_code
        == 422
    )
    due = client.get(f"{BASE}/stores/{store}/followups", params={"kind": "contact"}, headers=admin).json()
    assert [f["customer"] for f in due["items"]] == ["V0003"]
    done = client.post(f"{BASE}/stores/{store}/followups/{due['items'][0]['id']}/done", headers=admin)
    assert done.json()["status"] == "done"
    assert (
        client.post(f"{BASE}/stores/{store}/followups/{due['items'][0]['id']}/done", headers=admin).status_code == 409
    )

    handed = client.post(
        f"{BASE}/stores/{store}/handover", json={"leaving": "王芳", "successors": ["李娜", "赵敏"]}, headers=admin
    )
    assert handed.status_code == 200 and handed.json()["customers"] == 24
    unknown = client.post(
        f"{BASE}/stores/{store}/handover", json={"leaving": "无名", "successors": ["李娜"]}, headers=admin
    )
    assert unknown.status_code == 422 and "没有导购「无名」" in unknown.json()["error"]

    suggestions = client.get(f"{BASE}/stores/{store}/customers/V0003/suggestions", headers=admin).json()
    assert all(s["reason"].startswith(("交叉销售", "追加销售")) for s in suggestions)
    scan = client.post(f"{BASE}/stores/{store}/at-risk/scan", headers=admin).json()
    assert scan["flagged"] >= 0 and scan["created"] <= scan["flagged"]


def test_events_attendance_and_surveys(crm_app):
    client, store = crm_app.client, crm_app.store_id
    admin = token_for(crm_app, ConsoleRole.ADMIN)
    before = client.get(f"{BASE}/stores/{store}/metrics", headers=admin).json()["surveys"]["answers"]
    answered = client.post(f"{BASE}/stores/{store}/customers/V0001/surveys", json={"score": 5}, headers=admin)
    assert answered.status_code == 201 and answered.json()["score"] == 5
    assert client.get(f"{BASE}/stores/{store}/metrics", headers=admin).json()["surveys"]["answers"] == before + 1
    too_high = client.post(f"{BASE}/stores/{store}/customers/V0001/surveys", json={"score": 6}, headers=admin)
    assert too_high.status_code == 422
    event = client.post(
        f"{BASE}/stores/{store}/events",
        json={"title": "会员日", "starts_at": "2026-12-05T14:00:00+08:00"},
        headers=admin,
    ).json()
    marked = client.post(
        f"{BASE}/stores/{store}/events/{event['id']}/attendance",
        json={"customer": "V0001", "status": "attended"},
        headers=admin,
    )
    assert marked.json() == {"event": event["id"], "customer": "V0001", "status": "attended"}
    missing = client.post(
        f"{BASE}/stores/{store}/events/{event['id']}/attendance",
        json={"customer": "NOPE", "status": "attended"},
        headers=admin,
    )
    assert missing.status_code == 404
