"""Which words acknowledge a notice, give a plan or report a task done: the vocabulary of the rulebook."""

from __future__ import annotations

import pytest

from qungui.governance.notices.words import counts_as_reaction, is_bare_ack, is_done, is_plan, is_reply_ack
from qungui.rules.loader import load_template

WORDS = load_template("department").acknowledgements.words


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "收到！",
        "收到👍",
        "收到👍🏻",
        "好的，马上执行",
        "1",
        "👍",
        "👌",
        "OK!",
        "ok",
        "收到了",
        "收到，谢谢",
        "已阅。",
        "遵照执行",
    ],
)
def test_bare_acknowledgements(text):
    assert is_bare_ack(text, WORDS)
    assert is_reply_ack(text, WORDS)


@pytest.mark.parametrize(
    "text", ["收到了吗？", "没收到", "好的我明天去", "🙏", "我收到一个快递", "明天几点？", "", "   "]
)
def test_not_bare_acknowledgements(text):
    assert not is_bare_ack(text, WORDS)


def test_a_reply_may_say_a_little_more_but_not_ask_or_deny():
    assert is_reply_ack("收到，准时参加", WORDS)
    assert not is_reply_ack("收到了吗？", WORDS) and not is_reply_ack("没收到", WORDS)
    assert not is_reply_ack("收到，但是明天上午我要去工地看一下现场情况", WORDS), "too long: conversation"


def test_plans_and_done():
    assert is_plan("计划：明天上午10点前提交", reply=False) and is_plan("预计下午4点完成", reply=False)
    assert not is_plan("今天数据没出来，明天交", reply=False)
    assert is_plan("今天数据没出来，方案明天给", reply=True)
    assert is_done("完成") and is_done("已完成👍") and is_done("做完了，谢谢") and is_done("done")
    assert not is_done("预计明天完成") and not is_done("完成了吗") and not is_done("快完成了")


def test_reactions():
    assert counts_as_reaction("👍") and counts_as_reaction("❤️") and counts_as_reaction("👀")
    assert not counts_as_reaction("👎") and not counts_as_reaction("❓") and not counts_as_reaction("")
