"""The simulator's page and JSON endpoints: the token, clear Chinese refusals, and what the bot did."""

from __future__ import annotations

import asyncio
from pathlib import Path

from fastapi.testclient import TestClient

from qungui.adapters.simulator.demo import BOT
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.clock import SystemClock
from qungui.runtime.service import Runtime
from qungui.settings import Settings
from qungui.web.app import create_app
from qungui.web.security import TOKEN_HEADER

LILY = "wxid_lily_0526"
ZHANG = "wxid_zhangjh_1978"
OWNER = "wxid_ahsh_chen01"
AD = "代理微商产品，招代理，加V：abc12345"
QR_INVITE = Path(__file__).resolve().parents[1] / "data" / "qr" / "group_invite.png"


def test_the_root_sends_you_to_the_simulator(page):
    response = page.client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307) and response.headers["location"] == "/sim"


def test_the_page_is_chinese_self_contained_and_issues_a_token(page):
    response = page.client.get("/sim")
    html = response.text
    assert response.status_code == 200 and "安徽商会会员交流群" in html and 'lang="zh-CN"' in html
    assert "http://" not in html and "https://" not in html, "no CDN, no external fonts"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    for asset in ("/static/sim.js", "/static/sim.css"):
        assert page.client.get(asset).status_code == 200


def test_posts_need_the_pages_token(page):
    bare = page.client.post("/sim/api/say", json={"member": LILY, "text": "你好"})
    assert bare.status_code == 403 and "刷新" in bare.json()["error"]
    forged = page.client.post("/sim/api/say", json={"member": LILY, "text": "你好"}, headers={TOKEN_HEADER: "0" * 64})
    assert forged.status_code == 403
    odd = page.client.post(
        "/sim/api/say", json={"member": LILY, "text": "你好"}, headers={TOKEN_HEADER: "é".encode("latin-1")}
    )
    assert odd.status_code == 403, "a token with non-ASCII characters is refused, not a server error"
    stranger = TestClient(page.client.app)  # another browser: no session cookie
    other = stranger.post("/sim/api/say", json={"member": LILY, "text": "你好"}, headers={TOKEN_HEADER: page.token})
    assert other.status_code == 403
    assert page.post("say", member=LILY, text="你好").status_code == 200


def test_bad_input_gets_a_clear_chinese_error_never_a_500(page):
    cases = [
        (page.post("say", text="你好"), 422, "缺少身份"),
        (page.post("say", member=LILY, text="x", kind="video"), 422, "消息类型只能是"),
        (page.post("say", member=LILY, kind="red_envelope", amount="500"), 422, "红包金额超出"),
        (page.post("say", member=LILY, text="x" * 2001), 422, "消息内容太长"),
        (page.post("say", member=LILY, text="   "), 400, "不能发送空白消息"),
        (page.post("say", member="wxid_nobody", text="你好"), 400, "群里没有这个人"),
        (page.post("say", member=LILY, kind="voice"), 400, "语音时长"),
        (page.post("say", member=LILY, text="hi", surprise=1), 422, "不认识的字段"),
        (page.post("arrive", name=""), 422, "昵称不能为空"),
        (page.post("arrive", name="张三", member_id="../etc"), 422, "微信号格式不正确"),
        (page.post("fast-forward", span="2d"), 422, "快进时长只能是"),
        (page.post("leave", member=OWNER), 400, "群主"),
        (page.post("decide", member=LILY, by=LILY, approve=True), 400, "只有群主或管理员"),
    ]
    for response, status, words in cases:
        assert response.status_code == status, response.text
        assert words in response.json()["error"], response.json()
    raw = page.client.post(
        "/sim/api/say", content=b"{oops", headers={TOKEN_HEADER: page.token, "content-type": "application/json"}
    )
    assert raw.status_code == 422 and "JSON" in raw.json()["error"]
    assert page.client.get("/sim/api/updates", params={"since": -1}).status_code == 422


def test_an_ad_comes_back_withdrawn_with_the_bots_answer(page):
    rev = page.updates()["rev"]
    assert page.post("say", member=LILY, text=AD).status_code == 200
    items = page.updates(rev)["items"]
    mine = next(i for i in items if i["sender_id"] == LILY)
    assert mine["deleted"] and mine["text"] == AD and mine["verdict"]
    assert any(i["type"] == "bot" and "Lily小美" in i["mentions"] for i in items)
    assert any(i["type"] == "system" and "撤回" in i["text"] for i in items)
    assert {"time", "day", "epoch"} <= set(mine)


def test_members_come_with_roles_and_nickname_marks(page):
    members = {m["id"]: m for m in page.updates()["members"]}
    assert members[OWNER]["role_label"] == "群主" and members[OWNER]["compliant"] is True
    assert members[ZHANG]["compliant"] is False and members[ZHANG]["on_roster"] is True
    roster = page.updates()["roster_outside"]
    assert {r["id"] for r in roster} == {"wxid_fangwg_hs", "wxid_yangfan_aq"}


def test_a_picture_with_a_group_qr_code_is_withdrawn_and_served_back(page):
    with QR_INVITE.open("rb") as image:
        response = page.client.post(
            "/sim/api/image",
            data={"member": "wxid_zhengkai_bb"},
            files={"file": ("invite.png", image, "image/png")},
            headers={TOKEN_HEADER: page.token},
        )
    assert response.status_code == 200, response.text
    message = response.json()["id"]
    item = next(i for i in page.updates()["items"] if i["id"] == message)
    assert item["kind"] == "image" and item["deleted"]
    served = page.client.get(f"/sim/api/media/{message}")
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    assert page.client.get("/sim/api/media/nope").status_code == 404


