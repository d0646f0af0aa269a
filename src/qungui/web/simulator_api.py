"""The simulator page's JSON endpoints under /sim/api: thin — validate, call the hub once, answer.

POSTs need the page's token (see `security`). Refusals come back as {"error": "<中文说明>"} with a
4xx status; the page shows the message as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, tzinfo
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from qungui.adapters.simulator.checks import HubError
from qungui.adapters.simulator.group import SimGroup
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.events import MessageKind
from qungui.rules.compiled import CompiledRulebook
from qungui.web.errors import PayloadTooLarge
from qungui.web.security import require_token
from qungui.web.simulator_present import updates_json
from qungui.web.simulator_queries import admin_overview

MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)
SPANS = {"10m": timedelta(minutes=10), "1h": timedelta(hours=1), "1d": timedelta(days=1), "7d": timedelta(days=7)}
MemberId = Annotated[str, Field(min_length=1, max_length=64)]
GUARDED = [Depends(require_token)]

router = APIRouter(prefix="/sim/api")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SayBody(_Body):
    member: MemberId
    text: str = Field(default="", max_length=2000)
    kind: Literal["text", "voice", "red_envelope"] = "text"
    reply_to: str | None = Field(default=None, max_length=64)
    mentions: list[MemberId] = Field(default_factory=list, max_length=20)
    voice_s: float | None = Field(default=None, gt=0, le=3600)
    amount: Decimal | None = Field(default=None, gt=0, le=200, decimal_places=2)
    private: bool = False


class ArriveBody(_Body):
    name: str = Field(min_length=1, max_length=32)
    member_id: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9_-]{2,63}$")
    inviter: MemberId | None = None


class DecideBody(_Body):
    member: MemberId
    by: MemberId
    approve: bool


class MemberBody(_Body):
    member: MemberId


class RenameBody(_Body):
    member: MemberId
    name: str = Field(min_length=1, max_length=32)


class ForwardBody(_Body):
    span: Literal["10m", "1h", "1d", "7d"]


@dataclass(frozen=True, slots=True)
class Sim:
    """The simulated group a request is about, with its rulebook."""

    hub: SimulatorHub
    group: SimGroup
    book: CompiledRulebook

    @property
    def tz(self) -> tzinfo:
        return self.book.rulebook.tz


def current_sim(request: Request) -> Sim:
    """The page's group: the hub's first (the demo group)."""
    hub: SimulatorHub = request.app.state.hub
    if not hub.groups:
        raise HubError("没有加载模拟群：请不带 --no-demo 启动 qungui serve")
    group = hub.groups[0]
    return Sim(hub, group, request.app.state.runtime.book(group.ref))


SimDep = Annotated[Sim, Depends(current_sim)]


def _done(sim: Sim, **extra: object) -> dict[str, object]:
    return {"ok": True, "rev": sim.hub.revisions.current, **extra}


@router.get("/updates")
async def updates(
    sim: SimDep,
    since: Annotated[int, Query(ge=0)] = 0,
    me: Annotated[str | None, Query(max_length=64)] = None,
    psince: Annotated[int | None, Query(ge=0)] = None,
) -> dict[str, object]:
    """What changed after revision `since` (0: everything); `me`'s private chat after `psince` (default `since`)."""
    found = await sim.hub.updates(sim.group.ref.id, since, viewer=me, private_rev=psince)
    return updates_json(found, hub=sim.hub, group=sim.group, book=sim.book, tz=sim.tz)


@router.post("/say", dependencies=GUARDED)
async def say(sim: SimDep, body: SayBody) -> dict[str, object]:
    item = await sim.hub.say(
        sim.group.ref.id,
        body.member,
        body.text,
        kind=MessageKind(body.kind),
        reply_to=body.reply_to,
        mentions=body.mentions,
        voice_s=body.voice_s,
        amount=body.amount,
        private=body.private,
    )
    return _done(sim, id=item.id)


@router.post("/image", dependencies=GUARDED)
async def image(
    sim: SimDep,
    member: Annotated[str, Form(min_length=1, max_length=64)],
    file: Annotated[UploadFile, File()],
    reply_to: Annotated[str | None, Form(max_length=64)] = None,
    private: Annotated[bool, Form()] = False,
) -> dict[str, object]:
    data = await file.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise PayloadTooLarge(f"图片太大：最大 {MAX_IMAGE_BYTES // (1024 * 1024)} MB，请换一张小一点的图片。")
    mime = image_type(data)
    if mime is None:
        raise HubError("只能发送图片（PNG、JPEG、GIF、WebP 或 BMP）。")
    item = await sim.hub.say(
        sim.group.ref.id,
        member,
        kind=MessageKind.IMAGE,
        image=data,
        image_mime=mime,
        reply_to=reply_to or None,
        private=private,
    )
    return _done(sim, id=item.id)


@router.post("/arrive", dependencies=GUARDED)
async def arrive(sim: SimDep, body: ArriveBody) -> dict[str, object]:
    """Someone joins: straight in, or as a request waiting for the owner or an admin."""
    member = await sim.hub.arrive(sim.group.ref.id, body.name, member_id=body.member_id, inviter=body.inviter)
    return _done(sim, member=member.id, status=member.status)


@router.post("/decide", dependencies=GUARDED)
async def decide(sim: SimDep, body: DecideBody) -> dict[str, object]:
    member = await sim.hub.decide_request(sim.group.ref.id, body.member, by=body.by, approve=body.approve)
    return _done(sim, member=member.id, status=member.status)


@router.post("/leave", dependencies=GUARDED)
async def leave(sim: SimDep, body: MemberBody) -> dict[str, object]:
    await sim.hub.leave(sim.group.ref.id, body.member)
    return _done(sim)


@router.post("/rename", dependencies=GUARDED)
async def rename(sim: SimDep, body: RenameBody) -> dict[str, object]:
    await sim.hub.rename(sim.group.ref.id, body.member, body.name)
    return _done(sim)


@router.post("/fast-forward", dependencies=GUARDED)
async def fast_forward(sim: SimDep, body: ForwardBody) -> dict[str, object]:
    now = await sim.hub.fast_forward(SPANS[body.span])
    return _done(sim, now=now.isoformat())


@router.get("/admin")
async def admin(request: Request, sim: SimDep) -> dict[str, object]:
    """What qungui recorded for the group: cases, sanctions needing attention, fines, open reports."""
    names = {m.id: m.name for m in list(sim.group.members.values())}
    sessions = request.app.state.runtime.sessions
    now = sim.hub.clock.now()

    def read() -> dict[str, object]:
        with sessions.begin() as session:
            overview = admin_overview(session, group_ref=sim.group.ref, names=names, tz=sim.tz, now=now)
            return overview.to_json()

    return await run_in_threadpool(read)


@router.get("/media/{message_id}")
async def media(sim: SimDep, message_id: str) -> Response:
    found = sim.hub.picture(sim.group.ref.id, message_id)
    if found is None:
        return JSONResponse({"error": "图片已过期"}, status_code=404)
    mime, data = found
    return Response(data, media_type=mime, headers={"Cache-Control": "private, max-age=3600"})


def image_type(data: bytes) -> str | None:
    """The picture's type from its first bytes, or None when it is not a picture we show."""
    for magic, mime in IMAGE_TYPES:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None
