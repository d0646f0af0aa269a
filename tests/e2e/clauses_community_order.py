"""第一篇 微信群管理规定 (community), 二 发图 to 备注: photos, ads, removal, appeals, reports, silence and leave."""

from __future__ import annotations

from e2e.checks import (
    ADMINS,
    admins_told,
    case_number,
    clause_cases,
    conversation,
    decide,
    nowhere_in_group,
    open_group,
    report,
    request_number,
    silent_in_group,
    todo,
    told_in_group,
)
from e2e.registry import scenario
from qungui.adapters.simulator.platform import WECHAT_LIKE

T = "community"


# 二、发图 ------------------------------------------------------------------------------------------


@scenario(T, "二.1")
def obscene_content_deleted_image_floods_and_reported_images(sessions):
    g = open_group(sessions, T)
    porn = g.say("zhang", "福利视频，看片私聊")
    assert g.message_id(porn) in g.sim.deleted
    told_in_group(g, "zhang", "二.1", contains="口头警告")
    g.advance(hours=1)
    since = g.mark()
    for _ in range(11):  # eleven images in ten minutes, one a minute
        last = g.image("zhang")
        g.advance(minutes=0.9)
    assert g.message_id(last) in g.sim.deleted
    told_in_group(g, "zhang", "二.1", since=since, contains="当场道歉")
    g.say("zhang", "抱歉，刚才发多了")
    g.advance(hours=1)
    photo = g.image("zhang", b"\x89PNG an obscene picture")
    number = report(g, "li", reason="二.1 发色情图片", message=g.message_id(photo))
    decide(g, "admin1", f"通过 {number}")
    assert g.kicked() == ["zhang"]
    assert [s for s, _ in clause_cases(g, "zhang", "二.1")] == ["applied"] * 3
    assert clause_cases(g, "zhang", "二.1")[-1] == ("applied", "remove")
    nowhere_in_group(g, "li")


@scenario(
    T,
    "二.1",
    variant="an image burst is one offence",
)
def a_burst_of_images_is_one_offence(sessions):
    g = open_group(sessions, T)
    for _ in range(12):
        g.image("zhang")
    assert len(g.state("zhang").strikes) == 1, g.cases("zhang")
    assert g.state("zhang").pending_apology is None


@scenario(T, "二.2")
def someone_elses_photo_warned_once_then_removed(sessions):
    g = open_group(sessions, T)
    photo = g.image("zhang", b"\x89PNG li at the party")
    number = report(g, "li", reason="二.2 未经我同意发我的照片", message=g.message_id(photo))
    since = g.mark()
    decide(g, "admin1", f"通过 {number}")
    warning = told_in_group(g, "zhang", "二.2", since=since, contains="警告（仅此一次）")
    assert "如有再犯，直接除名" in warning
    g.advance(days=2)
    again = g.image("zhang", b"\x89PNG wang asleep")
    number = report(g, "wang", reason="二.2 又发别人照片", message=g.message_id(again))
    since = g.mark()
    decide(g, "admin2", f"通过 {number}")
    assert g.kicked() == ["zhang"]
    assert [t for t in g.group_texts(since) if "再次未经同意发他人照片" in t and "二.2" in t], conversation(g)
    assert clause_cases(g, "zhang", "二.2") == [("applied", "warn"), ("applied", "remove")]
    nowhere_in_group(g, "li", "wang")


# 三、广告 ------------------------------------------------------------------------------------------


@scenario(T, "三")
def three_dissuasions_then_removal(sessions):
    g = open_group(sessions, T)
    ads = ["诚招代理，月入过万", "兼zhi刷单，日结", "扫 码 进 群，福利多多"]  # plain, pinyin, spaced out
    for n, text in enumerate(ads, start=1):
        ad = g.say("zhang", text)
        assert g.message_id(ad) in g.sim.deleted, text
        told_in_group(g, "zhang", "三", contains=f"第 {n} 次劝阻")
        g.advance(hours=1)
    assert g.kicked() == []
    last = g.say("zhang", "诚招代理，月入过万")
    assert g.message_id(last) in g.sim.deleted and g.kicked() == ["zhang"]
    told_in_group(g, "zhang", "三", contains="被请出本群")
    assert [step for _s, step in clause_cases(g, "zhang", "三")] == ["dissuade"] * 3 + ["remove"]

    since = g.mark()
    g.say("li", "加我微❤ abc12345 代理招募")  # only the classifier sees through 微❤: an admin decides
    silent_in_group(g, since)
    number = case_number(g, "li", "三", status="queued")
    decide(g, "admin2", f"通过 A{number}")
    told_in_group(g, "li", "三", since=since, contains="第 1 次劝阻")
    assert clause_cases(g, "li", "三") == [("applied", "dissuade")]


