"""Every ladder of the seed, played through the pure engine with a frozen clock."""

from __future__ import annotations

from decimal import Decimal

from ladder_rules import BASE
from qungui.core.events import MessageKind
from support import Scenario, kinds


def test_warning_then_apology_accepted_clears_the_requirement():
    s = Scenario(BASE)
    first = s.say("u1", "你个傻逼")
    assert kinds(first) == ["warn"]
    assert first.violations[0].clause == "四.2" and first.violations[0].step == "warn"
    second = s.say("u1", "滚蛋")
    assert kinds(second) == ["require_apology"]
    deadline = second.actions[0].deadline
    assert deadline == s.clock.now().replace(microsecond=0) + (deadline - s.clock.now())
    assert (deadline - s.clock.now()).total_seconds() == 600
    s.advance(minutes=3)
    reply = s.say("u1", "对不起，我道歉")
    assert kinds(reply) == ["ack_apology"]
    assert s.member("u1").pending_apology is None
    s.advance(minutes=30)
    assert kinds(s.tick()) == []
    assert s.member("u1").status == "active"


def test_refusing_to_apologise_means_removal_at_once():
    s = Scenario(BASE)
    s.say("u1", "傻逼")
    s.say("u1", "傻逼")
    refused = s.say("u1", "我不道歉，凭什么")
    assert kinds(refused) == ["remove"]
    assert s.member("u1").status == "removed"
    assert refused.violations[0].case.endswith("#refused")


def test_silence_past_the_apology_deadline_means_removal_on_the_next_sweep():
    s = Scenario(BASE)
    s.say("u1", "傻逼")
    s.say("u1", "傻逼")
    s.advance(minutes=9, seconds=59)
    assert kinds(s.tick()) == []
    assert s.member("u1").status == "active"
    s.advance(seconds=1)
    swept = s.tick()
    assert kinds(swept) == ["remove"]
    assert swept.violations[0].case.endswith("#timeout")
    assert s.member("u1").status == "removed"


def test_warnings_expire_after_the_configured_window():
    s = Scenario(BASE)
    assert kinds(s.say("u1", "傻逼")) == ["warn"]
    s.advance(days=30, seconds=1)
    again = s.say("u1", "傻逼")
    assert kinds(again) == ["warn"], "a 31-day-old warning no longer counts"
    s.advance(days=1)
    assert kinds(s.say("u1", "傻逼")) == ["require_apology"]


def test_three_dissuasions_then_removal_and_each_ad_is_deleted():
    s = Scenario(BASE)
    texts = []
    for n in (1, 2, 3):
        d = s.say("spammer", "兼职刷单，日结")
        assert kinds(d) == ["delete_message", "dissuade"]
        assert f"第 {n} 次劝阻" in d.actions[1].text
        texts.append(d.actions[1].text)
        s.advance(minutes=5)
    fourth = s.say("spammer", "代理加盟")
    assert kinds(fourth) == ["delete_message", "remove"]
    assert s.member("spammer").status == "removed"
    assert len({t for t in texts}) == 3


def test_red_envelope_owed_then_paid_and_overdue_alerted_once():
    s = Scenario(BASE)
    owed = s.say("u1", "来玩百家乐")
    assert kinds(owed) == ["fine"]
    assert owed.actions[0].amount == Decimal("20")
    assert "红包 20 元" in owed.actions[0].text
    s.say("u2", "百家乐走起")
    s.advance(hours=2)
    paid = s.say("u1", kind=MessageKind.RED_ENVELOPE, amount=Decimal("20"))
    assert kinds(paid) == ["ack_fine_paid"]
    assert s.member("u1").owed_fines() == []
    s.advance(hours=21, minutes=59)
    assert kinds(s.tick()) == [], "u2's fine is not yet due"
    s.advance(minutes=1)
    alert = s.tick()
    assert kinds(alert) == ["alert_admin"] and alert.actions[0].member_id == "u2"
    s.advance(hours=1)
    assert kinds(s.tick()) == [], "an overdue fine is alerted once, not every sweep"


