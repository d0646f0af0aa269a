"""The five shipped rulebook templates: faithful to the seed, complete, and working in the engine."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import regex

from qungui.core.events import (
    Attachment,
    GroupRef,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Tick,
)
from qungui.core.findings import ActionKind
from qungui.rules.compiled import compile_rulebook
from qungui.rules.detectors import builtin_detectors
from qungui.rules.detectors.membership import nickname_ok
from qungui.rules.engine import Decision, evaluate
from qungui.rules.explain import CONTRACT_KEYS, explain_rows
from qungui.rules.loader import load_template, template_names
from qungui.rules.schema import Enforcement, StepAction

SEED = (Path(__file__).resolve().parent.parent / "data" / "seed.txt").read_text(encoding="utf-8")
TEMPLATES = ("community", "company", "department", "chamber", "vip-store")
SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)  # outside the community's sharing time
MONDAY_2030 = datetime(2026, 11, 23, 20, 30, tzinfo=SHANGHAI)  # inside it (20:00–22:00)

# The numbered clauses each template must hold, read off the seed by hand.
REQUIRED_IDS = {
    "community": [
        *(f"一.{n}" for n in range(1, 13)),
        "二.1",
        "二.2",
        "三",
        "四.1",
        "四.2",
        "四.3",
        "四.4",
        "五",
        "六",
        "七",
        "八.1",
        "八.2",
        "八.3",
        "备注.1",
        "备注.2",
        "备注.3",
        "备注.4",
        "结语.1",
        "结语.2",
        "结语.3",
    ],
    "company": [str(n) for n in range(1, 13)],
    "department": [
        "一.1",
        "一.2",
        "二.1",
        "二.2",
        "二.3",
        *(f"三.{n}" for n in range(1, 6)),
        *(f"四.{n}" for n in range(1, 6)),
        "结语",
    ],
    "chamber": ["一", "二", "三.1", "三.2", "三.3", "三.4", "三.4.1", "三.4.2", "三.4.3", "三.5", "结语"],
    "vip-store": ["导语", "忠诚度", "1", "传统观念", "2", "3", "4", "5"],
}

# Where each template's text sits in the seed (from the line after `start` up to `end`).
SECTIONS = {
    "community": ("第一篇:微信群管理规定\n", "第二篇:"),
    "company": ("第二篇:微信群管理制度\n", "第三篇:"),
    "department": ("第三篇:微信群管理制度\n", "第四篇:"),
    "chamber": ("第四篇:微信群管理规定\n", "第五篇:"),
    "vip-store": ("3、vip客户管理制度\n", None),
}
# Website filler in the seed, not part of any rulebook.
NOT_RULES = {"vip-store": ["下面关于vip客户管理制度 ,希望可以到您!"]}
HEADING = re.compile(r"^[一二三四五六七八九十]+、\S{0,12}$")
LABEL = re.compile(r"^备注:")  # a paragraph label, not part of any rule
PUNCTUATION = set(" \t,.;:!?()“”、。;:!【】")

WORK_CHAT = [
    "明天上午九点开会，请各部门负责人准时参加",
    "订单号 20231124001 已发货",
    "收到",
    "好的，我下午把报表发到群里，大家看一下有没有问题",
    "项目进度表已更新，请查看 https://docs.qq.com/sheet/abc123",
    "今天工地安全检查，大家注意佩戴安全帽",
    "本群号召大家积极参加周六的植树活动",
    "王经理，合同我已经发到您邮箱了，麻烦确认一下",
]


@pytest.fixture(scope="module", params=TEMPLATES)
def name(request) -> str:
    return request.param


def section(name: str) -> str:
    start, end = SECTIONS[name]
    begin = SEED.index(start) + len(start)
    return SEED[begin : SEED.index(end, begin) if end else len(SEED)]


class Group:
    """A group playing events through the pure engine with explicit times."""

    def __init__(self, template: str, admins: tuple[str, ...] = ()) -> None:
        self.book = compile_rulebook(load_template(template))
        self.ref = GroupRef(platform="sim", id="g")
        self.state = self.book.new_state("g", set(admins))
        self.serial = 0

    def member(self, member_id: str, name: str | None = None) -> MemberRef:
        return MemberRef(platform="sim", id=member_id, name=name or member_id)

    def play(self, event, at: datetime) -> Decision:
        decision = evaluate(event, self.book, self.state, at)
        self.state.apply(decision)
        return decision

    def _id(self) -> str:
        self.serial += 1
        return f"e{self.serial}"

    def say(self, who: str, text: str, at: datetime, kind: MessageKind = MessageKind.TEXT, **extra) -> Decision:
        event = MessageEvent(
            id=self._id(), group=self.ref, ts=at, sender=self.member(who), text=text, kind=kind, **extra
        )
        return self.play(event, at)

    def join(self, who: str, name: str, at: datetime, inviter: str | None = None) -> Decision:
        event = MemberJoined(
            id=self._id(),
            group=self.ref,
            ts=at,
            member=self.member(who, name),
            inviter=self.member(inviter) if inviter else None,
        )
        return self.play(event, at)

    def tick(self, at: datetime) -> Decision:
        return self.play(Tick(id=self._id(), group=self.ref, ts=at), at)


def kinds(decision: Decision) -> list[ActionKind]:
    return [action.kind for action in decision.actions]


# --- loading and faithfulness -------------------------------------------------------------------


def test_the_five_templates_ship():
    assert sorted(TEMPLATES) == template_names()


def test_template_loads_compiles_and_quotes_the_seed(name):
    rulebook = load_template(name)
    book = compile_rulebook(rulebook)
    assert book.rulebook is rulebook
    assert rulebook.name == name
    not_quoted = [clause.id for clause in rulebook.clauses if clause.text not in SEED]
    assert not_quoted == []
    ids = [clause.id for clause in rulebook.clauses]
    assert len(ids) == len(set(ids))


def test_template_contains_every_numbered_clause(name):
    ids = {clause.id for clause in load_template(name).clauses}
    missing = [clause_id for clause_id in REQUIRED_IDS[name] if clause_id not in ids]
    assert missing == []


def test_nothing_in_the_seed_section_is_dropped(name):
    """Every rule line of the template's seed section is quoted, whole or in parts, by its clauses."""
    texts = [clause.text for clause in load_template(name).clauses]
    uncovered: list[str] = []
    for line in section(name).splitlines():
        for filler in NOT_RULES.get(name, ()):
            line = line.replace(filler, "")
        line = LABEL.sub("", line.strip())
        if not line or HEADING.match(line) or any(line in text for text in texts):
            continue
        covered = [False] * len(line)
        for text in texts:
            for match in re.finditer(re.escape(text), line):
                covered[match.start() : match.end()] = [True] * len(text)
        rest = "".join(ch for ch, done in zip(line, covered, strict=True) if not done and ch not in PUNCTUATION)
        if rest:
            uncovered.append(f"{line[:20]}… missing {rest[:30]!r}")
    assert uncovered == []


