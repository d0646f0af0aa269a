"""What the bot says about share tasks (分享), in Simplified Chinese and English."""

from __future__ import annotations

from typing import Any

from qungui.governance.notices.texts import say_in
from qungui.rules.compiled import CompiledRulebook

TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "share_posted": (
            "【分享任务 {label}】请把以下内容分享到朋友圈：{text}\n发布：{author}｜对象：{audience}｜截止：{due}\n"
            "分享后请回复本消息发送朋友圈截图（或先发“已分享”，再发截图）。{clause}"
        ),
        "share_reminder": (
            "【提醒】分享任务 {label} 还有 {n} 人未发截图：{mentions}\n请在 {due} 前分享并回复截图。内容：{text}"
        ),
        "share_clause": "（群规【{clause} {title}】）",
        "share_all_done": "分享任务 {label} 已全部完成（{n}/{n} 人已发截图）。",
        "share_closed": ("分享任务 {label} 已截止（{due}）：{done}/{total} 人已发截图。{claimed}{missing}内容：{text}"),
        "share_claimed": "只说已分享、未发截图：{names}。",
        "share_missing": "未完成：{names}。",
        "share_ask_screenshot": "{mention} 收到，请再发一张朋友圈截图，分享任务 {label} 才算完成。",
    },
    "en": {
        "share_posted": (
            "[Share task {label}] Please share this to your Moments: {text}\nFrom: {author} | To: {audience} | "
            "Due: {due}\nThen reply to this message with a screenshot (or say “已分享” and send the screenshot). "
            "{clause}"
        ),
        "share_reminder": (
            "[Reminder] Share task {label}: {n} without a screenshot yet: {mentions}\n"
            "Please share it and reply with a screenshot before {due}. The post: {text}"
        ),
        "share_clause": " (rule 【{clause} {title}】)",
        "share_all_done": "Everyone completed share task {label} ({n}/{n} screenshots).",
        "share_closed": "Share task {label} is closed ({due}): {done}/{total} sent a screenshot. {claimed}{missing}"
        "The post: {text}",
        "share_claimed": "Said shared without a screenshot: {names}. ",
        "share_missing": "Not done: {names}. ",
        "share_ask_screenshot": "{mention} thanks; please also send a screenshot of your Moments to complete {label}.",
    },
}


def say(book: CompiledRulebook, key: str, **values: Any) -> str:
    return say_in(TEXTS, book, key, **values)
