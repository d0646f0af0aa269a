"""The config of docs/platform-qq-telegram-wecom.md passes `qungui serve`'s check; bad options are all named."""

from __future__ import annotations

import pytest
import yaml

from qungui.cli.serve_platform import ConfigProblems, check_config

CONFIG = """
platform: telegram
telegram:
  token: "123456789:AAFakeTokenForQunguiContractTests_x"
  mode: polling
groups:
  - {id: "-1001234567890", name: 安徽商会会员交流群, rulebook: chamber, owner: "7003", admins: ["7002"]}
"""


def test_the_documented_config_is_accepted():
    assert check_config(yaml.safe_load(CONFIG)).platform == "telegram"


def test_a_webhook_without_secret_and_other_bad_options_are_reported_at_once():
    data = yaml.safe_load(CONFIG)
    data["telegram"] |= {"mode": "webhook", "token": "not-a-token", "poll_timeout_s": 99}
    with pytest.raises(ConfigProblems) as raised:
        check_config(data)
    text = "\n".join(raised.value.problems)
    for field in ("telegram.token", "telegram.poll_timeout_s"):
        assert field in text, text
    data["telegram"] = {"token": "123456789:AAFakeTokenForQunguiContractTests_x", "mode": "webhook"}
    with pytest.raises(ConfigProblems) as raised:
        check_config(data)
    assert "webhook_secret" in "\n".join(raised.value.problems)
