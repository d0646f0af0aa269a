"""Parsing 通知, 任务, 完成, 部门, 负责人, 回执 and reading deadlines (截止 今天18:00, 明天中午, 周五下班前)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from qungui.commands import help as help_texts
from qungui.commands.dates import DateError
from qungui.commands.moments import find_deadline, find_due
from qungui.commands.parse import ALIASES, parse_command
from qungui.commands.types import (
    CommandError,
    CompleteTask,
    DepartmentHead,
    Departments,
    GiveTask,
    NotACommand,
    PostNotice,
    Receipts,
)
from qungui.core.events import GroupRef, MemberRef, MessageEvent

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)  # a Monday
BOT = "bot"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


def parse(text: str, *, admin: bool = True, leader: bool = False, mentions=(), **extra):
    event = MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id="g1"),
        ts=NOW,
        sender=MemberRef(platform="sim", id="u1", name="管理员周"),
        text=text,
        mentions=mentions,
        **extra,
    )
    return parse_command(event, bot_id=BOT, admin=admin, leader=leader, clause_ids={"四.2"}, tz=TZ, now=NOW)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("截止 今天18:00", at(23, 18)),
        ("截止：明天中午", at(24, 12)),
        ("截止时间 11月25日17点", at(25, 17)),
        ("截至 周五", at(27, 18)),
        ("截止 下午三点半", at(23, 15, 30)),
        ("截止 3点", at(23, 15)),
        ("截止 今晚", at(23, 21)),
        ("截止 明晚8点", at(24, 20)),
        ("截止 下周一上午10点", at(30, 10)),
        ("截止 18：30", at(23, 18, 30)),
    ],
)
def test_deadlines_as_written(written, expected):
    found = find_deadline(f"明天开会 {written} 请准时", now=NOW, tz=TZ)
    assert found is not None and found.at == expected


def test_no_marker_no_deadline_and_an_unreadable_one_is_an_error():
    assert find_deadline("明天中午开会", now=NOW, tz=TZ) is None
    with pytest.raises(DateError, match="没看懂截止时间"):
        find_deadline("开会 截止 等通知", now=NOW, tz=TZ)
    with pytest.raises(DateError, match="没看懂时间"):
        find_deadline("截止 25点", now=NOW, tz=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天下班前提交周报", at(23, 18)),
        ("周五前交方案", at(27, 18)),
        ("明天中午之前回复", at(24, 12)),
        ("下午3点以前到会议室", at(23, 15)),
        ("提交周报 截止 明天9点", at(24, 9)),
        ("提交周报", None),
        ("3天前的事再说一遍", None),
        ("像之前一样做", None),
    ],
)
def test_due_times_in_directives(text, expected):
    found = find_due(text, now=NOW, tz=TZ)
    assert (found.at if found else None) == expected


@pytest.mark.parametrize("alias", ALIASES["通知"])
def test_a_notice_with_audience_deadline_and_text(alias):
    result = parse(f"{alias} @工程部 @张三 明天上午9点开安全例会 截止 今天18:00", mentions=("zhang",))
    assert result == PostNotice(
        text="明天上午9点开安全例会",
        everyone=False,
        audience_words=("工程部", "张三"),
        members=("zhang",),
        deadline=at(23, 18),
        require_ack=None,
    )


def test_a_notice_to_everyone_and_one_that_needs_no_answer():
    assert parse("通知 @所有人：明天停水").everyone
    assert parse("通知 明天停水", mentions_all=True).everyone
    result = parse("公告 明天停水（无需回复）")
    assert result.text == "明天停水" and result.require_ack is False and result.audience_words == ()
    assert parse("公告 周六联谊活动，请回复收到").require_ack is True
    assert parse("通知 周六联谊活动，不需确认").require_ack is False


def test_bad_notices_are_polite_errors():
    empty = parse("通知 @所有人 截止 今天18:00")
    assert isinstance(empty, CommandError) and "通知内容不能为空" in empty.reply
    unreadable = parse("通知 开会 截止 改天")
    assert isinstance(unreadable, CommandError) and "没看懂截止时间" in unreadable.reply


def test_members_writing_these_words_are_chatting():
    for text in ("通知：明天食堂不开门", "任务 @张三 帮我拿快递", "部门 @张三 工程部", "负责人 @李四 工程部", "回执"):
        assert parse(text, admin=False, mentions=("zhang",)) == NotACommand(), text
    addressed = parse("@群管家 通知 明天开会", admin=False, mentions=(BOT,))
    assert isinstance(addressed, CommandError) and addressed.code == "not_admin"


@pytest.mark.parametrize("alias", ALIASES["任务"])
def test_a_task_by_an_admin_or_a_department_head(alias):
    expected = GiveTask(owners=("zhang",), owner_words=("张三",), text="今天下班前提交周报", due=at(23, 18))
    assert parse(f"{alias} @张三 今天下班前提交周报", mentions=("zhang",)) == expected
    assert parse(f"{alias} @张三 今天下班前提交周报", admin=False, leader=True, mentions=("zhang",)) == expected
    denied = parse(f"@群管家 {alias} @张三 交周报", admin=False, mentions=(BOT, "zhang"))
    assert isinstance(denied, CommandError) and "管理员或部门负责人" in denied.reply


def test_a_task_without_a_time_or_a_person():
    assert parse("任务 @李四 整理施工日志", mentions=("li",)).due is None
    assert parse("任务，今天好多事") == NotACommand(), "no one named: chat"
    result = parse("任务 @李四 截止 周五 交图纸", mentions=("li",))
    assert result.text == "交图纸" and result.due == at(27, 18)


def test_完成_needs_a_task_number():
    assert parse("完成 T5", admin=False) == CompleteTask(task_id="T5")
    assert parse("完成 t5", admin=False) == CompleteTask(task_id="T5")
    assert parse("已完成", admin=False) == NotACommand(), "a bare 完成 is recognised as an answer, not a command"
    assert parse("完成了吗", admin=False) == NotACommand()


def test_departments_heads_and_receipts():
    assert parse("部门") == Departments()
    assert parse("部门 @张三 @李四 工程部", mentions=("zhang", "li")) == Departments(
        members=("zhang", "li"), member_words=("张三", "李四"), department="工程部"
    )
    assert parse("部门 @张三 无", mentions=("zhang",)).clear
    assert parse("负责人 @赵六 工程部", mentions=("zhao",)) == DepartmentHead(
        members=("zhao",), member_words=("赵六",), department="工程部"
    )
    assert parse("负责人 @赵六 无", mentions=("zhao",)).department is None
    assert parse("回执") == Receipts() and parse("回执 N12") == Receipts(notice_id="N12")
    missing = parse("部门 @张三", mentions=("zhang",))
    assert isinstance(missing, CommandError) and "请写明部门名称" in missing.reply


def test_help_lists_the_new_commands():
    member = help_texts.help_text(admin=False)
    admin = help_texts.help_text(admin=True)
    english = help_texts.help_text(admin=True, language="en")
    assert "• 完成" in member
    for name in ("通知", "回执", "任务", "部门", "负责人"):
        assert f"• {name}" in admin and f"• {name}" not in member and name in english
    assert "管理员或部门负责人" in help_texts.help_text(topic="任务")
    assert "仅管理员" in help_texts.help_text(topic="通知")
    assert "18:00" in help_texts.help_text(topic="任务")
