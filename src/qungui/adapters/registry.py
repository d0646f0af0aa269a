"""The chat platforms `qungui serve --platform NAME` can connect to: one line each, nothing discovered.

A factory takes the platform's options (a mapping read from the config file or QUNGUI_* environment,
validated by the adapter's own pydantic settings model, which reports every bad field) and the clock,
and returns a `Connector`. Factories import their adapter lazily so an unused platform costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from qungui.adapters.base import Connector
from qungui.core.clock import Clock

ConnectorFactory = Callable[[Mapping[str, Any], Clock], Connector]

# name → "module:function" of a ConnectorFactory
CONNECTORS: dict[str, str] = {
    # "matrix": "qungui.adapters.matrix.connector:build_connector",
    # "onebot": "qungui.adapters.onebot.connector:build_connector",
    # "telegram": "qungui.adapters.telegram.connector:build_connector",
    # "wecom": "qungui.adapters.wecom.connector:build_connector",
}


class UnknownPlatform(ValueError):
    """`--platform` named something qungui has no adapter for."""


def connector_factory(name: str) -> ConnectorFactory:
    """The factory registered for `name` (imports its module)."""
    try:
        target = CONNECTORS[name]
    except KeyError:
        known = ", ".join(sorted(CONNECTORS)) or "none"
        raise UnknownPlatform(f"unknown platform {name!r}; known: {known}") from None
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
