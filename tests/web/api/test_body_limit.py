"""The body limit refuses oversized requests before the app reads them, declared or streamed."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from qungui.web.security import BodyLimit


def _app() -> FastAPI:
    app = FastAPI()

    @app.post("/small")
    async def small(request: Request) -> dict:
        return {"size": len(await request.body())}

    @app.post("/files/up")
    async def upload(request: Request) -> dict:
        return {"size": len(await request.body())}

    app.add_middleware(BodyLimit, limit=1000, limits={"/files/": 5000})
    return app


def test_declared_length_over_the_limit_is_refused_in_chinese():
    client = TestClient(_app())
    assert client.post("/small", content=b"x" * 1000).json() == {"size": 1000}
    refused = client.post("/small", content=b"x" * 1001)
    assert refused.status_code == 413 and refused.json()["error"] == "请求内容太大：最大 1 KB。"
    assert client.post("/files/up", content=b"x" * 4000).json() == {"size": 4000}  # its own, larger limit
    assert client.post("/files/up", content=b"x" * 5001).status_code == 413


def test_a_streamed_body_is_cut_off_at_the_limit():
    client = TestClient(_app())

    def chunks():
        for _ in range(5):
            yield b"y" * 400

    refused = client.post("/small", content=chunks())
    assert refused.status_code == 413 and "太大" in refused.json()["error"]
