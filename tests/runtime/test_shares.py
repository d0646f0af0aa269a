"""Share tasks (分享, 第二篇.6) in the live service: announced with a number, proved by screenshots, the missing
reminded, the author told at the due time; bad input gets a clear answer and stores nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from e2e.checks import conversation
from e2e.office import answers, command, office
from qungui.core.events import Attachment, MessageKind
from qungui.governance.shares.models import ShareProof, ShareTask
from support import SHANGHAI

SIX_PM = datetime(2026, 11, 23, 18, 0, tzinfo=SHANGHAI)
SHARE = "分享 https://example.com/news 公司新品发布会 今天18:00前"
EVERYONE_BUT_AUTHOR = {"owner", "admin2", "zhang", "li", "wang", "zhao", "qian"}


def post_share(g, text: str = SHARE, sender: str = "admin1", *mentions: str):
    since = g.mark()
    handled = command(g, sender, text, *mentions)
    announced = [m for m in g.group_messages(since) if "【分享任务 F" in m.text]
    assert announced, conversation(g)
    return handled, announced[-1]


def shares(g) -> list[ShareTask]:
    with g.sessions.begin() as session:
        rows = list(session.scalars(select(ShareTask).order_by(ShareTask.id)))
        session.expunge_all()
        return rows


def proofs(g, share: int = 1) -> dict[str, tuple[str, bool, bool]]:
    """member → (via, proved, claimed)."""
    with g.sessions.begin() as session:
        rows = session.scalars(select(ShareProof).where(ShareProof.share_id == share))
        return {r.member_id: (r.via, r.proved_at is not None, r.claimed_at is not None) for r in rows}


def test_a_share_task_is_announced_with_its_number_due_time_clause_and_how_to_prove_it(session_factory):
    g = office(session_factory, "company")
    handled, announcement = post_share(g)
    assert "【分享任务 F1】" in announcement.text and "https://example.com/news 公司新品发布会" in announcement.text
    assert "截止：11月23日 18:00" in announcement.text and "截图" in announcement.text
    assert "群规【6 转发公司信息到朋友圈】" in announcement.text
    assert "今天18:00前" not in announcement.text, "the due phrase is taken out of the text"
    assert announcement.mentions == (), "everyone: nobody @-ed one by one"
    [share] = shares(g)
    assert set(share.member_ids) == EVERYONE_BUT_AUTHOR and share.due_at == SIX_PM
    assert share.command_message_id == g.message_id(handled) and share.clause == "6"
    assert [datetime.fromisoformat(t) for t in share.remind_at] == [
        datetime(2026, 11, 23, 13, 30, tzinfo=SHANGHAI),  # half-way
        datetime(2026, 11, 23, 16, 0, tzinfo=SHANGHAI),  # two hours before
    ]


def test_screenshots_count_as_replies_bare_within_the_window_or_after_saying_shared(session_factory):
    g = office(session_factory, "company")
    handled, announcement = post_share(g)
    g.image("zhang")  # no reply, within two hours of the task: the only task waiting for him
    g.advance(hours=3)
    g.image("wang")  # three hours after the task and nothing said: not a proof
    g.say("li", "已分享")  # a claim: asked for the screenshot
    assert any("@李四" in t and "截图" in t for t in g.group_texts()), conversation(g)
    assert proofs(g)["li"] == ("claim", False, True)
    g.advance(minutes=5)
    g.image("li")  # three hours after the task, but right after 已分享
    g.say("qian", "看看这张图", reply_to=g.message_id(handled))  # text replying to the task is no screenshot
    chat = g.say("owner", "午饭吃什么")
    g.say("admin2", "", kind=MessageKind.IMAGE, reply_to=g.message_id(chat))  # an image answering something else
    assert proofs(g) == {"zhang": ("bare", True, False), "li": ("bare", True, True)}
    shot = Attachment(mime="image/png", name="moments.png", sha256="ab" * 32)
    g.say("wang", "", kind=MessageKind.IMAGE, attachments=(shot,), reply_to=announcement.id)
    g.say("zhao", "", kind=MessageKind.IMAGE, attachments=(shot,), reply_to=g.message_id(handled))
    g.say(
        "qian",
        "",
        kind=MessageKind.IMAGE,
        quote_text="【分享任务 F1】请把以下内容分享到朋友圈：https://example.com/news",
    )
    got = proofs(g)
    assert got["wang"] == ("reply", True, False) and got["zhao"] == ("reply", True, False)
    assert got["qian"] == ("reply", True, False), "a quote of the announcement"
    with g.sessions.begin() as session:
        row = session.scalars(select(ShareProof).where(ShareProof.member_id == "wang")).one()
        assert row.screenshot == "ab" * 32 and not row.late
    assert g.cases() == [], "a screenshot for a share task is no image flood"


def test_the_missing_are_reminded_and_the_author_told_at_the_due_time(session_factory):
    g = office(session_factory, "company")
    _handled, announcement = post_share(g)
    for member in ("owner", "admin2", "zhang", "li"):
        g.image(member)
    g.say("qian", "已分享")
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 13, 30, tzinfo=SHANGHAI))
    [reminder] = [m for m in g.group_messages(since) if "【提醒】分享任务 F1" in m.text]
    assert set(reminder.mentions) == {"wang", "zhao", "qian"}, "only those without a screenshot"
    assert "还有 3 人未发截图" in reminder.text
    g.say("wang", "", reply_to=announcement.id, kind=MessageKind.IMAGE)
    since = g.mark()
    g.advance_to(SIX_PM)
    [second] = [m for m in g.group_messages(since) if "【提醒】" in m.text]
    assert set(second.mentions) == {"zhao", "qian"}
    [report] = g.private_texts("admin1", since)
    assert "分享任务 F1 已截止" in report and "5/7 人已发截图" in report
    assert "只说已分享、未发截图：钱七" in report and "未完成：赵六" in report
    assert shares(g)[0].status == "closed"
    g.image("zhao")
    g.say("zhao", "", reply_to=announcement.id, kind=MessageKind.IMAGE)
    assert "zhao" not in proofs(g), "nothing counts after the task closed"


def test_when_everyone_sent_a_screenshot_the_task_closes_and_the_author_hears_it(session_factory):
    g = office(session_factory, "company")
    _handled, announcement = post_share(g, "分享 @工程部 https://example.com/case 项目案例 明天中午前")
    [share] = shares(g)
    assert set(share.member_ids) == {"zhang", "li", "zhao"} and "对象：工程部" in announcement.text
    g.image("wang")  # not asked
    for member in ("zhang", "li", "zhao"):
        g.say(member, "", reply_to=announcement.id, kind=MessageKind.IMAGE)
    assert set(proofs(g)) == {"zhang", "li", "zhao"}
    assert shares(g)[0].status == "closed"
    assert any("分享任务 F1 已全部完成（3/3" in t for t in g.private_texts("admin1")), conversation(g)
    since = g.mark()
    g.advance(days=1)
    assert [t for t in g.group_texts(since) if "分享任务" in t] == [], "no reminder for a finished task"


def test_admins_see_open_share_tasks_in_todo_and_who_is_done_in_receipts_and_can_confirm(session_factory):
    g = office(session_factory, "company")
    post_share(g)
    g.image("zhang")
    g.say("li", "已分享")
    command(g, "admin1", "待办")
    todo = g.private_texts("admin1")[-1]
    assert "进行中的分享任务" in todo and "F1" in todo and "已发截图 1/7" in todo
    since = g.mark()
    handled = command(g, "admin2", "确认分享 @钱七 F1", "qian")
    assert answers(g, handled, since) == ["已确认 钱七 完成分享任务 F1。"]
    command(g, "admin1", "回执 F1")
    receipts = g.private_texts("admin1")[-1]
    assert receipts.startswith("分享任务 F1（截止 11月23日 18:00，进行中）：已发截图 2/7")
    assert "张三（截图" in receipts and "钱七（管理员确认" in receipts
    assert "只说已分享、未发截图：李四" in receipts and "未完成：群主老陈、管理员吴、王五、赵六" in receipts


def test_bad_share_tasks_get_a_clear_answer_and_store_nothing(session_factory):
    g = office(session_factory, "company")
    g.advance(hours=1)  # 10:00
    since = g.mark()
    handled = command(g, "admin1", "分享 https://example.com/news 今天9:00前")
    [reply] = answers(g, handled, since)
    assert "已经过去了" in reply and "11月23日 09:00" in reply
    since = g.mark()
    handled = command(g, "admin1", "分享 @管理员周 https://example.com/news 今天18:00前", "admin1")
    [reply] = answers(g, handled, since)
    assert reply.startswith("这条分享任务没有要分享的成员"), reply
    since = g.mark()
    handled = command(g, "admin1", "分享 @财务部 https://example.com/news")
    [reply] = answers(g, handled, since)
    assert "财务部" in reply
    assert shares(g) == []


def test_everyday_words_stay_chat(session_factory):
    g = office(session_factory, "company")
    assert g.say("zhang", "分享 一个好消息：项目中标了").command is None, "members cannot post share tasks"
    assert g.say("admin1", "分享 一下今天的心得").command is None, "no link, no 朋友圈, no due time: chat"
    assert g.say("admin1", "分享一下今天的心得").command is None
    assert shares(g) == []


def test_help_explains_share_tasks_and_the_digest(session_factory):
    g = office(session_factory, "company")
    command(g, "admin1", "帮助", private=True)
    admin_help = g.private_texts("admin1")[-1]
    assert "• 分享：发布分享任务（编号 F）" in admin_help and "• 周报：" in admin_help and "• 确认分享：" in admin_help
    command(g, "zhang", "帮助", private=True)
    member_help = g.private_texts("zhang")[-1]
    assert "• 已分享：" in member_help and "周报" not in member_help


def test_an_english_group_gets_english_share_texts(session_factory):
    from e2e.checks import open_group
    from qungui.rules.compiled import compile_rulebook
    from qungui.rules.loader import load_template

    g = open_group(session_factory, "company")
    g.book = compile_rulebook(load_template("company").model_copy(update={"language": "en"}))
    g.runtime.add_group(g.ref, g.book)
    for member in ("zhang", "li"):
        g.say(member, "hello")
    since = g.mark()
    command(g, "admin1", "分享 https://example.com/news 今天18:00前")
    [announcement] = [m.text for m in g.group_messages(since)]
    assert announcement.startswith("[Share task F1] Please share this to your Moments: https://example.com/news")
    assert "Due: 2026-11-23 18:00" in announcement