def test_chamber_quotes_every_numbered_item_of_its_basic_requirements():
    body = section("chamber")
    requirements = body[body.index("三、基本要求\n") + len("三、基本要求\n") : body.index("本制度自发布之日起执行。")]
    items = [item.strip() for item in re.split(r"(?m)^(?=\d\.)", requirements) if item.strip()]
    assert [item[:2] for item in items] == ["1.", "2.", "3.", "4.", "5."]
    texts = [clause.text for clause in load_template("chamber").clauses]
    assert [item[:2] for item in items if not any(item in text for text in texts)] == []


def test_chapters_four_and_five_are_the_same_text_so_one_template_serves_both():
    four = section("chamber")
    five_start = SEED.index("第五篇:微信群管理制度\n") + len("第五篇:微信群管理制度\n")
    five = SEED[five_start : SEED.index("3、vip客户管理制度")]
    assert four == five
    assert load_template("chamber").source == "第四篇、第五篇"


def test_vip_derived_clauses_quote_the_policy_sentence_that_justifies_them():
    rulebook = load_template("vip-store")
    policy = section("vip-store")
    derived = [clause for clause in rulebook.clauses if clause.source == "qungui 派生"]
    assert {clause.category.value for clause in derived if clause.category} >= {"ad", "solicitation", "abuse"}
    assert all(clause.text in policy for clause in derived)
    crm = [clause for clause in rulebook.clauses if clause.id in REQUIRED_IDS["vip-store"]]
    assert all("vip_crm" in clause.workflows for clause in crm)