def test_assisted_clauses_are_applied_by_an_admin_with_their_ladders():
    from qungui.rules.engine import sanction

    s = Scenario(BASE)
    first = sanction(book=s.book, state=s.state, member_id="u3", clause_id="二.2", now=s.clock.now(), case="c1")
    s.state.apply(first)
    assert kinds(first) == ["warn"]
    second = sanction(book=s.book, state=s.state, member_id="u3", clause_id="二.2", now=s.clock.now(), case="c2")
    s.state.apply(second)
    assert kinds(second) == ["remove"] and s.member("u3").status == "removed"
    serious = sanction(book=s.book, state=s.state, member_id="u4", clause_id="三.5", now=s.clock.now(), case="c3")
    assert kinds(serious) == ["serious_warning"] and "严重警告" in serious.actions[0].text
    outrage = sanction(book=s.book, state=s.state, member_id="u5", clause_id="四.3", now=s.clock.now(), case="c4")
    assert kinds(outrage) == ["remove"]


def test_leaving_with_a_pending_apology_is_recorded_not_announced():
    yaml = BASE.replace(
        "  - id: 三\n",
        """  - id: 五
    text: 执意退群
    title: 不听从管理执意退群
    enforcement: auto
    detectors: [{type: leave_under_sanction}]
    ladder: photo
  - id: 三
""",
    )
    s = Scenario(yaml)
    s.say("u1", "傻逼")
    s.say("u1", "傻逼")
    left = s.leave("u1")
    assert kinds(left) == ["record"]
    assert left.violations[0].clause == "五"
    assert s.member("u1").status == "left"
    s.advance(minutes=11)
    swept = s.tick()
    assert kinds(swept) == ["record"], "the apology deadline passes while gone: recorded, nobody is messaged"


def test_one_event_breaking_two_clauses_on_one_ladder_is_one_strike():
    yaml = BASE.replace(
        "  - id: 三.4\n",
        """  - id: 一.4
    text: 分享时间不发广告
    title: 分享交流时间不发硬广告
    category: ad
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [刷单]}}]
    ladder: ad_dissuasion
  - id: 三.4
""",
    )
    s = Scenario(yaml)
    d = s.say("spammer", "兼职刷单")
    assert kinds(d) == ["delete_message", "dissuade"]
    assert len(d.violations) == 1 and d.violations[0].also_cites == ("一.4",)
    assert len(s.member("spammer").strikes) == 1


def test_evaluate_does_not_mutate_the_state_it_reads():
    import copy

    from qungui.rules.engine import evaluate

    s = Scenario(BASE)
    s.say("u1", "傻逼")
    before = copy.deepcopy(s.state)
    from qungui.core.events import MessageEvent

    event = MessageEvent(id="x", group=s.group, ts=s.clock.now(), sender=s.ref("u1"), text="傻逼")
    decision = evaluate(event, s.book, s.state, s.clock.now())
    assert decision.actions
    assert s.state.members == before.members and list(s.state.recent) == list(before.recent)


def test_member_state_survives_a_round_trip_through_json():
    import json

    from qungui.rules.state import MemberState

    s = Scenario(BASE)
    s.say("u1", "傻逼")
    s.say("u1", "傻逼")
    s.say("u1", "百家乐")
    member = s.member("u1")
    assert member.pending_apology is not None and member.fines
    restored = MemberState.from_dict(json.loads(json.dumps(member.to_dict())))
    assert restored == member


def test_attachment_bytes_survive_json_and_assisted_cases_keep_the_member():
    from qungui.core.events import EVENT_ADAPTER, Attachment, MessageEvent

    s = Scenario(BASE)
    event = MessageEvent(
        id="img",
        group=s.group,
        ts=s.clock.now(),
        sender=s.ref("u9"),
        kind=MessageKind.IMAGE,
        attachments=(Attachment(mime="image/png", data=b"\x89PNG\xff\x00"),),
    )
    restored = EVENT_ADAPTER.validate_json(EVENT_ADAPTER.dump_json(event))
    assert restored == event
    from qungui.rules.engine import sanction

    queued = sanction(book=s.book, state=s.state, member_id="new", clause_id="二.2", now=s.clock.now(), case="c")
    assert "new" in queued.member_updates
