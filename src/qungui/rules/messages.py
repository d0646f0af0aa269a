"""What the bot says, in Simplified Chinese by default and in English."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "zh-CN": {
        "remind": "@{name} 温馨提示：{title}（群规【{clause}】）。",
        "dissuade": "@{name} 第 {n} 次劝阻：{title}（群规【{clause}】）。经三次劝阻无效，管理员将请您出群。",
        "warn": "@{name} 口头警告（仅此一次机会）：您违反了群规【{clause} {title}】，请遵守群规。",
        "warn_apology": (
            "@{name} 警告：您再次违反群规【{clause} {title}】，请在{deadline}内于群内当场道歉"
            "（回复“道歉”或说明）。拒绝或逾期不道歉者将被请出本群。"
        ),
        "serious_warning": "@{name} 严重警告：您违反了群规【{clause} {title}】，此次已记录在案。",
        "fine": "@{name} 您违反了群规【{clause} {title}】，按群规须发群红包 {amount} 元，请在 {due} 前发出。",
        "mute": "@{name} 因违反群规【{clause} {title}】被禁言{duration}。",
        "remove": "{name} 因违反群规【{clause} {title}】被请出本群。如有异议，可再次入群后给管理员留言申诉。",
        "alert_admin": "管理员请注意：{name} 违反群规【{clause} {title}】，需要人工处理。",
        "record": "已记录：{name} 违反群规【{clause} {title}】。",
        "queue": "待管理员审核：{name} 疑似违反群规【{clause} {title}】：{evidence}",
        "apology_ok": "@{name} 已收到您的道歉，谢谢配合。",
        "apology_refused": "{name} 拒绝道歉。",
        "apology_timeout": "{name} 未在规定时间内道歉。",
        "fine_paid": "@{name} 罚红包已收到，记录已结清。",
        "fine_short": "@{name} 收到红包 {amount} 元，少于应发的 {owed} 元，罚红包尚未结清。",
        "fine_overdue": "管理员请注意：{name} 的罚红包（{amount} 元，群规【{clause}】）已逾期未发。",
        "hold_join": "{name} 的入群申请待管理员审核：{reason}",
        "admins_informed": "管理员请知悉：{name} 违反群规【{clause} {title}】，已按群规处理：{text}",
        "join_rejected": "您加入本群的申请未获通过。{note}",
        "inactive_remind": "@{name} 您已超过{window}未在群内发言。如有特殊情况请向管理员请假（发送“请假”）。",
        "inactive_queue": "管理员请注意：{name} 已超过{window}未发言且未请假，请视情况处理。",
        "welcome": (
            "欢迎 @{name} 加入本群！请先阅读本群群规《{title}》（发送“群规”查看全部群规），"
            "读完后请在{within}内回复“{word}”。"
        ),
        "rules_ack": "@{name} 谢谢您阅读群规，欢迎加入！",
        "rules_remind": (
            "@{name} 温馨提醒：您还没有确认阅读群规。请发送“群规”查看全部群规，读完后在{within}内回复“{word}”。"
        ),
        "rules_alert": "管理员请注意：新成员 {name} 入群后经提醒仍未确认阅读群规（群规【{clause}】），请视情况跟进。",
        "rules_alert_unreminded": (
            "管理员请注意：新成员 {name} 入群后{within}内未确认阅读群规（群规【{clause}】），请视情况跟进。"
        ),
        "rules_record": "已记录：新成员 {name} 入群后未确认阅读群规（群规【{clause}】）。",
    },
    "en": {
        "remind": "@{name} A friendly reminder: {title} (rule {clause}).",
        "dissuade": "@{name} Dissuasion no. {n}: {title} (rule {clause}). After three, an admin will remove you.",
        "warn": "@{name} Verbal warning (your one chance): you broke rule {clause} ({title}).",
        "warn_apology": (
            "@{name} Warning: you broke rule {clause} ({title}) again. Apologise in the group within {deadline} "
            '(reply "sorry"). Refusing or staying silent means removal.'
        ),
        "serious_warning": "@{name} Serious warning: you broke rule {clause} ({title}); this is on record.",
        "fine": "@{name} You broke rule {clause} ({title}) and owe the group a red envelope of {amount} yuan by {due}.",
        "mute": "@{name} Muted for {duration} for breaking rule {clause} ({title}).",
        "remove": "{name} was removed for breaking rule {clause} ({title}). To appeal, rejoin and message an admin.",
        "alert_admin": "Admins: {name} broke rule {clause} ({title}) and needs a human decision.",
        "record": "Recorded: {name} broke rule {clause} ({title}).",
        "queue": "For review: {name} may have broken rule {clause} ({title}): {evidence}",
        "apology_ok": "@{name} Apology received, thank you.",
        "apology_refused": "{name} refused to apologise.",
        "apology_timeout": "{name} did not apologise in time.",
        "fine_paid": "@{name} Red envelope received; the fine is settled.",
        "fine_short": "@{name} Your red envelope of {amount} yuan is less than the {owed} yuan owed; the fine is open.",
        "fine_overdue": "Admins: {name}'s fine ({amount} yuan, rule {clause}) is overdue.",
        "hold_join": "{name}'s request to join waits for an admin: {reason}",
        "admins_informed": "Admins, FYI: {name} broke rule {clause} ({title}) and was dealt with: {text}",
        "join_rejected": "Your request to join this group was declined. {note}",
        "inactive_remind": "@{name} You have not spoken for {window}. If you are away, ask an admin for leave.",
        "inactive_queue": "Admins: {name} has been silent for {window} without leave; please decide.",
        "welcome": (
            '@{name} Welcome! Please read the group rules, "{title}" (send "群规" to see them all), '
            'then reply "{word}" within {within}.'
        ),
        "rules_ack": "@{name} Thank you for reading the rules, and welcome!",
        "rules_remind": (
            '@{name} A reminder: you have not yet confirmed reading the rules. Send "群规" to see them, '
            'then reply "{word}" within {within}.'
        ),
        "rules_alert": "Admins: newcomer {name} was reminded but has still not confirmed reading the rules "
        "(rule {clause}); please follow up.",
        "rules_alert_unreminded": "Admins: newcomer {name} did not confirm reading the rules within {within} "
        "(rule {clause}); please follow up.",
        "rules_record": "Recorded: newcomer {name} did not confirm reading the rules (rule {clause}).",
    },
}


def say(language: str, key: str, **values: Any) -> str:
    """The bot text `key` in `language` (falling back to Chinese) with `values` filled in."""
    table = MESSAGES.get(language, MESSAGES["zh-CN"])
    return table.get(key, MESSAGES["zh-CN"][key]).format(**values)


def human_duration(seconds: float, language: str) -> str:
    seconds = int(seconds)
    if language == "en":
        for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
            if seconds >= size and seconds % size == 0:
                n = seconds // size
                return f"{n} {unit}{'s' if n > 1 else ''}"
        return f"{seconds} seconds"
    for size, unit in ((604800, "周"), (86400, "天"), (3600, "小时"), (60, "分钟")):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}秒"
