"""Structural detectors through the engine: flood, media when busy, links, invites, roster, nicknames."""

from __future__ import annotations

from qungui.core.events import Attachment, MessageKind
from support import Scenario, kinds

RULES = """
name: t
title: t
group_kind: custom
ladders:
  remind: {title: 提醒, steps: [{action: remind}]}
  warn: {title: 警告, steps: [{action: warn}]}
schedules:
  sharing:
    title: 分享交流时间
    windows: [{days: [1, 2, 3, 4, 5], start: "20:00", end: "21:30"}]
naming:
  clause: 二.3
  description: 所在公司+部门职位+姓名
  pattern: '^[\\p{Han}A-Za-z0-9]{2,20}(部|处|室|中心|组)[\\p{Han}]{0,8}[\\p{Han}]{2,4}$'
  example: 安徽商会金融服务部张三
membership:
  policy: whitelist
  whitelist_clause: 三.5
  roster:
    - {name: 李四, id: lisi}
    - {name: 王五}
  invites: {need_approval: true, clause: 一.12}
inactivity: {clause: 备注, window: 7d, remind_before_queue: 1d}
clauses:
  - {id: 一.2, text: 不可恶意刷屏。, title: 不可刷屏, enforcement: auto, ladder: remind,
     detectors: [{type: flood, settings: {max_messages: 5, per: 60s, max_repeats: 2, repeat_window: 10m}}]}
  - {id: 一.9, text: 聊天同学多的时候请尽量不要发图片。, title: 人多时少发图片, enforcement: auto, ladder: remind,
     detectors: [{type: media, settings: {kinds: [image], busy: {window: 5m, min_messages: 6, min_senders: 3}}}]}
  - {id: 三.4, text: 少发语音, title: 少发语音, enforcement: auto, ladder: remind,
     detectors: [{type: media, settings: {kinds: [voice], max_per_window: 2, window: 10m, max_duration_s: 59}}]}
  - {id: 一.8, text: 不准发带病毒网址, title: 不发病毒网址, enforcement: auto, ladder: warn,
     detectors: [{type: links, settings: {block_domains: [evil.example]}}]}
  - {id: 一.4, text: 分享交流时间不发硬广告, title: 分享时间不发广告, category: ad, enforcement: auto, ladder: warn,
     active_during: sharing, detectors: [{type: lexicon, settings: {terms: [优惠活动]}}]}
  - {id: 一.12, text: 不得随意拉人进群。, title: 不得随意拉人, enforcement: auto, ladder: remind,
     detectors: [{type: invites}], workflows: [invite_approval]}
  - {id: 三.5, text: 不相关人员禁止入群。, title: 只加会员, enforcement: assisted, ladder: warn,
     reason: 名单可能未更新, detectors: [{type: membership}]}
  - {id: 二.3, text: 群成员一律实名制。, title: 实名制, enforcement: auto, ladder: remind,
     detectors: [{type: nickname}], workflows: [naming]}
  - {id: 备注, text: 一周内不发言者, title: 一周内须发言, enforcement: auto, workflows: [inactivity, leave]}
"""


def test_flood_by_rate_and_by_repetition_but_not_by_acknowledgements():
    s = Scenario(RULES)
    for i in range(5):
        assert kinds(s.say("u1", f"第{i}条消息")) == []
        s.advance(seconds=5)
    flood = s.say("u1", "第六条")
    assert flood.findings[0].category.value == "flood" and "6 条消息" in flood.findings[0].evidence
    s.advance(minutes=5)
    assert kinds(s.say("u2", "快来看看这个")) == []
    assert kinds(s.say("u2", "快来看看这个")) == []
    assert s.say("u2", "快 来 看 看 这 个").findings[0].detail == {"repeats": 3}
    for _ in range(4):
        assert s.say("u3", "收到").findings == (), "repeating 收到 is acknowledging, not flooding"


