"""举报 (第一篇 七): answered only privately, admins told without the reporter, verified reports carried out."""

from __future__ import annotations

import hashlib

from qungui.commands import CommandError
from qungui.rules.state import ACTIVE, REMOVED

IMAGE = b"\x89PNG screenshot of the chat"
WHISTLE = "whistle-7731"  # distinctive, so a substring search cannot miss it
WHISTLE_NAME = "举报人小王"


def test_a_report_is_answered_privately_and_its_group_message_deleted(chat):
    said = chat.say("bad", "周末来我家打牌，别告诉群主")
    sent = chat.say("u2", "举报 拉帮结派", reply_to=said.event.id, attachments=[{"mime": "image/png", "data": IMAGE}])
    assert sent.result.delete_message
    assert sent.in_group == []
    (confirmation,) = sent.to("u2")
    assert "编号 J1" in confirmation and "保密" in confirmation
    notices = {r.private_to: r.text for r in sent.replies if r.private_to != "u2"}
    assert set(notices) == {"owner", "adm1", "adm2"}
    assert all("J1" in text and "王五" in text and "拉帮结派" in text for text in notices.values())
    assert all("李四" not in text and "u2" not in text for text in notices.values())
    (row,) = chat.reports()
    assert row.reporter_id == "u2" and row.target_id == "bad" and row.status == "open"
    assert row.message_key == f"sim:g1:message:{said.event.id}"
    assert {"quote": "周末来我家打牌，别告诉群主"} in row.evidence
    assert {"sha256": hashlib.sha256(IMAGE).hexdigest()} in row.evidence


def test_a_report_sent_privately_deletes_nothing(chat):
    sent = chat.say("u2", "举报 @王五 私下拉人去别的群", mentions=("bad",), private=True)
    assert not sent.result.delete_message
    assert "J1" in sent.to("u2")[0]
    assert chat.reports()[0].target_id == "bad"


def test_the_admin_reported_is_not_told_about_the_report(chat):
    sent = chat.say("u1", "举报 @管理员甲 公报私仇", mentions=("adm1",))
    assert sent.to("adm1") == []
    assert sent.to("adm2") and sent.to("owner")


def test_an_unknown_target_is_answered_privately_and_nothing_is_stored(chat):
    unknown = chat.say("u2", "举报 广告", reply_to="m999")
    assert "没有找到您要举报的消息或成员" in unknown.to("u2")[0]
    assert unknown.in_group == [] and unknown.result.delete_message
    quoted = chat.say("u2", "举报 广告", quote_text="加我微信领红包")
    assert "没有找到" in quoted.to("u2")[0]
    assert chat.reports() == []


def test_the_bot_cannot_be_reported_and_the_parse_error_stays_private(chat):
    sent = chat.say("u2", "举报 @qungui 乱回复", mentions=("bot",))
    assert isinstance(sent.command, CommandError)
    assert sent.in_group == [] and sent.to("u2") and sent.result.delete_message
    assert chat.reports() == []


def test_reporting_oneself_is_refused_politely(chat):
    sent = chat.say("u1", "举报 @张三 测试", mentions=("u1",))
    assert sent.to("u1") == ["举报未能提交：不能举报自己。"]
    assert chat.reports() == []


def test_a_second_report_of_the_same_message_is_refused_and_the_first_kept(chat):
    said = chat.say("bad", "周末来我家打牌")
    first = chat.say("u2", "举报 拉帮结派", reply_to=said.event.id)
    second = chat.say("u2", "举报 还是拉帮结派", reply_to=said.event.id)
    assert "J1" in first.to("u2")[0]
    assert second.to("u2") == ["举报未能提交：您已经举报过这条消息，管理员会尽快处理。"]
    assert [r for r in second.replies if r.private_to != "u2"] == []
    (row,) = chat.reports()
    assert row.reason == "拉帮结派" and row.status == "open"


def test_a_second_open_report_of_the_same_member_is_refused(chat):
    chat.say("u2", "举报 @王五 拉人", mentions=("bad",))
    again = chat.say("u2", "举报 @王五 又拉人", mentions=("bad",))
    assert again.to("u2") == ["您已经举报过该成员（编号 J1），管理员会尽快处理，无需重复举报。"]
    assert len(chat.reports()) == 1