def test_manual_and_assisted_clauses_say_why(name):
    for clause in load_template(name).clauses:
        if clause.enforcement is not Enforcement.AUTO:
            assert clause.reason and len(clause.reason) >= 10, clause.id


def test_every_ladder_names_its_clause_and_lets_strikes_expire(name):
    rulebook = load_template(name)
    for ladder_name, ladder in rulebook.ladders.items():
        assert ladder.strikes_expire_after is not None, ladder_name
        assert ladder.clause is not None, ladder_name
        assert any(clause.ladder == ladder_name for clause in rulebook.clauses), ladder_name


# --- ladders as the seed writes them ---------------------------------------------------------------


def steps(template: str, clause_id: str) -> list[StepAction]:
    rulebook = load_template(template)
    ladder = rulebook.ladders[rulebook.clause(clause_id).ladder]
    return [step.action for step in ladder.steps]


def test_community_violation_steps_are_warning_apology_removal():
    rulebook = load_template("community")
    assert steps("community", "四.2") == [StepAction.WARN, StepAction.WARN_APOLOGY, StepAction.REMOVE]
    ladder = rulebook.ladders[rulebook.clause("四.2").ladder]
    assert ladder.clause == "四.2"
    assert ladder.steps[1].deadline == timedelta(minutes=10)
    for clause_id in ("一.2", "一.6", "一.8", "一.12", "二.1"):
        assert rulebook.clause(clause_id).ladder == rulebook.clause("四.2").ladder, clause_id


def test_community_ads_take_three_dissuasions_then_removal():
    rulebook = load_template("community")
    assert steps("community", "三") == [StepAction.DISSUADE] * 3 + [StepAction.REMOVE]
    assert rulebook.clause("三").delete_message
    assert rulebook.clause("一.4").active_during == "sharing"
    assert rulebook.clause("一.4").ladder == rulebook.clause("三").ladder


def test_community_photos_outrage_and_severe_cases():
    rulebook = load_template("community")
    assert steps("community", "二.2") == [StepAction.WARN, StepAction.REMOVE]
    assert rulebook.clause("二.2").enforcement is Enforcement.ASSISTED
    assert steps("community", "四.3") == [StepAction.REMOVE]
    assert steps("community", "四.4") == [StepAction.REMOVE]
    assert rulebook.clause("四.3").enforcement is Enforcement.ASSISTED


def test_community_rulebook_level_settings():
    rulebook = load_template("community")
    assert rulebook.membership.invites.need_approval and rulebook.membership.invites.clause == "一.12"
    assert rulebook.inactivity is not None and rulebook.inactivity.window == timedelta(days=7)
    assert rulebook.inactivity.leave.allowed
    assert rulebook.clause(rulebook.inactivity.clause).text.startswith("一周内不发言者")
    assert "appeal" in rulebook.clause("五").workflows
    assert "report" in rulebook.clause("七").workflows


def test_chamber_fines_a_red_envelope_for_everything_in_item_four():
    rulebook = load_template("chamber")
    for clause_id in ("三.4", "三.4.1", "三.4.3"):
        ladder = rulebook.ladders[rulebook.clause(clause_id).ladder]
        assert [step.action for step in ladder.steps] == [StepAction.FINE], clause_id
        assert ladder.steps[0].amount == Decimal(20)
        assert ladder.steps[0].due_after == timedelta(hours=24)
    # 少发语音 is a matter of degree: a reminder first, the red envelope on a repeat.
    voice = rulebook.ladders[rulebook.clause("三.4.2").ladder]
    assert [step.action for step in voice.steps] == [StepAction.REMIND, StepAction.FINE]
    assert voice.steps[1].amount == Decimal(20)
    assert "penalty_ledger" in rulebook.clause("三.4").workflows
    assert rulebook.membership.policy == "whitelist" and rulebook.membership.whitelist_clause == "三.5"
    assert rulebook.naming is not None and rulebook.naming.clause == "三.2"


