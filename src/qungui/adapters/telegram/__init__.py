"""Telegram Bot API: translate, platform, connector (long polling or webhook)."""
