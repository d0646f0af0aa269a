"""`qungui serve`, the README's first command: comes up on a fresh SQLite file, serves the demo, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

READY = "已就绪：在浏览器打开 "
START_TIMEOUT_S = 60  # the README promises a demo group within a minute


@pytest.mark.slow
def test_serve_starts_the_demo_group_and_stops_cleanly(tmp_path: Path):
    qungui = Path(sys.executable).with_name("qungui")
    command = [str(qungui)] if qungui.exists() else [sys.executable, "-m", "qungui.cli.main"]
    env = {**os.environ, "QUNGUI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
    process = subprocess.Popen(
        [*command, "serve", "--port", "0"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url, lines, started = None, [], time.monotonic()
        while url is None and time.monotonic() - started < START_TIMEOUT_S:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if READY in line:
                url = line.split(READY, 1)[1].split()[0]
        assert url is not None, "serve did not report ready:\n" + "".join(lines)
        while "Ctrl-C" not in lines[-1]:  # the rest of the greeting: console account, demo store
            lines.append(process.stdout.readline())
        with urllib.request.urlopen(url, timeout=10) as response:
            page = response.read().decode("utf-8")
        assert response.status == 200
        assert "安徽商会会员交流群" in page
        assert "cdn" not in page.lower() and "https://" not in page, "the page works offline"
        _log_in_with_the_printed_demo_account(url.removesuffix("/sim"), "".join(lines))
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
        assert (tmp_path / "serve.sqlite3").exists()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _log_in_with_the_printed_demo_account(base: str, output: str) -> None:
    """The demo prints a random console password once; it opens the console and the demo store."""
    import httpx

    found = re.search(r"账号 (\S+)\s+密码 (\S+)（随机生成", output)
    assert found is not None, output
    username, password = found.groups()
    with httpx.Client(base_url=base, timeout=10) as client:
        form = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None, form.text
        data = {"username": username, "password": password, "csrf_token": token.group(1), "next": "/console"}
        assert client.post("/login", data=data).status_code == 303
        dashboard = client.get("/console", follow_redirects=True)
        assert dashboard.status_code == 200 and "安徽商会会员交流群" in dashboard.text
        wrong = httpx.post(f"{base}/login", data={**data, "password": "Wrong-pass-2026"}, follow_redirects=False)
        assert wrong.status_code != 303, "a wrong password does not log in"
        store = client.get("/console/crm", follow_redirects=True)
        assert store.status_code == 200 and "演示门店" in store.text


# -- serve --platform: the config file is checked as a whole before anything starts ---------------------


def _run_serve(*args: str):
    from typer.testing import CliRunner

    from qungui.cli.main import app

    return CliRunner().invoke(app, ["serve", *args])


def test_serve_platform_reports_every_config_problem_per_field_and_exits_non_zero(tmp_path: Path):
    config = tmp_path / "bad.yaml"
    config.write_text(
        """
platform: matrix
matrix:
  homeserver: matrix.example.org
  user_id: qungui
  colour: blue
groups:
  - id: "!room:example.org"
    rulebook: no-such-rulebook
  - id: "!room:example.org"
    rulebook: chamber
  - rulebook: chamber
