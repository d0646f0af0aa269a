"""Texts the bot replies to 帮助 and 群规: the command list and the rules, built from a Rulebook. Pure."""

from __future__ import annotations

from qungui.commands.parse import ADMIN_COMMANDS, ALIASES, LEADER_COMMANDS
from qungui.rules.explain import describe_ladder
from qungui.rules.schema import Clause, Enforcement, Rulebook

# (command, what it does, example) — Chinese and English.
MEMBER_HELP: dict[str, tuple[tuple[str, str, str], ...]] = {
    "zh-CN": (
        ("群规", "查看群规，或查看某一条的原文", "群规 四.2"),
        ("举报", "回复要举报的消息或@某人，写明原因，可附截图；举报人身份保密", "举报 @张三 私下拉人去别的群"),
        ("申诉", "被移除或处罚后申诉，由另一位管理员处理", "申诉 我发的是朋友推荐的店，不是广告"),
        ("请假", "写明日期和原因，管理员同意后请假期间不算不发言", "请假 11月25日到27日 出差"),
        ("道歉", "按要求在群内道歉", "道歉，刚才说话太冲了，对不起大家"),
        ("我的记录", "查看自己的警告和当前状态", "我的记录"),
        ("完成", "交办给自己的任务完成后发送（或回复任务消息“完成”）", "完成 T5"),
        ("已分享", "分享任务：分享到朋友圈后，回复分享任务消息发送截图（或先发“已分享”再发截图）", "已分享"),
        ("帮助", "查看本说明，或某个命令的用法", "帮助 请假"),
    ),
    "en": (
        ("群规 (rules)", "show the rules, or one clause verbatim", "群规 四.2"),
        (
            "举报 (report)",
            "reply to a message or @someone, give a reason, attach screenshots; you stay anonymous",
            "举报 @张三 spamming",
        ),
        ("申诉 (appeal)", "appeal a removal or sanction; another admin decides", "申诉 it was not an advert"),
        (
            "请假 (leave)",
            "dates and reason; once approved, silence during leave does not count",
            "请假 11月25日到27日 business trip",
        ),
        ("道歉 (sorry)", "apologise when the bot asks you to", "道歉 sorry everyone"),
        ("我的记录 (my record)", "your own warnings and status", "我的记录"),
        ("完成 (done)", "a task given to you is done (or reply “完成” to the task)", "完成 T5"),
        ("已分享 (shared)", "a share task: share it to your Moments, then reply to it with a screenshot", "已分享"),
        ("帮助 (help)", "this text, or help on one command", "帮助 请假"),
    ),
}
ADMIN_HELP: dict[str, tuple[tuple[str, str, str], ...]] = {
    "zh-CN": (
        ("警告", "警告成员（@成员或回复其消息），可写条款和原因", "警告 @张三 一.6 人身攻击"),
        ("移除", "请成员出群，可写条款和原因", "移除 @张三 三 多次发广告"),
        ("撤销", "撤销一个处理记录（案件号或@成员的最近一次）", "撤销 12"),
        ("通过", "按编号处理待办：核实举报 J、接受申诉 S、批准请假 Q、同意入群 R、确认待审案件 A", "通过 Q7"),
        ("拒绝", "按编号拒绝申请或驳回案件，可写原因", "拒绝 Q7 日期太长"),
        ("罚红包", "按群规罚发群红包，可写金额和条款", "罚红包 @张三 20元 三.4"),
        ("确认红包", "平台看不到红包时，由管理员确认成员已发罚红包", "确认红包 @张三"),
        (
            "待办",
            "私聊列出待处理的举报、申诉、请假、入群、案件，进行中的通知和任务，未缴罚红包和昵称不合规的成员",
            "待办",
        ),
        (
            "通知",
            "发布须回复“收到”的通知（编号 N），对象@所有人（默认）、@部门或@成员，可写截止时间；"
            "机器人按时提醒未回复的人，截止后告知其部门负责人；写“无需回复”则只登记",
            "通知 @所有人 明天上午9点开安全例会 截止 今天18:00",
        ),
        ("回执", "私聊查看通知的确认情况：谁已回复、谁未回复（默认最近一条）；分享任务写 F 编号", "回执 N12"),
        (
            "任务",
            "管理员或部门负责人交办任务（编号 T），默认当天18:00截止；负责人须马上回复“收到”或给出计划，"
            "逾期告知交办人和部门负责人",
            "任务 @张三 今天下班前提交周报",
        ),
        ("部门", "登记成员所在部门（写“无”清除），只发“部门”查看各部门", "部门 @张三 工程部"),
        ("负责人", "登记部门负责人（写“无”取消），未回复通知、任务逾期时私聊告知", "负责人 @李四 工程部"),
        (
            "分享",
            "发布分享任务（编号 F）：成员把链接分享到朋友圈并回复截图，对象默认@所有人，可@部门或@成员；"
            "默认当天18:00截止，截止前提醒未发截图的人，截止后私聊告知完成情况；“回执 F3”查看谁已完成",
            "分享 https://example.com/news 今天18:00前",
        ),
        ("确认分享", "截图未发在群里时，由管理员确认成员已分享", "确认分享 @张三 F3"),
        (
            "周报",
            "本周（或上周、某一周）的周报：违规、待处理事项、通知回执、分享任务、未发言成员、罚红包、"
            "各部门回复用时和管理员履职；私聊发送，平台不支持私聊时在群里只发汇总数字",
            "周报 上周",
        ),
    ),
    "en": (
        ("警告 (warn)", "warn a member (@ or reply), optional clause and reason", "警告 @张三 一.6 insults"),
        ("移除 (remove)", "remove a member, optional clause and reason", "移除 @张三 三 repeated adverts"),
        ("撤销 (undo)", "undo a case (case number, or the member's latest)", "撤销 12"),
        (
            "通过 (approve)",
            "decide by number: verify report J, accept appeal S, leave Q, join R, queued case A",
            "通过 Q7",
        ),
        ("拒绝 (reject)", "reject a request, optional reason", "拒绝 Q7 too long"),
        ("罚红包 (fine)", "fine a red envelope, optional amount and clause", "罚红包 @张三 20元 三.4"),
        ("确认红包 (paid)", "confirm a fine was paid where the platform hides red envelopes", "确认红包 @张三"),
        (
            "待办 (todo)",
            "privately list waiting requests, open notices and tasks, unpaid fines, wrong nicknames, missing members",
            "待办",
        ),
        (
            "通知 (notice)",
            "post a notice to acknowledge with “收到” (number N) to @所有人 (default), @department or @members, "
            "optional deadline; reminders, then department heads told; “无需回复” only records it",
            "通知 @所有人 safety meeting 9am 截止 今天18:00",
        ),
        ("回执 (receipts)", "privately: who acknowledged a notice and who has not (latest by default)", "回执 N12"),
        (
            "任务 (task)",
            "admins and department heads give a task (number T), due 18:00 today by default; the member confirms "
            "at once or gives a plan; overdue tasks are reported to the leader and the department head",
            "任务 @张三 今天下班前提交周报",
        ),
        ("部门 (dept)", "set a member's department (“无” clears); “部门” alone lists them", "部门 @张三 工程部"),
        ("负责人 (head)", "set a department head (“无” removes)", "负责人 @李四 工程部"),
        (
            "分享 (share)",
            "post a share task (number F): members share the link to their Moments and reply with a screenshot; "
            "due 18:00 today by default; reminders, then the author is told who is done; “回执 F3” lists them",
            "分享 https://example.com/news 今天18:00前",
        ),
        (
            "确认分享 (confirm share)",
            "confirm a member shared it when the screenshot came another way",
            "确认分享 @张三 F3",
        ),
        (
            "周报 (digest)",
            "this week's (or last week's) digest: violations, pending items, receipts, share tasks, silent members, "
            "fines, departments' answer times and admin duties; privately (figures only in the group otherwise)",
            "周报 上周",
        ),
    ),
}
ENFORCEMENT_TEXT: dict[str, dict[Enforcement, str]] = {
    "zh-CN": {
        Enforcement.AUTO: "由机器人自动执行",
        Enforcement.ASSISTED: "机器人发现后交管理员确认",
        Enforcement.MANUAL: "由管理员人工处理",
    },
    "en": {
        Enforcement.AUTO: "enforced automatically by the bot",
        Enforcement.ASSISTED: "the bot flags it and an admin decides",
        Enforcement.MANUAL: "handled by the admins",
    },
}


