"""The config of docs/platform-qq-telegram-wecom.md passes `qungui serve`'s check; bad options are all named."""

from __future__ import annotations

import pytest
import yaml

from qungui.cli.serve_platform import ConfigProblems, check_config

CONFIG = """
platform: onebot
bot: {id: "10001", name: 群规助手}
onebot:
  transport: reverse_ws
  access_token: "9f2c0a1b2c3d4e5f"
  self_id: "10001"
groups:
  - {id: "123456789", name: 安徽商会会员交流群, rulebook: chamber, owner: "20003", admins: ["20002"]}
"""


def test_the_documented_config_is_accepted_with_the_groups_passed_to_the_connector():
    plan = check_config(yaml.safe_load(CONFIG))
    assert plan.platform == "onebot"
    assert plan.options["groups"] == [{"id": "123456789", "name": "安徽商会会员交流群"}]


def test_every_bad_option_is_reported_at_once():
    data = yaml.safe_load(CONFIG)
    data["onebot"] |= {"transport": "forward_ws", "access_token": "short", "timeout_s": 0, "colour": "red"}
    with pytest.raises(ConfigProblems) as raised:
        check_config(data)
    text = "\n".join(raised.value.problems)
    for field in ("onebot.access_token", "onebot.timeout_s", "onebot.colour"):
        assert field in text, text