def test_department_seriously_warns_for_secrets_and_porn_gambling_virus_links():
    rulebook = load_template("department")
    for clause_id in ("三.4", "三.5", "四.5"):
        assert steps("department", clause_id) == [StepAction.SERIOUS_WARNING], clause_id
    assert rulebook.clause("三.4").enforcement is Enforcement.ASSISTED
    assert rulebook.membership.roster_clause == "二.2" and rulebook.membership.policy == "open"
    assert rulebook.acknowledgements.clause == "四.3"
    assert {"收到", "执行", "马上执行"} <= set(rulebook.acknowledgements.words)


def test_company_warns_for_porn_gambling_virus_links_and_stubborn_leaving():
    assert steps("company", "4") == [StepAction.WARN]
    assert steps("company", "5") == [StepAction.WARN]
    rulebook = load_template("company")
    assert rulebook.clause("5").enforcement is Enforcement.ASSISTED
    assert rulebook.clause("6").workflows == ["share_task"]
    assert rulebook.clause("9").workflows == ["response_time"]


# --- naming rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "nickname", "ok"),
    [
        ("department", "张伟", True),
        ("department", "工程部李四", True),
        ("department", "项目经理王小明", True),
        ("department", "技术员-赵六", True),
        ("department", "欧阳娜娜", True),
        ("department", "小明", False),
        ("department", "老王", False),
        ("department", "A~阳光", False),
        ("department", "🌸花开富贵", False),
        ("department", "快乐的小王子", False),
        ("department", "", False),
        ("chamber", "安徽商会金融服务部张三", True),
        ("chamber", "合肥华信科技有限公司董事长李明", True),
        ("chamber", "芜湖建材公司总经理 王五", True),
        ("chamber", "张三", False),
        ("chamber", "小明", False),
        ("chamber", "A~阳光", False),
        ("chamber", "安徽商会金融服务部张三😀", False),
    ],
)
def test_naming_pattern(template, nickname, ok):
    naming = load_template(template).naming
    assert naming is not None
    assert nickname_ok(naming.pattern, nickname) is ok


@pytest.mark.parametrize("template", ["department", "chamber"])
def test_naming_pattern_stays_fast_on_hostile_names(template):
    pattern = load_template(template).naming.pattern
    for hostile in ("部" * 5000 + "张", "安徽商会" * 2000 + "部张三x", "张" * 10000):
        assert regex.fullmatch(pattern, hostile, timeout=1.0) is None


# --- the engine with real events --------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_ordinary_work_chat_stays_clean(template):
    group = Group(template)
    for index, text in enumerate(WORK_CHAT):
        at = MONDAY_10 + timedelta(minutes=index)
        decision = group.say(f"u{index}", text, at)
        assert decision.clean, (text, [f.as_dict() for f in decision.findings])
    evening = group.say("u1", "订单号 20231124001 已发货", MONDAY_2030)
    assert evening.clean


def test_community_ad_is_dissuaded_three_times_then_the_member_is_removed():
    group = Group("community")
    ad = "兼职刷单，日结工资，宝妈在家也能做"
    seen = []
    for n in range(4):
        decision = group.say("spammer", ad + "!" * n, MONDAY_10 + timedelta(hours=n))
        assert ActionKind.DELETE_MESSAGE in kinds(decision)
        assert decision.violations[0].clause == "三"
        seen.append([k for k in kinds(decision) if k is not ActionKind.DELETE_MESSAGE])
    assert seen == [[ActionKind.DISSUADE]] * 3 + [[ActionKind.REMOVE]]
    assert group.state.members["spammer"].status == "removed"


def test_community_ad_in_sharing_time_cites_both_clauses_once():
    group = Group("community")
    decision = group.say("spammer", "招代理，躺赚月入过万", MONDAY_2030)
    assert [v.clause for v in decision.violations] == ["一.4"]
    assert decision.violations[0].also_cites == ("三",)
    assert kinds(decision) == [ActionKind.DELETE_MESSAGE, ActionKind.DISSUADE]
    assert "第 1 次劝阻" in decision.actions[1].text


