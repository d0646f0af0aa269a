"""`qungui serve --platform telegram --config FILE` polling a fake Bot API on loopback: an ad is deleted."""

from __future__ import annotations

import asyncio
import copy
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from adapters.onebot.fake_server import running
from adapters.telegram.fake_server import CHAT_ID, TOKEN, UPDATES, FakeTelegram


@pytest.mark.slow
def test_serve_polls_the_bot_api_and_deletes_an_ad(tmp_path: Path):
    fake = FakeTelegram()
    lines: list[str] = []

    async def play() -> subprocess.Popen:
        async with running(fake.app()) as api:
            config = tmp_path / "qungui-telegram.yaml"
            config.write_text(
                yaml.safe_dump(
                    {
                        "platform": "telegram",
                        "telegram": {"token": TOKEN, "api_base": api, "poll_timeout_s": 0},
                        "groups": [
                            {"id": str(CHAT_ID), "name": "商会测试群", "rulebook": "community", "owner": "7003"}
                        ],
                    },
                    allow_unicode=True,
                )
            )
            qungui = Path(sys.executable).with_name("qungui")
            command = [str(qungui)] if qungui.exists() else [sys.executable, "-m", "qungui.cli.main"]
            env = {**os.environ, "QUNGUI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
            process = subprocess.Popen(
                [*command, "serve", "--platform", "telegram", "--config", str(config), "--port", "0"],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()
            try:
                async with asyncio.timeout(60):
                    while not any(method == "getUpdates" for method, _ in fake.calls):
                        await asyncio.sleep(0.05)
                fake.updates.append(copy.deepcopy(UPDATES["ad"]))
                async with asyncio.timeout(30):
                    while not fake.deleted or not fake.sent:
                        await asyncio.sleep(0.05)
                process.send_signal(signal.SIGINT)
                await asyncio.to_thread(process.wait, 30)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait(timeout=10)
            return process

    process = asyncio.run(play())
    assert process.returncode == 0, "".join(lines)
    assert fake.deleted == [73]
    assert fake.sent[0]["entities"][0]["user"]["id"] == 7009, "the warning mentions the sender"
    assert fake.polls[-1]["offset"] == 500004, "the ad's update was acknowledged"
