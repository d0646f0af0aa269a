"""A real Synapse homeserver for end-to-end tests: loopback only, SQLite, a fresh temp dir, limits raised.

`start_synapse(directory)` generates a config, edits it (client resource only on 127.0.0.1 and a free
port, no key servers, presence off, every rc_* rate limit raised), starts the homeserver as a child
process and waits (bounded) until it answers. `Synapse.stop()` ends it by its PID — the fixture calls
it in `finally`, so a failing test never leaves a homeserver behind.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

SERVER_NAME = "localhost"
PASSWORD = "qungui-test-pw"
_GENEROUS = {"per_second": 10000, "burst_count": 10000}
RATE_LIMITS = {
    "rc_message": _GENEROUS,
    "rc_registration": _GENEROUS,
    "rc_registration_token_validity": _GENEROUS,
    "rc_login": {"address": _GENEROUS, "account": _GENEROUS, "failed_attempts": _GENEROUS},
    "rc_admin_redaction": _GENEROUS,
    "rc_joins": {"local": _GENEROUS, "remote": _GENEROUS},
    "rc_joins_per_room": _GENEROUS,
    "rc_3pid_validation": _GENEROUS,
    "rc_invites": {"per_room": _GENEROUS, "per_user": _GENEROUS, "per_issuer": _GENEROUS},
    "rc_third_party_invite": _GENEROUS,
    "rc_federation": {"window_size": 1000, "sleep_limit": 1000, "sleep_delay": 1, "reject_limit": 1000},
    "rc_media_create": _GENEROUS,
    "rc_room_creation": _GENEROUS,
    "rc_reports": _GENEROUS,
    "rc_presence": {"per_user": _GENEROUS},
}
LOG_CONFIG = """version: 1
formatters:
  precise: {format: '%(asctime)s %(name)s %(levelname)s %(message)s'}
handlers:
  file: {class: logging.FileHandler, formatter: precise, filename: LOGFILE, encoding: utf8}
root: {level: WARNING, handlers: [file]}
disable_existing_loggers: false
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Synapse:
    directory: Path
    port: int
    process: subprocess.Popen[bytes]
    config_path: Path
    tokens: dict[str, str] = field(default_factory=dict)  # user name → access token

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def user_id(self, name: str) -> str:
        return f"@{name}:{SERVER_NAME}"

    def register(self, name: str, *, admin: bool = False) -> str:
        """Register `name` with register_new_matrix_user (shared secret); returns the user id."""
        command = [
            str(Path(sys.executable).with_name("register_new_matrix_user")),
            "-c",
            str(self.config_path),
            "-u",
            name,
            "-p",
            PASSWORD,
            "--admin" if admin else "--no-admin",
            self.url,
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=60)
        return self.user_id(name)

    def register_quickly(self, name: str, *, admin: bool = False) -> str:
        """Register `name` through the same shared-secret admin API register_new_matrix_user uses, in-process."""
        config = yaml.safe_load(self.config_path.read_text())
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=30).json()["nonce"]
        role = "admin" if admin else "notadmin"
        message = "\x00".join((nonce, name, PASSWORD, role)).encode()
        mac = hmac.new(config["registration_shared_secret"].encode(), message, hashlib.sha1)
        body = {"nonce": nonce, "username": name, "password": PASSWORD, "admin": admin, "mac": mac.hexdigest()}
        response = httpx.post(endpoint, json=body, timeout=30)
        response.raise_for_status()
        self.tokens[name] = response.json()["access_token"]
        return self.user_id(name)

    def login(self, name: str) -> str:
        """An access token for `name`."""
        response = httpx.post(
            f"{self.url}/_matrix/client/v3/login",
            json={"type": "m.login.password", "identifier": {"type": "m.id.user", "user": name}, "password": PASSWORD},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()["access_token"]

    def log_tail(self, lines: int = 40) -> str:
        path = self.directory / "homeserver.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def stop(self) -> None:
        """End the homeserver by its PID (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def write_config(directory: Path, port: int) -> Path:
    """Generate Synapse's config in `directory` and edit it for a private loopback test server."""
    config_path = directory / "homeserver.yaml"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "synapse.app.homeserver",
            "--server-name",
            SERVER_NAME,
            "--config-path",
            str(config_path),
            "--generate-config",
            "--report-stats=no",
            "--data-directory",
            str(directory),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        cwd=directory,
    )
    config = yaml.safe_load(config_path.read_text())
    config["listeners"] = [
        {
            "port": port,
            "bind_addresses": ["127.0.0.1"],
            "type": "http",
            "tls": False,
            "x_forwarded": False,
            "resources": [{"names": ["client"], "compress": False}],
        }
    ]
    config["trusted_key_servers"] = []
    config["suppress_key_server_warning"] = True
    config["presence"] = {"enabled": False}
    config["enable_registration"] = False
    config["url_preview_enabled"] = False
    config["default_room_version"] = "10"
    config["caches"] = {"sync_response_cache_duration": 0}  # each test's first sync sees its own new room
    config["pid_file"] = str(directory / "homeserver.pid")
    config.update(RATE_LIMITS)
    log_config = directory / "log.yaml"
    log_config.write_text(LOG_CONFIG.replace("LOGFILE", str(directory / "homeserver.log")))
    config["log_config"] = str(log_config)
    config_path.write_text(yaml.safe_dump(config))
    return config_path


def _die_with_parent() -> None:
    """In the child: have Linux send SIGTERM when the test process dies, even if it is killed outright."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the fixture's finally still stops it


def start_synapse(directory: Path, *, timeout_s: float = 60.0) -> Synapse:
    """Start a homeserver in `directory` on a free loopback port; waits until /versions answers."""
    port = free_port()
    config_path = write_config(directory, port)
    env = {**os.environ, "SYNAPSE_CACHE_FACTOR": "0.5"}
    process = subprocess.Popen(
        [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config_path)],
        cwd=directory,
        stdout=(directory / "stdout.log").open("wb"),
        stderr=subprocess.STDOUT,
        env=env,
        preexec_fn=_die_with_parent,  # only a prctl call between fork and exec
    )
    server = Synapse(directory, port, process, config_path)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = (directory / "stdout.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"Synapse exited with {process.returncode}:\n{output}\n{server.log_tail()}")
        try:
            if httpx.get(f"{server.url}/_matrix/client/versions", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"Synapse did not answer within {timeout_s:.0f} s:\n{server.log_tail()}")