def test_community_abuse_walks_warning_apology_removal():
    group = Group("community")
    first = group.say("rude", "你就是个傻逼", MONDAY_10)
    assert kinds(first) == [ActionKind.WARN]
    assert "一.6" in first.actions[0].text
    second = group.say("rude", "脑残说的就是你", MONDAY_10 + timedelta(minutes=5))
    assert kinds(second) == [ActionKind.REQUIRE_APOLOGY]
    assert second.actions[0].deadline == MONDAY_10 + timedelta(minutes=15)
    refused = group.say("rude", "我拒绝道歉", MONDAY_10 + timedelta(minutes=6))
    assert ActionKind.REMOVE in kinds(refused)
    assert group.state.members["rude"].status == "removed"


def test_community_apology_in_time_closes_the_case():
    group = Group("community")
    group.say("rude", "你就是个傻逼", MONDAY_10)
    group.say("rude", "白痴", MONDAY_10 + timedelta(minutes=1))
    sorry = group.say("rude", "对不起，我错了，向大家道歉", MONDAY_10 + timedelta(minutes=3))
    assert ActionKind.ACK_APOLOGY in kinds(sorry)
    late = group.tick(MONDAY_10 + timedelta(minutes=30))
    assert ActionKind.REMOVE not in kinds(late)
    assert group.state.members["rude"].status == "active"


def test_community_invite_without_approval_warns_the_inviter_and_requests_are_held():
    group = Group("community", admins=("owner",))
    decision = group.join("newbie", "新朋友", MONDAY_10, inviter="member")
    assert [(v.clause, v.member_id) for v in decision.violations] == [("一.12", "member")]
    assert kinds(decision) == [ActionKind.WELCOME, ActionKind.WARN]  # 一.1 welcomes the newcomer all the same
    by_admin = group.join("guest", "嘉宾", MONDAY_10 + timedelta(minutes=1), inviter="owner")
    assert not by_admin.findings and kinds(by_admin) == [ActionKind.WELCOME]
    request = JoinRequest(
        id="r1", group=group.ref, ts=MONDAY_10, member=group.member("x"), inviter=group.member("member")
    )
    held = group.play(request, MONDAY_10 + timedelta(minutes=2))
    assert kinds(held) == [ActionKind.HOLD_JOIN]


def test_community_images_while_the_chat_is_busy_get_a_gentle_reminder():
    group = Group("community")
    for n in range(16):
        group.say(f"p{n % 5}", f"第{n}个观点讨论一下", MONDAY_10 + timedelta(seconds=10 * n))
    at = MONDAY_10 + timedelta(seconds=170)
    first = group.say("shutterbug", "", at, kind=MessageKind.IMAGE)
    assert first.clean
    second = group.say("shutterbug", "", at + timedelta(seconds=5), kind=MessageKind.IMAGE)
    assert kinds(second) == [ActionKind.REMIND]
    assert second.violations[0].clause == "一.9"
    quiet = Group("community")
    assert quiet.say("shutterbug", "", MONDAY_10, kind=MessageKind.IMAGE).clean
    assert quiet.say("shutterbug", "", MONDAY_10 + timedelta(seconds=5), kind=MessageKind.IMAGE).clean


def test_community_a_silent_week_reminds_the_member():
    group = Group("community")
    group.join("quiet", "安静的人", MONDAY_10)
    early = group.tick(MONDAY_10 + timedelta(days=6))
    assert [(a.kind, a.clause) for a in early.actions] == [(ActionKind.REMIND, "一.1")], "only: read the rules"
    decision = group.tick(MONDAY_10 + timedelta(days=7, minutes=1))
    assert [(a.kind, a.clause) for a in decision.actions if a.clause == "备注.2"] == [(ActionKind.REMIND, "备注.2")]


def test_chamber_abuse_costs_a_red_envelope_that_can_be_paid():
    group = Group("chamber")
    decision = group.say("m1", "你这个废物，不要脸", MONDAY_10)
    assert kinds(decision) == [ActionKind.FINE]
    fine = decision.actions[0]
    assert fine.clause == "三.4.3"
    assert fine.amount == Decimal(20)
    assert fine.deadline == MONDAY_10 + timedelta(hours=24)
    paid = group.say("m1", "", MONDAY_10 + timedelta(hours=1), kind=MessageKind.RED_ENVELOPE, amount=Decimal(20))
    assert kinds(paid) == [ActionKind.ACK_FINE_PAID]