def test_pictures_over_the_limit_or_not_pictures_are_refused_in_chinese(page):
    headers = {TOKEN_HEADER: page.token}
    big = page.client.post(
        "/sim/api/image",
        data={"member": LILY},
        files={"file": ("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * (3 * 1024 * 1024), "image/png")},
        headers=headers,
    )
    assert big.status_code == 413 and "2 MB" in big.json()["error"]
    text = page.client.post(
        "/sim/api/image", data={"member": LILY}, files={"file": ("a.txt", b"hello", "text/plain")}, headers=headers
    )
    assert text.status_code == 400 and "只能发送图片" in text.json()["error"]


def test_private_my_record_and_a_confidential_report(page):
    rev = page.updates()["rev"]
    page.post("say", member=ZHANG, text="你就是个废物")
    assert page.post("say", member=ZHANG, text="我的记录", private=True).status_code == 200
    private = page.updates(rev, me=ZHANG)["private"]
    assert [i["type"] for i in private] == ["member", "bot"] and "三.4.3" in private[1]["text"]
    reporter = "wxid_wanglei_hsb"
    report = page.post(
        "say", member=reporter, text="举报 @Lily小美\u2005在群里发微商广告", private=True, mentions=[LILY]
    )
    assert report.status_code == 200
    admin = page.client.get("/sim/api/admin").json()
    assert admin["found"] and admin["reports"] and admin["reports"][0]["target"] == "Lily小美"
    assert reporter not in str(admin) and "合肥徽商银行" not in str(admin["reports"]), "the reporter stays hidden"


def test_fast_forward_lets_deadlines_fire(page):
    page.post("say", member=LILY, text=AD)
    fines = page.client.get("/sim/api/admin").json()["fines"]
    assert [(f["member"], f["overdue"]) for f in fines] == [("Lily小美", False)]
    response = page.post("fast-forward", span="1d")
    assert response.status_code == 200
    assert page.client.get("/sim/api/admin").json()["fines"][0]["overdue"] is True
    notices = [i["text"] for i in page.updates(me=OWNER)["private"]]
    assert any("逾期" in text for text in notices)
    assert any(i["tone"] == "time" for i in page.updates()["items"])


def test_joins_and_approvals_through_the_api(page):
    held = page.post("arrive", name="阳光的微笑", inviter="wxid_lina_jac").json()
    assert held["status"] == "pending"
    listed = page.post("arrive", name="黄山徽州茶业董事长方卫国", member_id="wxid_fangwg_hs").json()
    assert listed["status"] == "active", "on the member list: qungui approves the request"
    assert page.post("decide", member=held["member"], by=OWNER, approve=True).json()["status"] == "active"
    direct = page.post("arrive", name="安庆天柱建材市场部杨帆", member_id="wxid_yangfan_aq", inviter=OWNER).json()
    assert direct["status"] == "active"
    assert page.post("rename", member=ZHANG, name="合肥建工集团项目部经理张建华").status_code == 200
    members = {m["id"]: m for m in page.updates()["members"]}
    assert members[ZHANG]["compliant"] is True and members[held["member"]]["status"] == "active"
    refused = page.post("arrive", name="卖茶叶的小王", inviter=LILY).json()
    assert {m["id"]: m for m in page.updates()["members"]}[refused["member"]]["hold_reason"]
    assert page.post("decide", member=refused["member"], by=OWNER, approve=False).status_code == 200
    assert refused["member"] not in {m["id"] for m in page.updates()["members"]}


def test_fast_forward_is_refused_on_the_real_clock(session_factory):
    hub = SimulatorHub(clock=SystemClock(), bot=BOT)
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=hub.clock, bot=BOT)
    hub.attach(runtime)
    from qungui.adapters.simulator.demo import start_demo

    asyncio.run(start_demo(hub, runtime))
    app = create_app(runtime, hub, settings=Settings(), run_scheduler=False)
    with TestClient(app) as client:
        html = client.get("/sim").text
        assert "data-forward" not in html
        token = html.split('name="qungui-token" content="')[1].split('"')[0]
        response = client.post("/sim/api/fast-forward", json={"span": "1h"}, headers={TOKEN_HEADER: token})
        assert response.status_code == 400 and "真实时钟" in response.json()["error"]


def test_without_the_demo_the_page_says_so(session_factory):
    hub = SimulatorHub(clock=SystemClock(), bot=BOT)
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=hub.clock, bot=BOT)
    hub.attach(runtime)
    with TestClient(create_app(runtime, hub, settings=Settings(), run_scheduler=False)) as client:
        assert "没有加载模拟群" in client.get("/sim").text
        response = client.get("/sim/api/updates")
        assert response.status_code == 400 and "--no-demo" in response.json()["error"]


def test_a_report_posted_in_the_group_leaves_no_trace_of_the_reporter(page):
    reporter, name = "wxid_wanglei_hsb", "合肥徽商银行"
    rev = page.updates()["rev"]
    sent = page.post("say", member=reporter, text="举报 @Lily小美\u2005在群里发微商广告", mentions=[LILY])
    assert sent.status_code == 200
    for viewer in (None, LILY, ZHANG):
        seen = page.client.get("/sim/api/updates", params={"since": rev, **({"me": viewer} if viewer else {})}).json()
        assert reporter not in str(seen) and name not in str(seen), f"viewer {viewer} sees the reporter"
        assert any("举报" in item["text"] and item["deleted"] for item in seen["items"])
    mine = page.updates(rev, me=reporter)["private"]
    assert any("举报" in item["text"] and "保密" in item["text"] for item in mine if item["type"] == "bot")
    admin = page.client.get("/sim/api/admin").json()
    assert reporter not in str(admin) and name not in str(admin)