def test_images_are_only_a_problem_when_the_chat_is_busy():
    s = Scenario(RULES)
    assert s.say("u1", kind=MessageKind.IMAGE).findings == ()
    for i in range(6):
        s.say(f"p{i % 3}", f"讨论{i}")
        s.advance(seconds=20)
    busy = s.say("u1", kind=MessageKind.IMAGE)
    assert busy.findings and busy.findings[0].clause == "一.9" and busy.findings[0].detail["busy"] is True
    s.advance(minutes=10)
    assert s.say("u1", kind=MessageKind.IMAGE).findings == (), "quiet again"


def test_voice_limits_count_and_length():
    s = Scenario(RULES)
    long_voice = Attachment(duration_s=75)
    assert s.say("u1", kind=MessageKind.VOICE, attachments=(long_voice,)).findings[0].category.value == "voice"
    s.advance(minutes=1)
    assert s.say("u2", kind=MessageKind.VOICE).findings == ()
    assert s.say("u2", kind=MessageKind.VOICE).findings == ()
    third = s.say("u2", kind=MessageKind.VOICE)
    assert third.findings and "语音 3 条" in third.findings[0].evidence


def test_links_blocked_domains_downloads_and_invite_links():
    s = Scenario(RULES)
    assert s.say("u1", "看这里 https://www.evil.example/x").findings[0].detail["why"] == "blocked domain"
    assert s.say("u1", "安装 http://dl.example.com/tool.apk").findings[0].category.value == "malicious_link"
    invite = s.say("u1", "进我的群 https://weixin.qq.com/g/AbCdEf")
    assert invite.findings[0].category.value == "solicitation"
    clean = ["报表见 2024年报.xlsx", "官网 https://www.gov.cn/zhengce 的通知", "版本 v1.2.3 已发布"]
    for text in clean:
        assert s.say("u2", text).findings == (), text


def test_ad_clause_applies_only_during_the_sharing_session():
    s = Scenario(RULES)  # Monday 09:00
    assert s.say("u1", "优惠活动来了").findings == ()
    s.advance(hours=11, minutes=30)  # Monday 20:30
    assert s.say("u1", "优惠活动来了").findings[0].clause == "一.4"
    s.advance(days=5)  # Saturday 20:30
    assert s.say("u1", "优惠活动来了").findings == ()


def test_admins_are_exempt_and_their_invites_need_no_approval():
    s = Scenario(RULES, admins={"boss"})
    for _ in range(8):
        s.say("boss", "重要通知请看群公告")
    assert all(not d.findings for d in s.decisions)
    assert kinds(s.join("lisi", inviter="boss", name="安徽商会金融服务部李四")) == []
    invited = s.join("wangwu-id", inviter="u1", name="安徽商会秘书处王五")
    assert [(v.member_id, v.clause) for v in invited.violations] == [("u1", "一.12")]
    assert kinds(s.join("x", inviter="u1", approved_by="boss", name="安徽商会秘书处王五")) == []


def test_join_requests_are_held_for_approval_with_the_reason():
    s = Scenario(RULES, admins={"boss"})
    held = s.request("stranger", inviter="u1")
    assert kinds(held) == ["hold_join"]
    assert "不在本群成员名单上" in held.actions[0].text and "非管理员" in held.actions[0].text
    assert s.member("stranger").status == "pending"
    assert kinds(s.request("lisi")) == ["approve_join"], "a listed person is let in"


def test_people_not_on_the_roster_are_queued_for_an_admin():
    s = Scenario(RULES, admins={"boss"})
    joined = s.join("zhao", inviter="boss", name="安徽商会金融服务部赵六")
    assert kinds(joined) == ["queue_for_admin"]
    assert joined.violations[0].enforcement.value == "assisted" and joined.violations[0].step == "warn"


def test_nicknames_checked_on_join_and_on_change():
    s = Scenario(RULES, admins={"boss"})
    bad = s.join("lisi", inviter="boss", name="小明")
    assert [f.detector for f in bad.findings] == ["nickname"]
    assert "安徽商会金融服务部张三" in bad.findings[0].evidence
    assert s.rename("lisi", "安徽商会金融服务部李四").findings == ()
    assert s.rename("lisi", "A~阳光🌞").findings[0].detector == "nickname"


