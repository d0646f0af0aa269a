"""The config of docs/platform-qq-telegram-wecom.md passes `qungui serve`'s check; bad options are all named."""

from __future__ import annotations

import pytest
import yaml

from qungui.cli.serve_platform import ConfigProblems, check_config

CONFIG = """
platform: wecom
wecom:
  corp_id: ww0123456789abcdef
  secret: "app-secret-0123456789abcdef"
  agent_id: 1000002
  token: "QunguiCallbackToken"
  encoding_aes_key: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
  mode: appchat
  robot_keys: {eng-chat: "693a91f6-7782-4b3c"}
groups:
  - {id: eng-chat, name: 工程部, rulebook: department, owner: lisi, admins: [wangwu]}
"""


def test_the_documented_config_is_accepted():
    assert check_config(yaml.safe_load(CONFIG)).platform == "wecom"


def test_every_bad_option_is_reported_at_once():
    data = yaml.safe_load(CONFIG)
    data["wecom"] |= {"encoding_aes_key": "too-short", "agent_id": "abc", "mode": "archive"}
    with pytest.raises(ConfigProblems) as raised:
        check_config(data)
    text = "\n".join(raised.value.problems)
    for field in ("wecom.encoding_aes_key", "wecom.agent_id", "wecom.mode"):
        assert field in text, text
