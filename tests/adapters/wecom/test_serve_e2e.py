"""`qungui serve --platform wecom --config FILE`: WeCom's URL check and a signed, encrypted callback."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml

from adapters.onebot.fake_server import running
from adapters.wecom.fake_server import AES_KEY, AGENT_ID, CORP_ID, SECRET, TOKEN, FakeWeCom, callback_request, payload

CHAT = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"


@pytest.mark.slow
def test_serve_answers_the_url_check_and_takes_a_customer_group_callback(tmp_path: Path):
    fake = FakeWeCom()
    lines: list[str] = []

    async def play():
        async with running(fake.app()) as api:
            config = tmp_path / "qungui-wecom.yaml"
            options = {
                "corp_id": CORP_ID,
                "secret": SECRET,
                "agent_id": AGENT_ID,
                "token": TOKEN,
                "encoding_aes_key": AES_KEY,
                "mode": "customer_group",
                "api_base": api + "/cgi-bin",
            }
            group = {"id": CHAT, "name": "VIP客户群", "rulebook": "vip-store", "owner": "lisi"}
            config.write_text(yaml.safe_dump({"platform": "wecom", "wecom": options, "groups": [group]}))
            qungui = Path(sys.executable).with_name("qungui")
            command = [str(qungui)] if qungui.exists() else [sys.executable, "-m", "qungui.cli.main"]
            env = {**os.environ, "QUNGUI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
            process = subprocess.Popen(
                [*command, "serve", "--platform", "wecom", "--config", str(config), "--port", "0"],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()
            try:
                deadline = time.monotonic() + 60
                base = None
                while base is None and time.monotonic() < deadline:
                    found = [re.search(r"(http://127\.0\.0\.1:\d+)/", line) for line in lines if "管理后台" in line]
                    base = found[0].group(1) if found and found[0] else None
                    await asyncio.sleep(0.05)
                assert base is not None, "".join(lines)
                async with httpx.AsyncClient(base_url=base) as client:
                    stamp = str(int(time.time()))  # the service runs on the real clock
                    check_query, _b, echostr = callback_request("1616140317555161061", timestamp=stamp)
                    verified = await client.get("/wecom/callback", params=check_query | {"echostr": echostr})
                    query, body, _e = callback_request(payload("app_text.xml"), timestamp=stamp)
                    accepted = await client.post("/wecom/callback", params=query, content=body)
                    forged = await client.post("/wecom/callback", params=query | {"nonce": "x"}, content=body)
                async with asyncio.timeout(30):
                    while not fake.app_messages:
                        await asyncio.sleep(0.05)
                process.send_signal(signal.SIGINT)
                await asyncio.to_thread(process.wait, 30)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait(timeout=10)
            return process, verified, accepted, forged

    process, verified, accepted, forged = asyncio.run(play())
    assert process.returncode == 0, "".join(lines)
    assert (verified.status_code, verified.text) == (200, "1616140317555161061")
    assert (accepted.status_code, accepted.text) == (200, "success")
    assert forged.status_code == 403
    reply = fake.app_messages[0]
    assert reply["touser"] == "lisi" and "记录" in reply["text"]["content"], "我的记录 answered through the app"