@scenario(T, "三", variant="wechat-like: no delete, no kick")
def on_wechat_ads_are_left_to_the_admins_to_recall(sessions):
    g = open_group(sessions, T, capabilities=WECHAT_LIKE)
    for _ in range(4):
        g.say("zhang", "诚招代理，月入过万")
        g.advance(hours=1)
    assert g.sim.deleted == set() and g.kicked() == []
    errors = g.sanction_errors("zhang")
    assert errors.count(("delete_message", "unsupported", "平台不支持撤回消息，已请管理员手动撤回")) == 4
    assert ("remove", "unsupported", "平台不支持移出成员，已请管理员手动移出") in errors
    assert [step for _s, step in clause_cases(g, "zhang", "三")] == ["dissuade"] * 3 + ["remove"]
    admins_told(g, "请手动撤回")
    admins_told(g, "请将")


@scenario(
    T,
    "三",
    variant="a confirmed ad is recalled",
)
def a_confirmed_ad_is_recalled(sessions):
    g = open_group(sessions, T)
    ad = g.say("li", "加我微❤ abc12345 代理招募")
    assert g.message_id(ad) not in g.sim.deleted, "nothing is deleted before an admin looks"
    number = case_number(g, "li", "三", status="queued")
    decide(g, "admin2", f"通过 A{number}")
    assert g.message_id(ad) in g.sim.deleted, conversation(g)


# 四、T人规则 ---------------------------------------------------------------------------------------


@scenario(T, "四.3")
def public_outrage_verified_means_removal_at_once(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "你们这些老股东都该滚出去")
    number = report(g, "li", target="zhang", reason="四.3 辱骂老股东，大家都很气愤")
    since = g.mark()
    decide(g, "admin1", f"通过 {number}")
    assert g.kicked() == ["zhang"]
    told_in_group(g, "zhang", "四.3", since=since, contains="被请出本群")
    assert clause_cases(g, "zhang", "四.3") == [("applied", "remove")]
    assert g.state("zhang").removed_by == "admin1"
    nowhere_in_group(g, "li")


@scenario(T, "四.4")
def severe_violation_verified_means_removal(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "把股东名单和电话都发到外面去了，你们能怎样")
    number = report(g, "li", target="zhang", reason="四.4 泄露股东名单，情节严重")
    since = g.mark()
    rejected = decide(g, "zhang", f"通过 {number}")  # a member cannot decide
    assert rejected and "只有管理员" in rejected[0]
    decide(g, "owner", f"通过 {number}")
    assert g.kicked() == ["zhang"]
    told_in_group(g, "zhang", "四.4", since=since, contains="被请出本群")
    assert clause_cases(g, "zhang", "四.4") == [("applied", "remove")]
    nowhere_in_group(g, "li")


# 五、群成员更新 ------------------------------------------------------------------------------------


@scenario(T, "五")
def removed_member_appeals_and_another_admin_readmits(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "你就是个废物")
    answer = decide(g, "admin1", "移除 @张三 一.6 屡次辱骂", mentions=("zhang",))  # the ladder's last step
    assert answer and "请出本群" in answer[0], conversation(g)
    assert g.kicked() == ["zhang"] and g.state("zhang").removed_by == "admin1"

    g.advance(hours=2)
    since = g.mark()
    g.private("zhang", "申诉 那天是别人拿我手机发的，我愿意道歉")
    filed = g.private_texts("zhang", since)
    number = request_number(filed, "S")
    admins_told(g, f"新申诉 {number}", since=since, admins=("owner", "admin2"))
    assert g.private_texts("admin1", since) == [], "the remover is not asked"
    refused = decide(g, "admin1", f"通过 {number}", private=True)
    assert refused and "其他管理员" in refused[0]
    assert g.state("zhang").status == "removed"

    since = g.mark()
    decide(g, "admin2", f"通过 {number}", private=True)
    assert [t for t in g.private_texts("zhang", since) if "已通过" in t]
    assert g.state("zhang").status == "active" and g.state("zhang").removed_by is None
    assert clause_cases(g, "zhang", "一.6") == [("applied", "warn"), ("overridden", "remove")]
    assert g.state("zhang").strikes == (), "the removal's ladder starts again"
    g.join("zhang", approved_by="admin2")
    assert [m for m in g.group_messages(since) if "zhang" in m.mentions and "欢迎" in m.text]
    g.say("zhang", "已阅读群规")
    g.advance(days=1)
    since = g.mark()
    g.say("zhang", "蠢货")
    told_in_group(g, "zhang", "一.6", since=since, contains="口头警告")


@scenario(
    T,
    "五",
    variant="the platform reports the bot's kick",
)
def the_remover_still_cannot_decide_after_the_platform_reports_the_kick(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "你就是个废物")
    decide(g, "admin1", "移除 @张三 一.6 屡次辱骂", mentions=("zhang",))
    g.leave("zhang", removed_by="bot")  # the platform's own notice of the kick
    assert g.state("zhang").removed_by == "admin1", g.state("zhang").removed_by
    g.private("zhang", "申诉 我是冤枉的")
    refused = decide(g, "admin1", "通过 S1", private=True)
    assert refused and "其他管理员" in refused[0]


# 七、举报方式 --------------------------------------------------------------------------------------


