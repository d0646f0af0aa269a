"""The web face: `create_app(runtime, hub, settings=...)` (see `qungui.web.app`)."""
