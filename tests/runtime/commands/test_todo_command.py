"""待办: the admins' to-do list, privately, with requests by number and never a reporter."""

from __future__ import annotations


def test_a_member_cannot_ask_for_the_list(chat):
    sent = chat.say("u1", "/待办")
    assert "只有管理员" in sent.text
    assert "待办事项" not in sent.text


def test_an_empty_list_says_so(chat):
    sent = chat.say("adm1", "待办")
    assert sent.to("adm1") == ["待办事项\n目前没有待办事项。"]
    assert sent.in_group == []


def test_waiting_requests_and_fines_are_listed_by_number_without_the_reporter(chat):
    chat.say("u1", "举报 @王五 在群里骂人", mentions=("bad",))
    chat.say("u2", "请假 明天 出差")
    chat.say("adm1", "罚红包 @王五 20元 一.6", mentions=("bad",))
    sent = chat.say("adm2", "待办")
    [text] = sent.to("adm2")
    assert "【待处理（回复“通过/拒绝 编号”）】" in text
    assert "举报：王五" in text and "请假：李四" in text
    assert "【未缴罚红包】" in text and "王五 20元（一.6" in text
    assert "张三" not in text, "the reporter is never named"
    assert sent.in_group == []
