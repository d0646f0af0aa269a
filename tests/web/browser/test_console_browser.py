"""The console in a real headless Chromium: log in, work a report, post a notice and watch the
acknowledgements arrive from the simulator, edit the rulebook, and use it on a phone-size screen.

One server (the real app: simulator, demo group, scheduler on) for the whole module; screenshots go to
tests/web/browser/artifacts/ (or $QUNGUI_TEST_ARTIFACTS).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from qungui.cli.serve import build_simulator, listen
from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.accounts.service import create_user, grant_role
from qungui.governance.groups.models import Group
from qungui.governance.reports.models import Report
from qungui.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("QUNGUI_TEST_ARTIFACTS") or Path(__file__).parent / "artifacts")
OWNER_MEMBER = "wxid_ahsh_chen01"
ZHANG = "wxid_zhangjh_1978"
LILY = "wxid_lily_0526"
PASSWORD = "Console-Pass-2026"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)"),
]


@dataclass
class Served:
    base: str
    group_db_id: int
    group_id: str
    simulator: object
    loop: asyncio.AbstractEventLoop

    def run(self, coroutine, timeout: float = 20):
        """Run `coroutine` on the server's event loop (where the hub and runtime live) and wait for it."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def url(self, path: str = "") -> str:
        return f"{self.base}/console/g/{self.group_db_id}{path}"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    import uvicorn

    folder = tmp_path_factory.mktemp("console-browser")
    simulator = build_simulator(Settings(database_url=f"sqlite:///{folder / 'console.sqlite3'}"))
    sock = listen("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(simulator.app, log_level="warning", lifespan="on"))
    holder: dict[str, asyncio.AbstractEventLoop] = {}

    async def main() -> None:
        holder["loop"] = asyncio.get_running_loop()
        await simulator.start()
        await server.serve(sockets=[sock])

    thread = threading.Thread(target=asyncio.run, args=(main(),), name="qungui-console-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:  # readiness, not logic: the browser needs a listening server
        assert thread.is_alive() and time.monotonic() < deadline, "the console server did not start"
        time.sleep(0.05)
    group_id = simulator.hub.groups[0].ref.id
    now = datetime.now(UTC)
    with simulator.runtime.sessions.begin() as session:
        group_db_id = session.scalars(select(Group.id).where(Group.external_id == group_id)).one()
        for username, role, member in (
            ("owner", ConsoleRole.OWNER, OWNER_MEMBER),
            ("viewer", ConsoleRole.VIEWER, None),
        ):
            user = create_user(session, username=username, password=PASSWORD, actor="test", now=now)
            grant_role(session, user=user, role=role, group_id=group_db_id, member_id=member, actor="test", now=now)
    host, port = sock.getsockname()[:2]
    try:
        yield Served(f"http://{host}:{port}", group_db_id, group_id, simulator, holder["loop"])
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
        simulator.engine.dispose()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    """A new browser context (own cookies) on a desktop screen; page errors fail the test."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on(
        "console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" and not refusal(msg.text) else None
    )
    tab.on("dialog", lambda dialog: dialog.accept())  # the confirmations before destructive actions
    yield tab
    context.close()


def refusal(text: str) -> bool:
    """Chromium logs a page answered with 400 (an invalid rulebook shown again) as a failed load: expected."""
    return text.startswith("Failed to load resource: the server responded with a status of 400")


def expect():
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(tab, served: Served, username: str = "owner") -> None:
    tab.goto(served.url())
    expect()(tab).to_have_url(f"{served.base}/login?next=/console/g/{served.group_db_id}")
    tab.fill('input[name="username"]', username)
    tab.fill('input[name="password"]', PASSWORD)
    tab.click('form.auth-form button[type="submit"]')
    expect()(tab.locator("h1")).to_have_text("总览", timeout=15_000)


def test_log_in_and_see_the_dashboard(page, served):
    page.goto(served.url())
    expect()(page.locator("form.auth-form")).to_be_visible()
    shot(page, "console-login")
    log_in(page, served)
    expect()(page.locator(".kpi").first).to_be_visible()
    expect()(page.locator("svg.chart")).to_have_count(5)
    expect()(page.locator(".sidenav")).to_contain_text("举报")
    shot(page, "console-dashboard")
    assert page.errors == [], page.errors


def test_work_a_report_from_the_queue(page, served):
    served.run(served.simulator.hub.say(served.group_id, ZHANG, "举报 @Lily小美 私下发广告 三.4.1", mentions=[LILY]))
    with served.simulator.runtime.sessions.begin() as session:
        number = session.scalars(select(Report.id).order_by(Report.id.desc())).first()
    log_in(page, served)
    page.click('.sidenav a:has-text("举报")')
    row = page.locator("table.data tbody tr", has_text=f"J{number}")
    expect()(row).to_contain_text("待处理")
    expect()(row).to_contain_text("老张")  # the owner may see the reporter
    shot(page, "console-report-queue")
    row.locator('button:has-text("核实并处理")').click()
    expect()(page.locator(".flash.ok")).to_contain_text(f"举报 J{number} 已核实", timeout=15_000)
    expect()(page.locator("table.data tbody tr", has_text=f"J{number}")).to_contain_text("已核实")
    shot(page, "console-report-verified")
    assert page.errors == [], page.errors


def test_the_reporter_stays_hidden_from_a_viewer(page, served):
    log_in(page, served, "viewer")
    page.goto(served.url("/reports"))
    expect()(page.locator("h1")).to_have_text("举报队列")
    assert page.locator('th:text-is("举报人")').count() == 0
    expect()(page.locator("table.data tbody")).not_to_contain_text("老张")


def test_post_a_notice_and_watch_acknowledgements_arrive(page, served):
    log_in(page, served)
    page.goto(served.url("/notices"))
    page.click("details.form-card summary")
    page.fill('#notice-form textarea[name="text"]', "周五下午三点理事会，请各位准时参加")
    page.click('#notice-form button[type="submit"]')
    expect()(page.locator(".flash.ok")).to_contain_text("已发布", timeout=15_000)
    matrix = page.locator("#matrix")
    total = int(matrix.get_attribute("data-total"))
    assert total > 3 and matrix.get_attribute("data-acked") == "0"
    shot(page, "console-notice-posted")
    for member in (ZHANG, LILY):  # members answer in the simulated group
        served.run(served.simulator.hub.say(served.group_id, member, "收到"))
    expect()(page.locator("#matrix .matrix-count strong")).to_have_text("2", timeout=15_000)  # the page refreshes
    expect()(page.locator("#matrix tr.acked")).to_have_count(2)
    expect()(page.locator('#matrix tr.acked[data-member="wxid_lily_0526"]')).to_contain_text("已收到")
    shot(page, "console-notice-acknowledged")
    assert page.errors == [], page.errors


def test_edit_the_rulebook(page, served):
    log_in(page, served)
    page.goto(served.url("/rulebook"))
    original = page.locator("#yaml").input_value()
    assert "clauses:" in original
    page.fill("#yaml", original.replace("clauses:", "clauzes:", 1))
    page.click('button[name="action"][value="save"]')
    expect()(page.locator("#rulebook-problems")).to_contain_text("未保存", timeout=15_000)
    shot(page, "console-rulebook-invalid")
    page.fill("#sample", "加我薇❤信领福利")
    page.fill("#yaml", original)
    page.click('button[name="action"][value="try"]')
    expect()(page.locator("#try-result")).to_contain_text("微信", timeout=15_000)
    shot(page, "console-rulebook-try")
    page.fill("#yaml", original.replace("title: ", "title: 【修订】", 1))
    page.click('button[name="action"][value="save"]')
    expect()(page.locator(".flash.ok")).to_contain_text("群规已保存并启用", timeout=15_000)
    assert "【修订】" in page.locator("#yaml").input_value()
    ref = served.simulator.runtime.groups[0]
    assert served.simulator.runtime.book(ref).rulebook.title.startswith("【修订】")
    assert page.errors == [], page.errors


def test_on_a_phone_the_navigation_collapses_and_tables_scroll(browser, served):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True, has_touch=True
    )
    tab = context.new_page()
    try:
        log_in(tab, served)
        nav = tab.locator("#sidenav")
        assert nav.bounding_box()["x"] < 0, "the side navigation is off screen until asked for"
        shot(tab, "console-phone-dashboard")
        tab.click("[data-nav-toggle]")
        expect()(tab.locator("[data-nav-toggle]")).to_have_attribute("aria-expanded", "true")
        expect()(nav).to_be_in_viewport(ratio=0.9)
        shot(tab, "console-phone-menu")
        tab.click('#sidenav a:has-text("成员")')
        wrap = tab.locator(".table-wrap").first
        expect()(wrap).to_be_visible()
        widths = wrap.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert widths[0] > widths[1], "the member table scrolls sideways instead of squeezing"
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no page-wide overflow"
        shot(tab, "console-phone-members")
    finally:
        context.close()


def test_the_dashboard_after_the_days_work(page, served):
    served.run(served.simulator.hub.say(served.group_id, LILY, "代理微商产品，招代理，加V：abc12345"))
    log_in(page, served)
    by_clause = page.locator("figure.chart-card", has_text="按条款统计违规")
    expect()(by_clause.locator("svg text", has_text="三.4.1")).to_have_count(1)
    expect()(page.locator("figure.chart-card", has_text="通知回执率").locator("rect.chart-bar")).to_have_count(1)
    assert page.locator("figure.chart-card", has_text="近 14 天违规数").locator("rect.chart-bar").count() == 14
    shot(page, "console-dashboard-after-work")
    page.goto(served.url("/cases"))
    page.locator("table.data tbody tr", has_text="Lily小美").first.locator("a").first.click()
    expect()(page.locator("h1")).to_contain_text("案件 A")
    expect()(page.locator(".clause-text")).to_be_visible()
    shot(page, "console-case")
    assert page.errors == [], page.errors