def _lang(language: str) -> str:
    return "en" if language == "en" else "zh-CN"


def help_text(*, admin: bool = False, language: str = "zh-CN", topic: str | None = None) -> str:
    """The command list (with admin commands for admins), or help on one command."""
    lang = _lang(language)
    rows = MEMBER_HELP[lang] + (ADMIN_HELP[lang] if admin else ())
    if topic is not None:
        return _topic_text(topic, lang, admin)
    if lang == "en":
        lines = ["Commands (start a message with the command, or @ the bot first):"]
        lines += [f"• {name}: {what}. e.g. {example}" for name, what, example in rows]
        return "\n".join(lines)
    lines = ["可用命令（在消息开头发送，或先@机器人）："]
    lines += [f"• {name}：{what}。例如：{example}" for name, what, example in MEMBER_HELP[lang]]
    if admin:
        lines.append("管理员命令：")
        lines += [f"• {name}：{what}。例如：{example}" for name, what, example in ADMIN_HELP[lang]]
    return "\n".join(lines)


def _topic_text(topic: str, lang: str, admin: bool) -> str:
    table = MEMBER_HELP[lang] + ADMIN_HELP[lang]
    row = next((r for r in table if r[0].split()[0] == topic), None)
    if row is None:
        return help_text(admin=admin, language=lang)
    name, what, example = row
    aliases = "、".join(a for a in ALIASES.get(topic, ()) if a != topic)
    if lang == "en":
        extra = " (admins only)" if topic in ADMIN_COMMANDS else ""
        extra = " (admins and department heads)" if topic in LEADER_COMMANDS else extra
        return f"{name}{extra}: {what}. e.g. {example}" + (f"\nAlso: {aliases}" if aliases else "")
    extra = "（仅管理员）" if topic in ADMIN_COMMANDS else ""
    extra = "（管理员或部门负责人）" if topic in LEADER_COMMANDS else extra
    return f"{name}{extra}：{what}。\n例如：{example}" + (f"\n也可以写：{aliases}" if aliases else "")


