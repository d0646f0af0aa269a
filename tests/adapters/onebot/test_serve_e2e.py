"""`qungui serve --platform onebot --config FILE`: a QQ implementation connects, an ad is withdrawn."""

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

import pytest
import yaml

from adapters.onebot.fake_server import PAYLOADS, FakeOneBot

TOKEN = "9f2c0a1b2c3d4e5f"


@pytest.mark.slow
def test_serve_accepts_the_reverse_websocket_and_withdraws_an_ad(tmp_path: Path):
    config = tmp_path / "qungui-qq.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "platform": "onebot",
                "bot": {"id": "10001", "name": "群规助手"},
                "onebot": {"access_token": TOKEN},
                "groups": [{"id": "123456789", "name": "商会测试群", "rulebook": "community", "owner": "20003"}],
            },
            allow_unicode=True,
        )
    )
    qungui = Path(sys.executable).with_name("qungui")
    command = [str(qungui)] if qungui.exists() else [sys.executable, "-m", "qungui.cli.main"]
    env = {**os.environ, "QUNGUI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
    process = subprocess.Popen(
        [*command, "serve", "--platform", "onebot", "--config", str(config), "--port", "0"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        base = None
        deadline = time.monotonic() + 60
        while base is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
            if "管理后台" in line and found:
                base = found.group(1)
        assert base is not None, "".join(lines)
        threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()
        fake = FakeOneBot(token=TOKEN)

        async def play() -> None:
            url = base.replace("http", "ws") + "/onebot/v11/ws"
            async with fake.reverse_client(url, token=TOKEN):
                await fake.push(PAYLOADS["group_message_ad"])
                async with asyncio.timeout(30):
                    while not fake.deleted or not fake.sent:
                        await asyncio.sleep(0.05)

        asyncio.run(play())
        assert fake.deleted == [2003]
        assert {"type": "at", "data": {"qq": "20009"}} in fake.sent[0]["message"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0, "".join(lines)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
