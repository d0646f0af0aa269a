"""群规, 帮助, 道歉 and 我的记录: answered on the sender's channel (我的记录 always privately), changing nothing."""

from __future__ import annotations

from qungui.commands import CommandError, Help
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook
from qungui.rules.state import REMOVED

ENGLISH = compile_rulebook(
    parse_rulebook(
        """
name: english
title: Friendly group
group_kind: custom
language: en
ladders:
  standard:
    title: Steps
    steps: [{action: warn}, {action: remove}]
clauses:
  - id: "1"
    text: Be kind.
    title: Be kind
    enforcement: manual
    reason: people judge kindness
    ladder: standard
"""
    )
)


def test_rules_overview_and_one_clause_in_the_group(chat):
    overview = chat.say("u1", "群规")
    assert overview.in_group and "微信群管理规定" in overview.in_group[0]
    assert overview.replies[0].reply_to == overview.event.id
    clause = chat.say("u1", "群规 四.2")
    assert "原文：2.本群的违规处理步骤" in clause.in_group[0]
    assert "口头警告" in clause.in_group[0]


def test_rules_asked_privately_are_answered_privately(chat):
    sent = chat.say("u1", "群规 七", private=True)
    assert sent.in_group == []
    assert "本群承诺将对举报者保密" in sent.to("u1")[0]


def test_an_unknown_clause_is_the_parsers_polite_error(chat):
    sent = chat.say("u1", "群规 九.9")
    assert isinstance(sent.command, CommandError)
    assert "群规里没有" in sent.in_group[0]


def test_help_shows_admin_commands_to_admins_only(chat):
    member = chat.say("u1", "帮助")
    admin = chat.say("adm1", "帮助")
    assert "举报" in member.in_group[0] and "管理员命令" not in member.in_group[0]
    assert "管理员命令" in admin.in_group[0] and "撤销" in admin.in_group[0]
    topic = chat.say("u1", "帮助 请假")
    assert topic.in_group[0].startswith("请假：")


def test_help_role_is_checked_server_side(chat):
    result = chat.run("u1", Help(None), role="member")
    assert "管理员命令" not in result.replies[0].text


def test_apology_without_anything_pending_is_answered_kindly(chat):
    sent = chat.say("u1", "道歉 对不起大家")
    assert sent.in_group == ["您目前没有需要道歉的记录，谢谢。"]


def test_a_pending_apology_is_settled_by_the_engine_and_not_answered_twice(chat):
    chat.say("u1", "你就是个废物")
    chat.advance(minutes=1)
    chat.say("u1", "废物")
    assert chat.state("u1").pending_apology is not None
    chat.advance(minutes=2)
    sent = chat.say("u1", "道歉，刚才说话太冲了")
    assert sent.replies == []
    assert chat.state("u1").pending_apology is None
    assert any(a.kind.value == "ack_apology" for a in sent.decision.actions)


def test_an_apology_sent_privately_is_sent_back_to_the_group(chat):
    chat.say("u1", "你就是个废物")
    chat.advance(minutes=1)
    chat.say("u1", "废物")
    sent = chat.say("u1", "道歉", private=True)
    assert "在群里" in sent.to("u1")[0]
    assert chat.state("u1").pending_apology is not None, "a private apology is not the 当场道歉 the rules ask"


def test_my_record_lists_strikes_apology_fines_and_leave_privately(chat):
    chat.say("u1", "你就是个废物")
    chat.advance(minutes=1)
    chat.say("u1", "废物")
    chat.say("u1", "请假 明天 回老家")
    sent = chat.say("u1", "我的记录")
    assert sent.in_group == []
    (text,) = sent.to("u1")
    assert "群规【一.6 不得人身攻击】：口头警告" in text
    assert "警告并要求当场道歉" in text
    assert "（案件 A" in text
    assert "待道歉：群规【一.6】，请在 11月23日 09:11 前在群内道歉。" in text
    assert "请假 Q1：11月24日至11月24日（待审批）" in text


def test_my_record_shows_owed_fines_in_the_group_time_zone(chamber):
    chamber.say("owner", "罚红包 @张三 30元 三.4", mentions=("u1",))
    (text,) = chamber.say("u1", "我的记录").to("u1")
    assert "未结清罚红包：30 元（群规【三.4】），请在 11月24日 09:00 前发出。" in text


def test_my_record_never_mentions_reports_filed_or_received(chat):
    chat.say("u2", "举报 @王五 私下拉人去别的群", mentions=("bad",))
    for member in ("u2", "bad"):
        (text,) = chat.say(member, "我的记录").to(member)
        assert "举报" not in text and "J1" not in text
        assert "您目前没有违规记录" in text


def test_my_record_for_a_removed_member_points_to_the_appeal(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    assert chat.state("bad").status == REMOVED
    sent = chat.say("bad", "我的记录", private=True)
    assert "状态：已被移出本群。如有异议，可发送“申诉 理由”。" in sent.to("bad")[0]


def test_english_rulebooks_get_english_replies(make_chat):
    chat = make_chat(ENGLISH)
    assert chat.say("u1", "道歉").in_group == ["You have nothing to apologise for at the moment. Thank you."]
    record = chat.say("u1", "我的记录").to("u1")[0]
    assert record.startswith("Your record in this group:")
    chat.advance(minutes=1)
    warned = chat.say("adm1", "警告 @张三 1 rude", mentions=("u1",))
    assert "handled under rule 1 (Be kind): verbal warning" in warned.to("adm1")[0]
