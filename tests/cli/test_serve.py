"""`qungui serve`, the README's first command: comes up on a fresh SQLite file, serves the demo, stops on Ctrl-C."""

from __future__ import annotations

import os
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
        with urllib.request.urlopen(url, timeout=10) as response:
            page = response.read().decode("utf-8")
        assert response.status == 200
        assert "安徽商会会员交流群" in page
        assert "cdn" not in page.lower() and "https://" not in page, "the page works offline"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
        assert (tmp_path / "serve.sqlite3").exists()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
