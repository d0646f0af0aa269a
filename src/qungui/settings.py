"""Settings, read from QUNGUI_* environment variables; tests pass them explicitly."""

from __future__ import annotations

from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable; `build_runtime(settings)` and `create_app(settings)` take one of these."""

    model_config = SettingsConfigDict(env_prefix="QUNGUI_", extra="ignore")

    database_url: str = "sqlite:///qungui.sqlite3"
    timezone: str = "Asia/Shanghai"
    language: Literal["zh-CN", "en"] = "zh-CN"
    redis_url: str | None = None
