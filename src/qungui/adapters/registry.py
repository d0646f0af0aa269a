"""The chat platforms `qungui serve --platform NAME` can connect to: one line each, nothing discovered.

A factory takes the platform's options (a mapping read from the config file or QUNGUI_* environment,
validated by the adapter's own pydantic settings model, which reports every bad field) and the clock,
and returns a `Connector`. Factories import their adapter lazily so an unused platform costs nothing.

`qungui serve --platform NAME --config FILE` passes the file's `NAME:` section as the options, plus
the key `groups`: a list of `{"id": ..., "name": ...}` (the file's `groups:`, whose rulebooks, owners
and admins the serve command handles itself), so a connector knows which groups to read and
`Connector.groups()` can return them. A factory's settings model should accept that key.

A factory may also accept a keyword argument `cursors` (`qungui.adapters.base.Cursors`): where a
connector keeps its read position across restarts (`qungui serve --platform` passes the database-backed
store); `build_connector` passes it only to factories that declare it.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from qungui.adapters.base import Connector, Cursors
from qungui.core.clock import Clock

ConnectorFactory = Callable[[Mapping[str, Any], Clock], Connector]

# name → "module:function" of a ConnectorFactory
CONNECTORS: dict[str, str] = {
    "matrix": "qungui.adapters.matrix.connector:build_connector",
    "onebot": "qungui.adapters.onebot.connector:build_connector",
    "telegram": "qungui.adapters.telegram.connector:build_connector",
    "wecom": "qungui.adapters.wecom.connector:build_connector",
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


def build_connector(
    name: str, options: Mapping[str, Any], clock: Clock, *, cursors: Cursors | None = None
) -> Connector:
    """Build the `name` connector from its options; `cursors` reaches factories that accept it."""
    factory = connector_factory(name)
    if cursors is not None and "cursors" in inspect.signature(factory).parameters:
        return factory(options, clock, cursors=cursors)  # type: ignore[call-arg]
    return factory(options, clock)
