"""Is a message a question? The pure heuristic that runs on every group message (第二篇.9)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qungui.governance.responsiveness.questions import is_question, mentions_name
from qungui.governance.responsiveness.stats import QuestionRow, department_table, median, percentile
from support import START


@pytest.mark.parametrize(
    "text",
    [
        "请问工程部，图纸什么时候出？",
        "图纸出了吗",
        "图纸出了吗😄",
        "@赵六 报销单怎么填",
        "这个流程如何走",
        "为啥系统登不上",
        "明天几点出发",
        "有没有人知道会议室在哪里",
        "能不能帮忙看一下合同",
        "Is there a meeting today?",
        "how do I log in",
        "合同在哪？",
    ],
)
def test_questions_are_recognised(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    ["收到", "好的", "哈哈", "?", "？？", "图纸在这里", "谢谢大家", "怎么这么好！", "太棒了", "", "@张三 ", "👍"],
)
def test_statements_acknowledgements_and_exclamations_are_not_questions(text):
    assert not is_question(text)


def test_a_department_is_named_in_the_text():
    assert mentions_name("工程部的同事看一下这个问题？", "工程部")
    assert not mentions_name("安全部的同事看一下", "工程部")
    assert not mentions_name("随便说说", "")


def test_median_and_nearest_rank_p90():
    assert median([]) is None and percentile([], 0.9) is None
    assert median([10, 30]) == 20 and median([5, 1, 3]) == 3
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert percentile(values, 0.9) == 9, "the 9th of 10 values"
    assert percentile([4, 100], 0.9) == 100 and percentile([7], 0.9) == 7


def test_the_department_table_counts_answered_late_and_unanswered():
    asked = START
    rows = [
        QuestionRow("a", asked, "工程部", False, asked.replace(minute=10), "x", None, None),  # 10 min
        QuestionRow("b", asked, "工程部", False, asked.replace(hour=asked.hour + 1), "x", None, None),  # 60: late
        QuestionRow("c", asked, "工程部", False, None, None, None, None),  # unanswered
        QuestionRow("d", asked, "安全部", False, asked.replace(minute=5), "y", None, None),
        QuestionRow("e", asked, None, True, asked.replace(minute=1), "admin", asked.replace(minute=1), "admin"),
    ]
    table = department_table(rows, respond_within=timedelta(minutes=30))
    assert [(d.department, d.asked, d.answered, d.late, d.unanswered) for d in table] == [
        ("安全部", 1, 1, 0, 0),
        ("工程部", 3, 2, 1, 1),
    ]
    assert table[1].median_minutes == 35 and table[1].p90_minutes == 60
    assert table[0].median_minutes == 5 and table[0].p90_minutes == 5
