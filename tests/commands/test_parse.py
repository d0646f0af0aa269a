"""In-group commands: every command and alias, the @bot prefix, chat that merely contains a command word."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from qungui.commands import help as help_texts
from qungui.commands.parse import ALIASES, parse_command, resolve_clause
from qungui.commands.types import (
    Apologise,
    Appeal,
    Approve,
    CommandError,
    Fine,
    Help,
    Leave,
    MyRecord,
    NotACommand,
    Reject,
    Remove,
    Report,
    ShowRules,
    Undo,
    Warn,
)
from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent
from qungui.rules.loader import load_template

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)
COMMUNITY = load_template("community")
IDS = {clause.id for clause in COMMUNITY.clauses}
BOT = "bot"


def msg(text: str, *, mentions: tuple[str, ...] = (), reply_to: str | None = None, **extra) -> MessageEvent:
    return MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id="g1"),
        ts=NOW,
        sender=MemberRef(platform="sim", id="u1", name="小王"),
        text=text,
        mentions=mentions,
        reply_to=reply_to,
        **extra,
    )


def parse(text: str, *, admin: bool = False, ids: set[str] = IDS, **kwargs):
    return parse_command(msg(text, **kwargs), bot_id=BOT, admin=admin, clause_ids=ids, tz=TZ, now=NOW)


PREFIXES = ["", "@群管家 ", "@群管家\u2005", "@群管家\u3000", "/", "／", "#", "！", "@群管家 /"]


def _mentions(prefix: str, others: tuple[str, ...] = ()) -> tuple[str, ...]:
    return ((BOT,) if "@群管家" in prefix else ()) + others


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("alias", ALIASES["群规"])
def test_rules_every_alias_and_prefix(prefix, alias):
    assert parse(prefix + alias, mentions=_mentions(prefix)) == ShowRules(None)
    assert parse(f"{prefix}{alias}\u3000四.2", mentions=_mentions(prefix)) == ShowRules("四.2")


@pytest.mark.parametrize("written", ["群规 四.2", "群规四.2", "群规 四、2", "群规 4.2", "群规 第四条.2", "RULES 四．2"])
def test_rules_clause_spellings(written):
    assert parse(written) == ShowRules("四.2")


def test_clause_with_arabic_ids():
    company = {c.id for c in load_template("company").clauses}
    assert parse("群规 十一", ids=company) == ShowRules("11")
    assert parse("群规 3.1", ids=company) == ShowRules("3.1")
    assert resolve_clause("三.4.1", {"三.4.1"}) == "三.4.1"
    assert resolve_clause("备注.2", IDS) == "备注.2"


def test_unknown_clause_explains_how_to_see_rules():
    result = parse("群规 四.9")
    assert isinstance(result, CommandError) and result.code == "unknown_clause"
    assert "四.9" in result.reply and "发送“群规”" in result.reply


def test_rules_word_in_chat_is_not_a_command():
    assert parse("规则，大家都要遵守") == NotACommand()
    assert isinstance(parse("@群管家 规则 大家都要遵守", mentions=(BOT,)), CommandError)


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("alias", ALIASES["举报"])
def test_report_member(prefix, alias):
    result = parse(f"{prefix}{alias} @张三 拉人去别的群", mentions=_mentions(prefix, ("zhangsan",)))
    assert result == Report(target_member="zhangsan", target_message=None, reason="拉人去别的群")


def test_report_reply_with_screenshots():
    images = (Attachment(mime="image/png"), Attachment(mime="image/jpeg"))
    result = parse("举报：发广告", reply_to="m0", quote_text="加我微信", attachments=images)
    assert result == Report(
        target_member=None, target_message="m0", reason="发广告", evidence_attachments=2, quoted_text="加我微信"
    )


def test_report_without_target_explains_how():
    result = parse("举报 有人发广告")
    assert isinstance(result, CommandError) and result.code == "no_target"
    assert "回复要举报的消息" in result.reply and "举报 @某人 原因" in result.reply


def test_report_without_reason():
    result = parse("举报 @张三", mentions=("zhangsan",))
    assert isinstance(result, CommandError) and result.code == "no_reason"


@pytest.mark.parametrize("alias", ALIASES["申诉"])
def test_appeal(alias):
    assert parse(f"{alias} 那不是广告") == Appeal("那不是广告")
    assert isinstance(parse(alias), CommandError)


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("alias", ALIASES["请假"])
def test_leave(prefix, alias):
    result = parse(f"{prefix}{alias} 11月25日到27日 出差", mentions=_mentions(prefix))
    assert isinstance(result, Leave)
    assert (result.start.date(), result.end.date(), result.reason) == (date(2026, 11, 25), date(2026, 11, 27), "出差")


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("请假 11月32日 出差", "bad_date", "11月32日"),
        ("请假 11月27日到11月25日 出差", "bad_date", "早于"),
        ("请假 200天 出国", "bad_date", "太长"),
        ("请假 11月1日 有事", "bad_date", "已经过去"),
        ("请假 明天", "no_reason", "原因"),
        ("请假", "no_date", "日期"),
    ],
)
def test_leave_errors(text, code, word):
    result = parse(text)
    assert isinstance(result, CommandError) and result.code == code and word in result.reply


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("alias", ALIASES["道歉"])
def test_apologise(prefix, alias):
    assert parse(prefix + alias, mentions=_mentions(prefix)) == Apologise(alias)
    assert parse(f"{prefix}{alias}，刚才说话太冲了", mentions=_mentions(prefix)) == Apologise(
        f"{alias}，刚才说话太冲了"
    )


@pytest.mark.parametrize("alias", ALIASES["我的记录"])
def test_my_record(alias):
    assert parse(alias) == MyRecord()
    assert parse(f"@群管家 {alias}", mentions=(BOT,)) == MyRecord()


@pytest.mark.parametrize("alias", ALIASES["帮助"])
def test_help(alias):
    assert parse(alias) == Help(None)
    assert parse(f"{alias} 请假") == Help("请假")
    assert parse(f"{alias} leave") == Help("请假")


def test_bare_mention_of_the_bot_is_help():
    assert parse("@群管家", mentions=(BOT,)) == Help(None)


@pytest.mark.parametrize(
    "text",
    [
        "我向大家道歉是应该的吗",
        "今天请假的人多吗",
        "这个举报流程谁负责",
        "请假的人多吗",
        "道歉是应该的",
        "举报流程是什么",
        "记录一下明天开会",
        "记录：明天开会",
        "菜单 今天吃什么",
        "帮助别人是快乐的",
        "拒绝道歉",
        "#今日打卡",
        "大家好",
        "",
        "@张三 群规你看了吗",
    ],
)
def test_chat_containing_command_words_is_not_a_command(text):
    assert parse(text, mentions=("zhangsan",) if "@张三" in text else ()) == NotACommand()


def test_unknown_command_when_addressed():
    result = parse("@群管家 天气", mentions=(BOT,))
    assert isinstance(result, CommandError) and result.code == "unknown_command"
    assert "天气" in result.reply and "帮助" in result.reply
    close = parse("/群龟")
    assert isinstance(close, CommandError) and "群规" in close.reply


def test_mention_of_someone_else_does_not_address_the_bot():
    assert parse("@张三 天气", mentions=("zhangsan",)) == NotACommand()


def test_bot_name_anywhere():
    event = msg("群规 四.2 @群管家", mentions=(BOT,))
    found = parse_command(event, bot_id=BOT, bot_name="群管家", admin=False, clause_ids=IDS, tz=TZ, now=NOW)
    assert found == ShowRules("四.2")


@pytest.mark.parametrize("alias", ALIASES["警告"])
def test_warn(alias):
    result = parse(f"{alias} @张三 一.6 人身攻击", admin=True, mentions=("zhangsan",))
    assert result == Warn(target_member="zhangsan", target_message=None, clause="一.6", reason="人身攻击")
    by_reply = parse(alias + " 刷屏", admin=True, reply_to="m9")
    assert by_reply == Warn(target_member=None, target_message="m9", clause=None, reason="刷屏")


@pytest.mark.parametrize("alias", ALIASES["移除"])
def test_remove(alias):
    result = parse(f"@群管家 {alias} @张三 三 多次发广告", admin=True, mentions=(BOT, "zhangsan"))
    assert result == Remove(target_member="zhangsan", target_message=None, clause="三", reason="多次发广告")


def test_admin_command_with_unknown_clause():
    result = parse("警告 @张三 一.99 刷屏", admin=True, mentions=("zhangsan",))
    assert isinstance(result, CommandError) and result.code == "unknown_clause"


@pytest.mark.parametrize("alias", ALIASES["撤销"])
def test_undo(alias):
    assert parse(f"{alias} 12", admin=True) == Undo(case_id="12", target_member=None)
    assert parse(f"{alias} #C-7 误判", admin=True) == Undo(case_id="C-7", target_member=None, reason="误判")
    assert parse(f"{alias} @张三", admin=True, mentions=("zhangsan",)) == Undo(case_id=None, target_member="zhangsan")


@pytest.mark.parametrize("alias", ALIASES["通过"])
def test_approve(alias):
    assert parse(f"{alias} 7", admin=True) == Approve(request_id="7", target_member=None)
    assert parse(f"{alias} @张三", admin=True, mentions=("zhangsan",)) == Approve(None, "zhangsan")


@pytest.mark.parametrize("alias", ALIASES["拒绝"])
def test_reject(alias):
    assert parse(f"{alias} 7 日期太长", admin=True) == Reject(request_id="7", target_member=None, reason="日期太长")


@pytest.mark.parametrize("alias", ALIASES["罚红包"])
@pytest.mark.parametrize(
    ("args", "amount", "clause"),
    [
        ("", None, None),
        (" 20", Decimal(20), None),
        (" 20元 四.2", Decimal(20), "四.2"),
        (" 二十块", Decimal(20), None),
        (" 四.2 5.5元", Decimal("5.5"), "四.2"),
        (" 一.6", None, "一.6"),
    ],
)
def test_fine(alias, args, amount, clause):
    result = parse(f"{alias} @张三{args}", admin=True, mentions=("zhangsan",))
    assert result == Fine(target_member="zhangsan", target_message=None, amount=amount, clause=clause)


@pytest.mark.parametrize("amount", ["0元", "5000", "1001块", "-3"])
def test_fine_amount_bounded(amount):
    result = parse(f"罚红包 @张三 {amount}", admin=True, mentions=("zhangsan",))
    assert isinstance(result, CommandError)


@pytest.mark.parametrize(
    "text",
    ["警告 @张三 刷屏", "移除 @张三", "撤销 12", "通过 7", "拒绝 7", "罚红包 @张三 20", "踢出 @张三", "@群管家 通过"],
)
def test_non_admin_gets_polite_refusal(text):
    mentions = tuple(m for m, word in ((BOT, "@群管家"), ("zhangsan", "@张三")) if word in text)
    result = parse(text, mentions=mentions)
    assert isinstance(result, CommandError) and result.code == "not_admin"
    assert result.reply.startswith("只有管理员可以使用“") and result.command in result.reply


@pytest.mark.parametrize("text", ["警告！不要再发了", "通过，大家辛苦了", "拒绝，我不同意"])
def test_admin_words_in_chat_stay_chat(text):
    assert parse(text) == NotACommand()
    assert parse(text, admin=True) == NotACommand()


def test_admin_command_missing_target_when_addressed():
    result = parse("@群管家 警告", admin=True, mentions=(BOT,))
    assert isinstance(result, CommandError) and result.code == "no_target" and "警告 @张三" in result.reply


def test_help_texts_mention_every_command():
    member = help_texts.help_text(admin=False)
    admin = help_texts.help_text(admin=True)
    english = help_texts.help_text(admin=True, language="en")
    for name in ("群规", "举报", "申诉", "请假", "道歉", "我的记录", "帮助"):
        assert name in member and name in admin and name in english
    for name in ("警告", "移除", "撤销", "通过", "拒绝", "罚红包"):
        assert f"• {name}" not in member and f"• {name}" in admin and name in english
    assert "管理员命令" in admin and "管理员命令" not in member
    assert "例如" in member and "e.g." in english
    assert "仅管理员" in help_texts.help_text(topic="警告") and "踢出" in help_texts.help_text(topic="移除")


def test_rules_overview_lists_every_clause_grouped():
    text = help_texts.rules_reply(COMMUNITY)
    for clause in COMMUNITY.clauses:
        assert f"{clause.id} {clause.title}" in text
    assert "一.12 未经允许不得拉人进群\n\n" in text  # group 一 ends before group 二


def test_rules_reply_for_one_clause_quotes_it():
    clause = COMMUNITY.clause("一.6")
    text = help_texts.rules_reply(COMMUNITY, "一.6")
    assert clause.text in text and "执行方式" in text
    if clause.ladder:
        assert "处理步骤" in text
    assert clause.text in help_texts.rules_reply(COMMUNITY, "一.6", language="en")


@pytest.mark.parametrize("alias", ALIASES["确认红包"])
def test_an_admin_confirms_a_fine_paid(alias):
    from qungui.commands.types import ConfirmFinePaid

    result = parse(f"{alias} @张三", admin=True, mentions=("zhangsan",))
    assert result == ConfirmFinePaid(target_member="zhangsan", target_message=None)
    refused = parse(f"/{alias} @张三", admin=False, mentions=("zhangsan",))
    assert isinstance(refused, CommandError) and "管理员" in refused.reply
    assert isinstance(parse(f"/{alias}", admin=True), CommandError), "no one named: a polite question"


def test_a_mentioned_name_with_a_space_is_one_mention():
    event = msg("警告 @Lily 小美 一.6 骂人", mentions=("lily",))
    plain = parse_command(event, bot_id=BOT, admin=True, clause_ids=IDS, tz=TZ, now=NOW)
    named = parse_command(
        event, bot_id=BOT, admin=True, clause_ids=IDS, tz=TZ, now=NOW, mention_names={"lily": "Lily 小美"}
    )
    assert isinstance(named, Warn) and named.clause == "一.6" and named.reason == "骂人"
    assert not (isinstance(plain, Warn) and plain.clause == "一.6"), "without the names the space splits the mention"