def _group_key(clause_id: str) -> str:
    return clause_id.split(".", 1)[0]


def rules_overview(rulebook: Rulebook, *, language: str | None = None) -> str:
    """Every clause id and title, grouped by the clause's first part (一, 二, 备注…), in rulebook order."""
    lang = _lang(language or rulebook.language)
    groups: dict[str, list[Clause]] = {}
    for clause in rulebook.clauses:
        groups.setdefault(_group_key(clause.id), []).append(clause)
    example = rulebook.clauses[min(1, len(rulebook.clauses) - 1)].id
    if lang == "en":
        head = f"{rulebook.title}: {len(rulebook.clauses)} clauses. Send “群规 {example}” to read one in full."
    else:
        head = f"【{rulebook.title}】共 {len(rulebook.clauses)} 条。发送“群规 {example}”查看某一条的原文。"
    blocks = [head]
    for clauses in groups.values():
        blocks.append("\n".join(f"{clause.id} {clause.title}" for clause in clauses))
    return "\n\n".join(blocks)


def clause_text(rulebook: Rulebook, clause_id: str, *, language: str | None = None) -> str:
    """One clause: its verbatim text and how it is enforced (with the ladder, if any). KeyError if unknown."""
    lang = _lang(language or rulebook.language)
    clause = rulebook.clause(clause_id)
    how = ENFORCEMENT_TEXT[lang][clause.enforcement]
    ladder = rulebook.ladders.get(clause.ladder) if clause.ladder else None
    if lang == "en":
        lines = [f"Rule {clause.id} ({clause.title}):", clause.text, f"How it is enforced: {how}."]
        if ladder is not None:
            lines.append(f"Steps: {describe_ladder(ladder, lang)}")
        if clause.reason:
            lines.append(f"Note: {clause.reason}")
        return "\n".join(lines)
    lines = [f"群规【{clause.id} {clause.title}】", f"原文：{clause.text}", f"执行方式：{how}。"]
    if ladder is not None:
        lines.append(f"处理步骤：{describe_ladder(ladder, lang)}")
    if clause.reason:
        lines.append(f"说明：{clause.reason}")
    return "\n".join(lines)


def rules_reply(rulebook: Rulebook, clause_id: str | None = None, *, language: str | None = None) -> str:
    """The reply to 群规 (clause_id None) or 群规 <clause>."""
    if clause_id is None:
        return rules_overview(rulebook, language=language)
    return clause_text(rulebook, clause_id, language=language)
