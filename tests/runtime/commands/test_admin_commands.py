"""Admin commands (四.1 由管理员进行处理): 警告, 移除, 罚红包, 确认红包, 撤销, and 通过/拒绝 of queued cases."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from qungui.commands import Approve, CommandError, Remove, Undo, Warn
from qungui.core.findings import Action, ActionKind
from qungui.governance.cases.models import Sanction
from qungui.governance.cases.service import record_decision
from qungui.rules.decision import Decision, violation_of
from qungui.rules.schema import Enforcement
from qungui.rules.state import ACTIVE, LEFT, REMOVED

# -- who may use them ---------------------------------------------------------------------------


def test_a_member_is_refused_by_the_parser(chat):
    sent = chat.say("u1", "警告 @王五 一.6 骂人", mentions=("bad",))
    assert isinstance(sent.command, CommandError) and sent.command.code == "not_admin"
    assert "只有管理员可以使用“警告”" in sent.in_group[0]
    assert chat.cases("bad") == []


def test_the_role_is_checked_again_server_side(chat):
    for command in (
        Warn(target_member="bad", target_message=None, clause="一.6", reason=""),
        Remove(target_member="bad", target_message=None, clause="四.4", reason=""),
        Undo(case_id="A1", target_member=None),
        Approve(request_id="Q1", target_member=None),
    ):
        result = chat.run("u1", command, role="member")
        assert result.replies[0].text.startswith(f"只有管理员可以使用“{command.name}”")
    assert chat.cases() == [] and chat.sanctions() == []
    assert chat.state("bad").status == ACTIVE


# -- 警告 -------------------------------------------------------------------------------------------


def test_a_warning_needs_a_clause_and_lists_some(chat):
    sent = chat.say("adm1", "警告 @王五", mentions=("bad",))
    assert sent.in_group[0].startswith("请写明依据的条款，例如：警告 @张三 一.2 原因。可用的条款：一.2 不可恶意刷屏；")
    assert chat.cases() == []


def test_a_clause_without_a_ladder_cannot_be_applied(chat):
    sent = chat.say("adm1", "警告 @王五 一.3", mentions=("bad",))
    assert sent.in_group[0].startswith("群规【一.3 提倡头像用本人相片】没有处理步骤")
    assert chat.cases() == []


def test_a_warning_climbs_the_ladder_recorded_with_the_admin_as_actor(chat):
    first = chat.say("adm1", "警告 @王五 一.6 骂人", mentions=("bad",))
    assert first.in_group == [], "the group hears the warning itself, not the admin's confirmation"
    assert first.to("adm1") == [
        "已按群规【一.6 不得人身攻击】处理 王五：口头警告（案件 A1）。如需撤销，请发送“撤销 A1”。"
    ]
    second = chat.say("adm1", "警告 @王五 一.6 又骂人", mentions=("bad",))
    assert "警告并要求当场道歉" in second.to("adm1")[0]
    state = chat.state("bad")
    assert [s.action for s in state.strikes] == ["warn", "warn_apology"]
    assert state.pending_apology is not None
    sanctions = chat.sanctions("bad")
    assert [s.kind for s in sanctions] == ["warn", "require_apology"]
    assert "@王五" in sanctions[0].text and sanctions[0].status == "pending"
    opened = chat.audit("case.opened")
    assert [e.actor for e in opened] == ["adm1", "adm1"]
    assert [c.evidence for c in chat.cases("bad")] == ["骂人", "又骂人"], "the admin's reason is the evidence"
    assert chat.cases("bad")[0].findings[0]["detail"] == {"by": "adm1"}


def test_a_warning_by_reply_targets_the_sender_of_the_message(chat):
    said = chat.say("bad", "你们懂什么")
    chat.say("adm1", "警告 一.6 说话注意", reply_to=said.event.id)
    assert [c.member_id for c in chat.cases()] == ["bad"]


def test_a_reply_to_an_unknown_message_names_nobody(chat):
    sent = chat.say("adm1", "警告 一.6 说话注意", reply_to="m404")
    assert sent.in_group == ["没有找到要处理的成员。请@该成员，或回复其消息后再发送“警告”。"]
    assert chat.cases() == []


def test_nobody_sanctions_themselves_the_owner_or_without_the_owner_an_admin(chat):
    assert chat.say("adm1", "警告 @管理员甲 一.6", mentions=("adm1",)).in_group == ["不能对自己使用“警告”。"]
    assert chat.say("adm1", "警告 @群主老陈 一.6", mentions=("owner",)).in_group == ["不能对群主使用“警告”。"]
    assert chat.say("adm1", "警告 @管理员乙 一.6", mentions=("adm2",)).in_group == [
        "管理员乙 是管理员，只有群主可以处理。"
    ]
    assert chat.cases() == []
    assert "口头警告" in chat.say("owner", "警告 @管理员乙 一.6", mentions=("adm2",)).to("owner")[0]
    assert [c.member_id for c in chat.cases()] == ["adm2"]


# -- 移除 -------------------------------------------------------------------------------------------


def test_removal_takes_the_ladders_remove_step_and_records_the_admin(chat):
    sent = chat.say("adm1", "移除 @王五 一.6 屡教不改", mentions=("bad",))
    assert "请出本群" in sent.to("adm1")[0]
    state = chat.state("bad")
    assert state.status == REMOVED and state.removed_by == "adm1"
    (case,) = chat.cases("bad")
    assert (case.step, case.step_index) == ("remove", 2)
    assert [s.kind for s in chat.sanctions("bad")] == ["remove"]


def test_removal_under_a_clause_without_a_ladder_is_built_directly(chat):
    sent = chat.say("adm1", "移除 @王五 备注.4 别有目的", mentions=("bad",))
    assert "请出本群" in sent.to("adm1")[0]
    state = chat.state("bad")
    assert state.status == REMOVED and state.removed_by == "adm1" and state.removed_at == chat.now
    (case,) = chat.cases("bad")
    assert (case.clause, case.step, case.status) == ("备注.4", "remove", "applied")
    (sanction,) = chat.sanctions("bad")
    assert sanction.kind == "remove" and "备注.4" in sanction.text
    assert chat.audit("sanction.created")[-1].actor == "adm1"


def test_removal_without_a_clause_asks_for_one(chat):
    sent = chat.say("adm1", "移除 @王五", mentions=("bad",))
    assert sent.in_group[0].startswith("请写明依据的条款")
    assert chat.state("bad").status == ACTIVE


# -- 罚红包 / 确认红包 ---------------------------------------------------------------------------------


def test_a_fine_takes_the_clauses_fine_step(chamber):
    sent = chamber.say("owner", "罚红包 @张三 三.4", mentions=("u1",))
    assert "罚发群红包" in sent.to("owner")[0]
    (owed,) = chamber.state("u1").owed_fines()
    assert owed.amount == Decimal(20) and owed.due == chamber.now.replace(day=24)
    (sanction,) = chamber.sanctions("u1")
    assert sanction.kind == "fine" and sanction.amount == Decimal(20)


def test_a_fine_of_an_explicit_amount(chamber):
    sent = chamber.say("adm1", "罚红包 @张三 50元 三.4.3", mentions=("u1",))
    assert sent.to("adm1") == [
        "已记录：张三 按群规【三.4.3 禁止诋毁谩骂】须发群红包 50 元，11月24日 09:00 前发出（案件 A1）。"
    ]
    (owed,) = chamber.state("u1").owed_fines()
    assert (owed.amount, owed.clause) == (Decimal(50), "三.4.3")
    assert chamber.sanctions("u1")[0].amount == Decimal(50)


def test_a_fine_without_clause_asks_when_several_clauses_fine(chamber):
    sent = chamber.say("adm1", "罚红包 @张三 50元", mentions=("u1",))
    assert sent.in_group[0].startswith("请写明条款或金额，例如：罚红包 @张三 20元 三.4 原因")
    assert chamber.state("u1").fines == ()


def test_confirming_a_paid_fine_settles_it(chamber):
    chamber.say("adm1", "罚红包 @张三 三.4", mentions=("u1",))
    assert chamber.say("adm2", "确认红包 @李四", mentions=("u2",)).in_group == ["李四 目前没有未结清的罚红包。"]
    sent = chamber.say("adm2", "确认红包 @张三", mentions=("u1",))
    assert sent.in_group == ["已确认 张三 的罚红包（20 元，群规【三.4】）已结清。"]
    assert chamber.state("u1").owed_fines() == []
    assert [s.kind for s in chamber.sanctions("u1")] == ["fine", "ack_fine_paid"]


# -- 撤销 -------------------------------------------------------------------------------------------


def test_undo_restores_the_members_state(chat):
    chat.say("adm1", "警告 @王五 一.6 骂人", mentions=("bad",))
    chat.say("adm1", "警告 @王五 一.6 又骂人", mentions=("bad",))
    assert chat.state("bad").pending_apology is not None
    undone = chat.say("adm2", "撤销 A2 误判")
    assert undone.in_group == ["已撤销案件 A2（王五，群规【一.6 不得人身攻击】警告并要求当场道歉）。"]
    assert "案件 A2" in undone.to("bad")[0]
    state = chat.state("bad")
    assert [s.action for s in state.strikes] == ["warn"]
    assert state.pending_apology is None
    assert [c.status for c in chat.cases("bad")] == ["applied", "overridden"]
    assert [s.status for s in chat.sanctions("bad")] == ["pending", "skipped"]
    (entry,) = chat.audit("case.overridden")
    assert entry.actor == "adm2" and entry.data["strikes_dropped"] == 1 and entry.data["apology_cleared"]
    again = chat.say("adm2", "撤销 A2")
    assert "无法撤销" in again.in_group[0]


def test_undo_of_the_latest_case_of_a_member_and_of_an_unpaid_fine(chamber):
    chamber.say("adm1", "罚红包 @张三 三.4", mentions=("u1",))
    chamber.say("adm2", "撤销 @张三", mentions=("u1",))
    assert chamber.state("u1").fines == () and chamber.state("u1").strikes == ()
    assert chamber.say("adm2", "撤销 @张三", mentions=("u1",)).in_group == ["张三 没有可撤销的处理记录。"]


def test_undo_of_a_removal_not_yet_carried_out_keeps_the_member(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    chat.say("adm2", "撤销 A1")
    state = chat.state("bad")
    assert state.status == ACTIVE and state.removed_by is None
    assert [s.status for s in chat.sanctions("bad")] == ["skipped"]


def test_undo_of_a_removal_carried_out_says_to_invite_them_back(chat):
    chat.say("adm1", "移除 @王五 四.4 严重违规", mentions=("bad",))
    with chat.session.begin():
        chat.session.execute(update(Sanction).values(status="done"))
    sent = chat.say("adm2", "撤销 A1")
    assert sent.in_group[0].endswith("如需让其回群，请重新邀请。")
    assert chat.state("bad").status == LEFT


def test_undo_refuses_bad_numbers_and_unknown_cases(chat):
    assert chat.say("adm1", "撤销 Q3").in_group[0].startswith("“撤销”需要案件号")
    assert chat.say("adm1", "撤销 A9").in_group == ["找不到案件 A9。"]


def test_nobody_undoes_a_case_about_themselves(chat):
    chat.say("owner", "警告 @管理员乙 一.6", mentions=("adm2",))
    refused = chat.say("adm2", "撤销 A1")
    assert "关于您本人的案件" in refused.in_group[0]
    assert chat.cases("adm2")[0].status == "applied"


# -- 通过 / 拒绝 ----------------------------------------------------------------------------------------


def queue_case(chat, member: str = "bad", clause_id: str = "二.2"):
    """An assisted case waiting for an admin, as the engine records it."""
    clause = chat.book.rulebook.clause(clause_id)
    event = f"sim:g1:message:q-{member}"
    key = f"{event}#{clause_id}#{member}"
    violation = violation_of(key, clause, member, step_index=0, step="warn", enforcement=Enforcement.ASSISTED)
    action = Action(ActionKind.QUEUE_FOR_ADMIN, member, clause_id, text="待管理员审核", reason=key)
    with chat.session.begin():
        record_decision(
            chat.session,
            group=chat.group(),
            decision=Decision(event, chat.now, (), (violation,), (action,)),
            now=chat.now,
        )


def test_confirming_a_queued_case_applies_its_proposed_step(chat):
    queue_case(chat)
    sent = chat.say("adm1", "通过 A1")
    assert sent.in_group == ["已确认案件 A1：按群规【二.2 不得擅发他人照片】处理 王五：口头警告。"]
    (case,) = chat.cases("bad")
    assert case.status == "applied"
    assert [s.kind for s in chat.sanctions("bad")] == ["queue_for_admin", "warn"]
    assert chat.state("bad").strikes[0].case == case.key
    assert chat.audit("case.confirmed")[0].actor == "adm1"


def test_rejecting_a_queued_case_dismisses_it(chat):
    queue_case(chat)
    sent = chat.say("adm1", "拒绝 A1 照片本人同意了")
    assert sent.in_group == ["已驳回案件 A1（王五，群规【二.2】），不作处理。"]
    assert chat.cases("bad")[0].status == "dismissed" and chat.state("bad").strikes == ()
    assert "已驳回" in chat.say("adm1", "通过 A1").in_group[0]


def test_bare_numbers_are_accepted_only_when_unambiguous(chat):
    queue_case(chat)
    chat.say("u1", "请假 明天 看病")
    asked = chat.say("adm1", "通过 1")
    assert asked.in_group == ["编号 1 对应多项：Q1、A1。请写明，例如“通过 Q1”。"]
    assert chat.cases("bad")[0].status == "queued" and chat.state("u1").on_leave_until is None
    chat.say("adm1", "拒绝 A1 不是他")
    assert chat.say("adm1", "通过 1").in_group[0].startswith("已批准请假 Q1")


def test_a_mention_with_several_waiting_items_asks_which(chat):
    queue_case(chat, member="u1")
    chat.say("u1", "请假 明天 看病")
    asked = chat.say("adm1", "拒绝 @张三", mentions=("u1",))
    assert asked.in_group == ["张三 有多项待处理：Q1、A1。请写明编号，例如“拒绝 Q1”。"]
    assert chat.say("adm1", "通过 X9").in_group[0].startswith("编号“X9”无法识别")
    assert chat.say("adm1", "通过 Q5").in_group == ["找不到待处理的 Q5，请核对通知消息里的编号。"]