typo_key: 1
""",
        encoding="utf-8",
    )
    result = _run_serve("--platform", "matrix", "--config", str(config), "--database-url", f"sqlite:///{tmp_path}/x")
    assert result.exit_code == 2, result.output
    out = result.output
    assert "配置有 8 处错误 / 8 problem(s) in the config" in out, out
    assert "groups.0.rulebook: 群规无法加载 / cannot load rulebook 'no-such-rulebook'" in out
    assert "groups.1.id: 群重复 / group '!room:example.org' listed twice" in out
    assert "groups.2.id: 缺少必填项 / Field required" in out
    assert "typo_key: 未知配置项 / unknown key" in out
    assert "matrix.homeserver: 格式不对 / " in out and "matrix.user_id: 格式不对 / " in out
    assert "matrix.colour: 未知配置项 / " in out
    assert "access_token" in out
    assert not (tmp_path / "x").exists(), "nothing started: no database created"


def test_serve_platform_unknown_platform_missing_file_and_bad_syntax(tmp_path: Path):
    missing = _run_serve("--platform", "matrix", "--config", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2 and "无法读取配置文件 / cannot read the config file" in missing.output
    broken = tmp_path / "broken.toml"
    broken.write_text("platform = [unclosed\n", encoding="utf-8")
    syntax = _run_serve("--config", str(broken))
    assert syntax.exit_code == 2 and "格式错误 / syntax error" in syntax.output
    good = tmp_path / "unknown.toml"
    good.write_text('[[groups]]\nid = "g1"\nrulebook = "chamber"\n', encoding="utf-8")
    unknown = _run_serve("--platform", "fax", "--config", str(good))
    assert unknown.exit_code == 2 and "platform: 未知平台 / unknown platform 'fax'; known: " in unknown.output
    assert "matrix" in unknown.output
    without = _run_serve("--platform", "matrix")
    assert without.exit_code == 2 and "--config" in without.output


def test_check_config_gives_the_connector_its_section_and_the_groups():
    from qungui.cli.serve_platform import check_config

    plan = check_config(
        {
            "matrix": {"homeserver": "https://m.example.org", "user_id": "@q:example.org", "password": "pw"},
            "groups": [{"id": "!a:example.org", "name": "一群", "rulebook": "community", "admins": ["@x:example.org"]}],
        },
        platform="matrix",
    )
    assert plan.platform == "matrix"
    assert plan.options["groups"] == [{"id": "!a:example.org", "name": "一群"}]
    assert plan.options["password"] == "pw"
    assert plan.books["!a:example.org"].rulebook.name == "community"
    assert plan.config.groups[0].admins == ["@x:example.org"]


def test_a_connector_that_dies_stops_the_service_with_a_log_line(caplog):
    """Serving a console for a group nobody watches any more would hide the failure until Ctrl-C."""
    import asyncio
    import logging

    from starlette.applications import Starlette

    from qungui.cli.serve import listen
    from qungui.cli.serve_platform import PlatformService, serve_platform

    class Dying:
        name = "dying"

        async def run(self, sink, stop):
            raise ConnectionRefusedError("homeserver said no")

    from types import SimpleNamespace

    from qungui.core.clock import SystemClock

    runtime = SimpleNamespace(sessions=None, clock=SystemClock())  # never reached: the connector dies first
    service = PlatformService(engine=None, runtime=runtime, connector=Dying(), app=Starlette())  # type: ignore[arg-type]
    sock = listen("127.0.0.1", 0)
    try:
        with caplog.at_level(logging.ERROR):
            asyncio.run(asyncio.wait_for(serve_platform(service, sock), 20))
    finally:
        sock.close()
    assert "the connector stopped with an error; stopping the service" in caplog.text
    assert "homeserver said no" in caplog.text


def test_secrets_in_http_client_log_lines_are_masked(caplog):
    import logging

    from qungui.cli.serve_platform import redact_http_logs

    redact_http_logs()
    redact_http_logs()  # installed once, however often serve starts
    assert len(logging.getLogger("httpx").filters) == 1
    with caplog.at_level(logging.INFO, logger="httpx"):
        logging.getLogger("httpx").info(
            'HTTP Request: %s %s "%s %d %s"',
            "GET",
            "https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww01&corpsecret=SECRET-abc123",
            "HTTP/1.1",
            200,
            "OK",
        )
        logging.getLogger("httpx").info("HTTP Request: POST https://x/cgi-bin/message/send?access_token=TOKEN-xyz")
        logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot123456:AAbbCC-dd_ee/getUpdates")
        logging.getLogger("httpx").info("HTTP Request: POST https://x/cgi-bin/webhook/send?key=ROBOT-KEY-1")
    text = caplog.text
    for secret in ("SECRET-abc123", "TOKEN-xyz", "AAbbCC-dd_ee", "ROBOT-KEY-1"):
        assert secret not in text, secret
    assert "corpsecret=***" in text and "/bot123456:***/getUpdates" in text and "corpid=ww01" in text
