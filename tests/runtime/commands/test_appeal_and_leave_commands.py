"""申诉 (第一篇 五) and 请假 (备注): filed by members, decided by another admin with 通过 / 拒绝."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select

from qungui.commands import CommandError
from qungui.governance.appeals.models import Appeal
from qungui.governance.leave.models import LeaveRequest
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook
from qungui.rules.state import ACTIVE, REMOVED

QUIET = """
name: quiet
title: 一周不发言
group_kind: custom
inactivity: {{clause: 备注, window: 7d, leave: {leave}}}
clauses:
  - id: 备注
    text: 一周内不发言者，若是有特殊情况的，可事先和管理人员说明情况，告假。
    title: 一周内不发言须告假
    enforcement: manual
    reason: 告假由管理员审批
"""


def quiet(leave: str):
    return compile_rulebook(parse_rulebook(QUIET.format(leave=leave)))


def end_of(chat, days: int) -> datetime:
    tz = chat.book.rulebook.tz
    last = (chat.now.astimezone(tz) + timedelta(days=days)).date()
    return datetime.combine(last, time.max, tzinfo=tz)


# -- 申诉 -----------------------------------------------------------------------------------------


def test_an_appeal_by_someone_never_removed_is_answered_and_nothing_is_stored(chat):
    sent = chat.say("u1", "申诉 我没做错什么", private=True)
    assert sent.to("u1") == ["您没有被移出的记录，无需申诉。"]
    assert len(sent.replies) == 1
    assert chat.read(select(Appeal)) == [] and chat.audit("appeal.filed") == []


def test_an_appeal_goes_to_the_admins_other_than_the_one_who_removed(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    sent = chat.say("bad", "申诉 我发的是朋友推荐的店，不是广告", private=True)
    assert "编号 S1" in sent.to("bad")[0]
    assert sorted(r.private_to for r in sent.replies if r.private_to != "bad") == ["adm2", "owner"]
    assert "被 管理员甲 移出" in sent.to("adm2")[0] and "通过 S1" in sent.to("adm2")[0]
    (appeal,) = chat.read(select(Appeal))
    assert (appeal.member_id, appeal.removed_by, appeal.status) == ("bad", "adm1", "open")


def test_an_appeal_posted_in_the_group_is_still_answered_privately(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    assert chat.say("adm1", "通过 @王五", mentions=("bad",)).in_group == ["王五 目前没有待处理的事项。"]
    sent = chat.say("bad", "申诉 冤枉")
    assert sent.in_group == [] and "S1" in sent.to("bad")[0]


def test_the_removing_admin_cannot_decide_and_another_admin_readmits(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    chat.say("bad", "申诉 冤枉", private=True)
    refused = chat.say("adm1", "通过 S1")
    assert "请由其他管理员处理" in refused.in_group[0]
    assert chat.state("bad").status == REMOVED
    accepted = chat.say("adm2", "通过 S1")
    assert "成员资格已恢复" in accepted.in_group[0]
    assert accepted.to("bad") == ["您的申诉 S1 已通过，您的成员资格已恢复，欢迎重新入群。"]
    state = chat.state("bad")
    assert state.status == ACTIVE and state.removed_by is None
    assert chat.cases("bad")[0].status == "overridden"


def test_a_rejected_appeal_is_told_to_the_member_with_the_reason(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    chat.say("bad", "申诉 冤枉", private=True)
    rejected = chat.say("owner", "拒绝 S1 证据确凿")
    assert rejected.in_group == ["已驳回申诉 S1（王五）。"]
    assert rejected.to("bad") == ["您的申诉 S1 未获通过。原因：证据确凿。如有疑问，请联系群主。"]
    assert chat.state("bad").status == REMOVED


# -- 请假 -----------------------------------------------------------------------------------------


def test_a_leave_request_is_answered_in_the_group_and_sent_to_the_admins(chat):
    sent = chat.say("u1", "请假 明天到后天 出差")
    assert sent.in_group == ["已收到您的请假申请（编号 Q1）：11月24日至11月25日，原因：出差。管理员批准后生效。"]
    assert sorted(r.private_to for r in sent.replies if r.private_to) == ["adm1", "adm2", "owner"]
    assert "通过 Q1" in sent.to("adm1")[0]
    (request,) = chat.read(select(LeaveRequest))
    assert request.status == "pending" and request.ends_at == end_of(chat, 2)


def test_approving_a_leave_by_number_sets_on_leave_until(chat):
    for member in ("u2", "bad", "owner", "adm2", "adm1", "u1"):
        chat.say(member, "请假 明天到后天 出差")
    mine = chat.say("u1", "请假 下周一 家里有事")
    assert "编号 Q7" in mine.in_group[0]
    approved = chat.say("adm1", "通过 Q7")
    assert approved.in_group == ["已批准请假 Q7：张三 11月30日至11月30日。"]
    assert approved.to("u1") == ["您的请假申请 Q7（11月30日至11月30日）已批准，请假期间不计入一周不发言。"]
    assert chat.state("u1").on_leave_until == end_of(chat, 7)
    assert chat.state("u2").on_leave_until is None, "Q1 still waits"


def test_approving_the_only_request_of_a_member_by_mention(chat):
    chat.say("u1", "请假 明天 看病")
    approved = chat.say("adm1", "通过 @张三", mentions=("u1",))
    assert "已批准请假 Q1" in approved.in_group[0]
    assert chat.state("u1").on_leave_until == end_of(chat, 1)


def test_a_rejected_leave_is_told_privately_and_changes_nothing(chat):
    chat.say("u1", "请假 明天 看病")
    rejected = chat.say("adm1", "拒绝 Q1 最近要开会")
    assert rejected.to("u1") == ["您的请假申请 Q1 未获批准。原因：最近要开会。如有疑问，请联系管理员。"]
    assert chat.state("u1").on_leave_until is None


def test_an_admin_cannot_approve_their_own_leave(chat):
    chat.say("adm1", "请假 明天 出差")
    refused = chat.say("adm1", "通过 Q1")
    assert "不能批准自己的请假" in refused.in_group[0]
    assert chat.state("adm1").on_leave_until is None


def test_malformed_leave_is_the_parsers_error_and_nothing_is_stored(chat):
    sent = chat.say("u1", "请假 2月30日 有事")
    assert isinstance(sent.command, CommandError)
    assert sent.in_group and sent.result.delete_message is False
    assert chat.read(select(LeaveRequest)) == []


def test_leave_longer_than_the_rulebook_allows_is_refused(make_chat):
    chat = make_chat(quiet("{max_length: 3d}"))
    sent = chat.say("u1", "请假 明天起五天 旅游")
    assert sent.in_group == ["请假未能登记：请假时间不能超过 3 天，请缩短或与管理员另行沟通。"]
    assert chat.read(select(LeaveRequest)) == []


def test_leave_without_approval_applies_at_once_audited_as_system(make_chat):
    chat = make_chat(quiet("{needs_approval: false}"))
    sent = chat.say("u1", "请假 明天 看病", private=True)
    assert sent.to("u1")[0].startswith("已为您登记请假（编号 Q1）")
    assert "无需审批" in sent.to("adm1")[0]
    assert chat.state("u1").on_leave_until == end_of(chat, 1)
    (approved,) = chat.audit("leave.approved")
    assert approved.actor == "system"


def test_a_group_whose_rules_allow_no_leave_says_so(make_chat):
    chat = make_chat(quiet("{allowed: false}"))
    sent = chat.say("u1", "请假 明天 看病")
    assert sent.in_group == ["本群群规没有请假安排，如有特殊情况，请直接联系管理员说明。"]
    assert chat.read(select(LeaveRequest)) == []


def test_decisions_sent_privately_are_answered_privately(chat):
    chat.say("u1", "请假 明天 看病")
    approved = chat.say("adm1", "通过 Q1", private=True)
    assert approved.in_group == []
    assert approved.to("adm1")[0].startswith("已批准请假 Q1") and approved.to("u1")


def test_a_malformed_leave_sent_privately_is_answered_privately(chat):
    sent = chat.say("u1", "请假", private=True)
    assert isinstance(sent.command, CommandError)
    assert sent.in_group == [] and "请写明请假日期和原因" in sent.to("u1")[0]
