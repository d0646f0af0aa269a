"""evaluate(..., judge=False): a command to the bot (举报 quoting an ad) is not judged, the rest still happens."""

from __future__ import annotations

from decimal import Decimal

from ladder_rules import BASE
from qungui.core.events import MessageEvent, MessageKind
from qungui.rules.engine import evaluate
from support import Scenario, kinds

NEWCOMER = BASE.replace(
    "clauses:\n",
    "newcomer: {clause: 一.1}\nclauses:\n"
    "  - id: 一.1\n    text: 新人先读群规\n    title: 新人先读群规\n    enforcement: auto\n    workflows: [newcomer]\n",
    1,
)


def command(s: Scenario, member: str, text: str, kind: MessageKind = MessageKind.TEXT, **extra):
    """Play a message as a command: evaluate with judge=False and apply the decision."""
    event = MessageEvent(
        id=f"c{len(s.decisions)}", group=s.group, ts=s.clock.now(), sender=s.ref(member), text=text, kind=kind, **extra
    )
    decision = evaluate(event, s.book, s.state, s.clock.now(), judge=False)
    s.state.apply(decision)
    s.decisions.append(decision)
    return decision


REPORT = "举报 @小李 他在群里发兼职刷单广告，还骂人傻逼"


def test_a_report_quoting_the_offence_is_not_held_against_the_reporter():
    s = Scenario(BASE)
    judged = Scenario(BASE)
    assert kinds(judged.say("reporter", REPORT)) == ["warn", "delete_message", "dissuade"], "judged, it strikes"
    decision = command(s, "reporter", REPORT)
    assert decision.findings == () and decision.violations == () and decision.actions == ()
    member = s.member("reporter")
    assert member.strikes == () and member.message_count == 1 and member.last_message_at == s.clock.now()
    assert decision.group_message == (s.clock.now().timestamp(), "reporter"), "still counts as speaking in the group"


def test_apologies_fines_and_confirmations_still_work_without_judging():
    s = Scenario(NEWCOMER)
    s.say("rude", "傻逼")
    s.say("rude", "傻逼")
    assert s.member("rude").pending_apology is not None
    assert kinds(command(s, "rude", "对不起，我错了")) == ["ack_apology"]
    assert s.member("rude").pending_apology is None

    s.say("gambler", "百家乐")
    paid = command(s, "gambler", kind=MessageKind.RED_ENVELOPE, amount=Decimal("20"), text="")
    assert kinds(paid) == ["ack_fine_paid"] and not s.member("gambler").owed_fines()

    s.join("new")
    assert kinds(command(s, "new", "已阅读群规")) == ["ack_rules"]
    assert s.member("new").rules_confirmed_at == s.clock.now()