def test_chamber_gambling_ad_is_deleted_and_fined_and_long_voice_is_fined():
    group = Group("chamber")
    decision = group.say("m2", "线上赌场，真人荷官，稳赚不赔", MONDAY_10)
    assert kinds(decision) == [ActionKind.DELETE_MESSAGE, ActionKind.FINE]
    voice = group.say(
        "m3",
        "",
        MONDAY_10,
        kind=MessageKind.VOICE,
        attachments=(Attachment(mime="audio/amr", duration_s=75),),
    )
    assert kinds(voice) == [ActionKind.REMIND]
    assert voice.violations[0].clause == "三.4.2"
    long_voice = (Attachment(mime="audio/amr", duration_s=90),)
    burst = group.say("m3", "", MONDAY_10 + timedelta(minutes=2), kind=MessageKind.VOICE, attachments=long_voice)
    assert kinds(burst) == [] and burst.violations[0].step == "merged", "same burst: one offence"
    again = group.say("m3", "", MONDAY_10 + timedelta(minutes=30), kind=MessageKind.VOICE, attachments=long_voice)
    assert kinds(again) == [ActionKind.FINE]
    short = group.say(
        "m4", "", MONDAY_10, kind=MessageKind.VOICE, attachments=(Attachment(mime="audio/amr", duration_s=8),)
    )
    assert short.clean


def test_chamber_real_names_pass_and_outsiders_go_to_the_admins():
    group = Group("chamber", admins=("owner",))
    named = group.join("m5", "安徽商会金融服务部张三", MONDAY_10)
    assert named.findings == () and named.clean, "a real name, and no member list imported to check against"
    nickname = group.join("m6", "阳光", MONDAY_10)
    assert {f.detector for f in nickname.findings} == {"nickname"}
    request = JoinRequest(id="r2", group=group.ref, ts=MONDAY_10, member=group.member("m7", "路人"))
    held = group.play(request, MONDAY_10)
    assert kinds(held) == [ActionKind.HOLD_JOIN], "without a member list an admin checks every request"
    assert "成员名单尚未导入" in held.actions[0].text


def test_department_nickname_xiaoming_fails_the_naming_rule():
    group = Group("department")
    decision = group.join("x", "小明", MONDAY_10)
    assert [(f.detector, f.clause) for f in decision.findings] == [("nickname", "二.3")]
    assert kinds(decision) == [ActionKind.REMIND]
    assert "项目经理张伟" in decision.actions[0].text
    fixed = NicknameChanged(
        id="n1", group=group.ref, ts=MONDAY_10, member=group.member("x"), old="小明", new="工程部王明"
    )
    assert group.play(fixed, MONDAY_10 + timedelta(minutes=5)).clean
    assert group.join("y", "项目经理张伟", MONDAY_10).clean


def test_department_porn_gets_a_serious_warning_and_is_deleted():
    group = Group("department")
    decision = group.say("w1", "晚上一起看黄片", MONDAY_10)
    assert kinds(decision) == [ActionKind.DELETE_MESSAGE, ActionKind.SERIOUS_WARNING]
    assert decision.violations[0].clause == "三.5"
    link = group.say("w2", "新版图纸下载 http://tool.example.com/setup.exe", MONDAY_10 + timedelta(minutes=1))
    assert kinds(link) == [ActionKind.DELETE_MESSAGE, ActionKind.SERIOUS_WARNING]