def test_inactivity_reminds_then_queues_and_leave_exempts():
    s = Scenario(RULES, admins={"boss"})
    s.join("lisi", inviter="boss", name="安徽商会金融服务部李四")
    s.join("wang", inviter="boss", name="安徽商会金融服务部王五")
    s.say("lisi", "大家好")
    s.say("wang", "大家好")
    s.state.members["wang"] = s.member("wang").with_(on_leave_until=s.clock.now().replace(year=2027))
    s.advance(days=6, hours=23)
    assert kinds(s.tick()) == []
    s.advance(hours=1)
    reminded = s.tick()
    assert kinds(reminded) == ["remind"] and reminded.actions[0].member_id == "lisi"
    assert "请假" in reminded.actions[0].text
    s.advance(hours=12)
    assert kinds(s.tick()) == []
    s.advance(hours=12)
    queued = s.tick()
    assert kinds(queued) == ["queue_for_admin"]
    s.advance(hours=1)
    assert kinds(s.tick()) == [], "queued once"
    s.say("lisi", "我回来了")
    assert s.member("lisi").inactivity_reminded_at is None


def test_a_flood_burst_is_one_offence_under_a_strike_cooldown():
    rules = RULES.replace(
        "  - {id: 一.2, text: 不可恶意刷屏。, title: 不可刷屏, enforcement: auto, ladder: remind,",
        "  - {id: 一.2, text: 不可恶意刷屏。, title: 不可刷屏, enforcement: auto, ladder: warn, strike_cooldown: 10m,",
    )
    s = Scenario(rules)
    decisions = []
    for i in range(12):
        decisions.append(s.say("u1", f"刷屏{i}"))
        s.advance(seconds=3)
    flagged = [d for d in decisions if d.violations]
    assert [kinds(d) for d in flagged] == [["warn"], [], [], [], [], [], []]
    assert all(d.violations[0].merged_into == flagged[0].violations[0].case for d in flagged[1:])
    assert len(s.member("u1").strikes) == 1
    s.advance(minutes=11)
    for i in range(6):
        last = s.say("u1", f"又刷屏{i}")
    assert kinds(last) == ["warn"] and len(s.member("u1").strikes) == 2, "a new burst after the cooldown counts"


def test_executable_files_shared_in_the_group_are_caught():
    s = Scenario(RULES)
    virus = s.say("u1", kind=MessageKind.FILE, attachments=(Attachment(name="发票查询.exe"),))
    assert virus.findings[0].category.value == "malicious_link" and virus.findings[0].evidence == "发票查询.exe"
    assert s.say("u1", kind=MessageKind.FILE, attachments=(Attachment(name="三季度报表.xlsx"),)).findings == ()


MODEL_RULES = """
name: t
title: t
group_kind: custom
ladders:
  fine: {title: 罚红包, steps: [{action: fine, amount: 20}]}
clauses:
  - id: 三.4.3
    text: 禁止诋毁、谩骂等不文明行为
    title: 禁止诋毁谩骂
    category: abuse
    enforcement: auto
    ladder: fine
    detectors:
      - {type: lexicon, settings: {terms: [傻逼]}}
      - {type: abuse_model, enforcement: assisted}
"""


def test_a_classifier_marked_assisted_queues_instead_of_sanctioning():
    s = Scenario(MODEL_RULES)
    subtle = s.say("u1", "你们河南人都是骗子")
    assert [f.detector for f in subtle.findings] == ["abuse_model"] and subtle.findings[0].assisted
    assert kinds(subtle) == ["queue_for_admin"], "the model alone never fines anyone"
    assert subtle.violations[0].step == "fine", "the admin sees the step the ladder proposes"
    assert s.member("u1").strikes == ()
    plain = s.say("u2", "你个傻逼")
    assert kinds(plain) == ["fine"], "the word list still acts on its own; the model's agreement changes nothing"
    assert s.say("u3", "明天上午九点开会，请各部门负责人准时参加").findings == ()
