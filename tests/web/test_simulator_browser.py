"""The simulator in a real headless Chromium: switch identity, post an ad, watch qungui answer and withdraw it."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

import pytest

from qungui.cli.serve import build_simulator, listen, page_url
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
LILY = "wxid_lily_0526"
AD = "代理微商产品，招代理，加V：abc12345"

pytestmark = pytest.mark.browser


@pytest.fixture
def server(tmp_path):
    """The real app (demo group, simulator clock, scheduler on) served by uvicorn in a thread on a free port."""
    import uvicorn

    simulator = build_simulator(Settings(database_url=f"sqlite:///{tmp_path / 'browser.sqlite3'}"))
    sock = listen("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(simulator.app, log_level="warning", lifespan="on"))

    async def main() -> None:
        await simulator.start()
        await server.serve(sockets=[sock])

    thread = threading.Thread(target=asyncio.run, args=(main(),), name="qungui-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:  # readiness, not logic: the page needs a listening server
        assert thread.is_alive() and time.monotonic() < deadline, "the simulator server did not start"
        time.sleep(0.05)
    try:
        yield page_url("127.0.0.1", sock)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
        simulator.engine.dispose()


def artifacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("QUNGUI_TEST_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)")
def test_an_ad_in_the_browser_is_answered_and_withdrawn(server, tmp_path):
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="zh-CN")
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.goto(server)
            expect = sync_api.expect
            expect(page.locator("#timeline .row").first).to_be_visible(timeout=15_000)

            page.locator(f'#member-list [data-member="{LILY}"] .speak').click()
            expect(page.locator("#me-card .me-name")).to_have_text("Lily小美")
            page.fill("#text", AD)
            page.click("#send")

            answer = page.locator("#timeline .row.bot .bubble", has_text="Lily小美")
            expect(answer.first).to_contain_text("违反了群规【三.4.1", timeout=15_000)
            mine = page.locator("#timeline .row.mine").last
            expect(mine.locator("[data-withdrawn]")).to_contain_text("消息已被撤回", timeout=15_000)
            expect(mine.locator(".verdict")).to_contain_text("三.4.1")
            expect(page.locator("#timeline .sys", has_text="撤回了一条成员消息")).to_be_visible()

            page.click('.tab[data-tab="admin"]')
            expect(page.locator("#admin-view")).to_contain_text("Lily小美 罚发群红包 20 元", timeout=15_000)
            page.screenshot(path=str(artifacts(tmp_path) / "simulator-ad-withdrawn.png"), full_page=True)
            assert errors == [], errors
        finally:
            browser.close()