def test_company_gambling_is_warned_and_voluntary_leaving_goes_to_the_admins():
    group = Group("company")
    decision = group.say("e1", "周末去澳门首家线上赌场玩两把", MONDAY_10)
    assert kinds(decision) == [ActionKind.DELETE_MESSAGE, ActionKind.WARN, ActionKind.ALERT_ADMIN]
    assert "警告处分" in decision.actions[1].text and "管理员请知悉" in decision.actions[2].text
    left = MemberLeft(id="l1", group=group.ref, ts=MONDAY_10, member=group.member("e2"), reason=LeaveReason.VOLUNTARY)
    decision = group.play(left, MONDAY_10 + timedelta(minutes=1))
    assert kinds(decision) == [ActionKind.QUEUE_FOR_ADMIN]
    assert decision.violations[0].clause == "5" and decision.violations[0].step == "warn"
    removed = MemberLeft(id="l2", group=group.ref, ts=MONDAY_10, member=group.member("e3"), reason=LeaveReason.REMOVED)
    assert group.play(removed, MONDAY_10 + timedelta(minutes=2)).clean


def test_vip_store_is_courteous_with_customers_and_strict_with_staff():
    group = Group("vip-store", admins=("staff",))
    poach = group.say("c1", "加我微信，私聊我有内部价", MONDAY_10)
    # the ad model (派生.1, assisted) queues it for the manager; the poaching rule (派生.2) acts at once
    assert kinds(poach) == [ActionKind.QUEUE_FOR_ADMIN, ActionKind.DELETE_MESSAGE, ActionKind.REMIND]
    assert [v.clause for v in poach.violations] == ["派生.1", "派生.2"]
    assert group.say("staff", "加我微信，新品到了第一时间通知您", MONDAY_10).clean
    rude = group.say("staff", "你这种顾客就是神经病", MONDAY_10 + timedelta(minutes=1))
    assert kinds(rude) == [ActionKind.DELETE_MESSAGE, ActionKind.ALERT_ADMIN]
    assert rude.violations[0].clause == "派生.3"


# --- explain ----------------------------------------------------------------------------------------


def test_explain_lists_every_clause_with_its_verbatim_text(name):
    rulebook = load_template(name)
    rows = explain_rows(rulebook)
    assert [row["clause"] for row in rows] == [clause.id for clause in rulebook.clauses]
    for row, clause in zip(rows, rulebook.clauses, strict=True):
        assert set(CONTRACT_KEYS) | {"title", "category", "ladder", "workflows"} <= set(row)
        assert row["text"] == clause.text and row["text"] in SEED
        assert row["enforcement"] == clause.enforcement.value
        assert row["mechanism"]
        if clause.enforcement is Enforcement.MANUAL:
            assert clause.reason in row["mechanism"]


def test_explain_describes_ladders_schedules_and_deletion():
    rows = {row["clause"]: row for row in explain_rows(load_template("community"))}
    assert rows["四.2"]["ladder"] == "违规处理步骤: 口头警告 → 警告并道歉(10分钟) → 请出"
    assert "口头警告 → 警告并道歉(10分钟) → 请出" in rows["一.6"]["mechanism"]
    assert "lexicon[abuse]" in rows["一.6"]["mechanism"]
    assert "分享交流时间" in rows["一.4"]["mechanism"] and "20:00–22:00" in rows["一.4"]["mechanism"]
    assert "删除违规消息" in rows["三"]["mechanism"]
    assert "劝阻 → 劝阻 → 劝阻 → 请出" in rows["三"]["ladder"]
    assert rows["一.3"]["ladder"] is None and rows["一.3"]["workflows"] == []
    assert rows["七"]["workflows"] == ["report"]
    assert "flood" in rows["一.2"]["mechanism"]
    assert rows["一.2"]["category"] == "flood"
    chamber = {row["clause"]: row for row in explain_rows(load_template("chamber"))}
    assert "罚发群红包20元(1天内)" in chamber["三.4.3"]["mechanism"]
    assert "安徽商会金融服务部张三" in chamber["三.2"]["mechanism"]
    vip = {row["clause"]: row for row in explain_rows(load_template("vip-store"))}
    assert "管理员同样适用" in vip["派生.3"]["mechanism"]


def test_explain_uses_the_registry_it_is_given():
    rulebook = load_template("community")
    default = explain_rows(rulebook, builtin_detectors())
    assert default == explain_rows(rulebook)
    trimmed = {key: cls for key, cls in builtin_detectors().items() if key != "flood"}
    rows = {row["clause"]: row for row in explain_rows(rulebook, trimmed)}
    assert "unknown detector" in rows["一.2"]["mechanism"]