@scenario(T, "七")
def a_verified_report_removes_at_once_and_the_reporter_stays_secret(sessions):
    g = open_group(sessions, T)
    bad = g.say("zhang", "私下加我，我有内部消息能让你们赚翻")
    number = report(g, "li", reason="他私下骗股东投钱", message=g.message_id(bad))
    since = g.mark()
    decide(g, "admin2", f"通过 {number}")
    assert g.kicked() == ["zhang"]
    told_in_group(g, "zhang", "七", since=since, contains="被请出本群")
    assert clause_cases(g, "zhang", "七") == [("applied", "remove")]
    assert [t for t in g.private_texts("li", since) if "已核实并处理" in t]
    g.private("zhang", "我的记录")
    record = g.private_texts("zhang")[-1]
    assert "七" in record and "li" not in record and "李四" not in record
    nowhere_in_group(g, "li")


# 备注 ----------------------------------------------------------------------------------------------


@scenario(T, "备注.2")
def a_silent_week_is_reminded_then_handed_to_the_admins(sessions):
    g = open_group(sessions, T)
    for member in ("zhang", "li"):
        g.join(member)
        g.say(member, "已阅读群规")
    g.advance(days=3)
    g.say("li", "出差刚回来")
    since = g.mark()
    g.advance(days=3, hours=23)
    silent_in_group(g, since)
    g.advance(hours=1)
    reminded = [m.text for m in g.group_messages(since) if "zhang" in m.mentions]
    assert len(reminded) == 1 and "超过1周未在群内发言" in reminded[0] and "请假" in reminded[0], reminded
    assert not [m for m in g.group_messages(since) if "li" in m.mentions], "li spoke three days later"
    told = [t for a in ADMINS for t in g.private_texts(a, since)]
    assert all(t.startswith("【群规周报】") for t in told), "only Monday's weekly digest"
    assert all("一周以上未发言：1 人：张三" in t for t in told), told

    since = g.mark()
    g.advance(days=1)
    admins_told(g, "张三 已超过1周未发言且未请假", since=since)
    assert ("queue_for_admin", "done") in g.sanctions("zhang")
    silent_in_group(g, since)
    listed = todo(g, "admin1")
    assert "一周未发言待处理" in listed and "张三" in listed.split("一周未发言待处理")[1], listed
    assert "李四" not in listed
    assert g.kicked() == [] and g.state("zhang").status == "active", "管理人员可自行处理: nothing automatic"

    since = g.mark()
    g.say("zhang", "不好意思，最近太忙")
    g.advance(days=6)
    assert not [m for m in g.group_messages(since) if "zhang" in m.mentions], "speaking starts the week again"


@scenario(T, "备注.3")
def approved_leave_covers_the_silence(sessions):
    g = open_group(sessions, T)
    for member in ("zhang", "li", "wang"):
        g.join(member)
        g.say(member, "已阅读群规")
    since = g.mark()
    g.say("zhang", "请假 明天到下周五 去外地出差")
    asked = [m.text for m in g.group_messages(since)]
    number = request_number(asked, "Q")
    assert "管理员批准后生效" in asked[-1]
    admins_told(g, f"新请假申请 {number}", since=since)
    since = g.mark()
    decide(g, "admin1", f"通过 {number}")
    assert [t for t in g.private_texts("zhang", since) if "已批准" in t]
    assert g.state("zhang").on_leave_until is not None

    g.say("li", "请假 明天到下周五 家里有事")  # asked, never approved
    g.say("wang", "请假 明天到下周五 想休息")
    rejected = request_number([g.group_texts()[-1]], "Q")
    decide(g, "admin2", f"拒绝 {rejected} 理由不充分")
    assert [t for t in g.private_texts("wang") if "未获批准" in t and "理由不充分" in t]

    since = g.mark()
    g.advance(days=8)
    assert not [m for m in g.group_messages(since) if "zhang" in m.mentions], "on approved leave: nothing"
    assert [m for m in g.group_messages(since) if "li" in m.mentions and "未在群内发言" in m.text]
    assert [m for m in g.group_messages(since) if "wang" in m.mentions and "未在群内发言" in m.text]
    admins_told(g, "李四 已超过1周未发言", since=since)
    assert not [t for a in ADMINS for t in g.private_texts(a, since) if "张三" in t]


@scenario(
    T,
    "备注.3",
    variant="the leave does not count afterwards",
)
def silence_during_leave_is_not_counted_after_it(sessions):
    g = open_group(sessions, T)
    g.join("zhang")
    g.say("zhang", "已阅读群规")
    g.say("zhang", "请假 明天到下周五 去外地出差")  # 11月24日至12月4日
    decide(g, "admin1", f"通过 {request_number(g.group_texts(), 'Q')}")
    since = g.mark()
    g.advance_to(g.clock.now().replace(month=12, day=10))  # five days after the leave
    assert not [m for m in g.group_messages(since) if "zhang" in m.mentions], conversation(g)
    told = [t for a in ADMINS for t in g.private_texts(a, since) if not t.startswith("【群规周报】")]
    assert told == [], "only the weekly digests"
    g.advance(days=3)  # silence outside the leave passes a week: the rule applies again
    assert [m for m in g.group_messages(since) if "zhang" in m.mentions and "未在群内发言" in m.text]