def test_a_verified_report_removes_the_member_per_clause_seven_and_tells_the_reporter_privately(chat):
    chat.say("u2", "举报 @王五 私下拉人去别的群", mentions=("bad",))
    decided = chat.say("adm1", "通过 J1")
    assert "举报 J1 已核实" in decided.in_group[0] and "七" in decided.in_group[0]
    assert decided.to("u2") == ["您的举报 J1 已核实并处理，感谢您维护群秩序。"]
    assert all("u2" not in r.text and "李四" not in r.text for r in decided.replies if r.private_to != "u2")
    state = chat.state("bad")
    assert state.status == REMOVED and state.removed_by == "adm1"
    (case,) = chat.cases("bad")
    assert (case.clause, case.step, case.status) == ("七", "remove", "applied")
    assert case.evidence == "举报 J1 已核实"
    assert [s.kind for s in chat.sanctions("bad")] == ["remove"]
    assert chat.reports()[0].status == "verified"
    appeal = chat.say("bad", "申诉 我只是约朋友打牌", private=True)
    assert appeal.to("adm1") == [] and appeal.to("adm2"), "the admin who removed does not decide the appeal"


def test_a_clause_named_in_the_report_decides_the_outcome(chat):
    chat.say("u2", "举报 @王五 一.6 骂人", mentions=("bad",))
    chat.say("adm1", "通过 J1")
    assert chat.state("bad").status == ACTIVE
    (case,) = chat.cases("bad")
    assert (case.clause, case.step) == ("一.6", "warn")


def test_a_rulebook_without_a_report_step_leaves_the_outcome_to_the_admin(chamber):
    chamber.say("u2", "举报 @王五 把群里的消息转发出去了", mentions=("bad",))
    decided = chamber.say("adm1", "通过 J1")
    assert "请用“警告 @成员 条款”或“移除 @成员 条款”处理" in decided.in_group[0]
    assert decided.to("u2") == ["您的举报 J1 已核实，管理员会按群规处理，感谢您维护群秩序。"]
    assert chamber.cases("bad") == []


def test_a_rejected_report_is_told_to_the_reporter_privately(chat):
    chat.say("u2", "举报 @王五 拉人", mentions=("bad",))
    decided = chat.say("adm1", "拒绝 J1 只是正常聊天")
    assert decided.in_group == ["举报 J1 已驳回，不作处理。"]
    assert decided.to("u2") == ["您的举报 J1 经管理员核实，暂不予处理。原因：只是正常聊天。感谢您的反馈。"]
    assert chat.reports()[0].status == "rejected" and chat.cases("bad") == []


def test_the_reporting_admin_is_refused_privately_not_in_the_group(chat):
    chat.say("adm1", "举报 @王五 拉人", mentions=("bad",))
    decided = chat.say("adm1", "通过 J1")
    assert decided.in_group == []
    assert "您是举报人" in decided.to("adm1")[0]
    assert chat.reports()[0].status == "open"


def test_the_reporter_appears_nowhere_but_in_their_own_replies_and_the_reports_table(make_chat):
    chat = make_chat(members={WHISTLE: WHISTLE_NAME})
    said = chat.say("bad", "周末来我家打牌，别告诉群主")
    chat.say(WHISTLE, "举报 拉帮结派", reply_to=said.event.id, attachments=[{"mime": "image/png", "data": IMAGE}])
    assert "已核实" in chat.say("adm1", "通过 J1").in_group[0]
    assert "J2" in chat.say(WHISTLE, "举报 @王五 一.6 骂人", mentions=("bad",), private=True).to(WHISTLE)[0]
    assert chat.say("adm2", "拒绝 J2 重复").to(WHISTLE)
    chat.say("bad", "我的记录", private=True)
    assert "S1" in chat.say("bad", "申诉 我冤枉", private=True).to("bad")[0]
    assert chat.say("adm2", "拒绝 S1 证据确凿").to("bad")
    assert "已撤销" in chat.say("owner", "撤销 @王五", mentions=("bad",)).in_group[0]
    assert any(r.private_to == WHISTLE for r in chat.replies), "the reporter was answered"
    others = [r for r in chat.replies if r.private_to != WHISTLE]
    assert len(others) >= 8
    for reply in others:
        assert WHISTLE not in reply.text and WHISTLE_NAME not in reply.text
        assert WHISTLE not in reply.mentions and reply.private_to != WHISTLE
    assert WHISTLE not in chat.audit_json()
    assert chat.audit("report.filed"), "reports were audited (with a hash, not the id)"
    for row in chat.sanctions():
        assert WHISTLE not in " ".join(str(v) for v in (row.key, row.member_id, row.text, row.reason, row.message_id))
    for case in chat.cases():
        assert WHISTLE not in " ".join(str(v) for v in (case.key, case.member_id, case.event_key, case.evidence))
    assert {r.reporter_id for r in chat.reports()} == {WHISTLE}
