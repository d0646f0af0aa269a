"""A demo store with generated data: associates, ~500 customers, two years of purchases, events, surveys, referrals.

`seed_demo_store(session, now=..., rng_seed=...)` is deterministic for a seed and does nothing when the
demo store exists. Does not commit.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from qungui.core.clock import DEFAULT_TZ
from qungui.crm.customers.models import Assignment, Customer, Store
from qungui.crm.customers.service import ensure_associate, ensure_store
from qungui.crm.engage.models import ContactLog, EventAttendance, StoreEvent, Survey
from qungui.crm.metrics.service import scan_at_risk
from qungui.crm.profiles.service import update_profile
from qungui.crm.purchases.models import Purchase
from qungui.crm.tiers.rules import TierRules
from qungui.crm.tiers.service import recompute_tiers

DEMO_STORE = "演示门店·南京西路店"
ACTOR = "demo"
ASSOCIATES = ("王芳", "李娜", "赵敏", "陈静", "刘洋")
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "霞",
    "平",
    "刚",
)
PRICES = {
    "衬衫": 599,
    "领带": 299,
    "西装": 3999,
    "皮鞋": 1299,
    "连衣裙": 1299,
    "丝巾": 499,
    "大衣": 2999,
    "围巾": 399,
    "羊毛衫": 899,
    "牛仔裤": 699,
    "T恤": 199,
    "皮带": 399,
}
# items bought together (the suggestions find these)
BUNDLES = (
    ("衬衫", "领带"),
    ("西装", "衬衫", "皮鞋"),
    ("连衣裙", "丝巾"),
    ("大衣", "围巾"),
    ("牛仔裤", "T恤"),
    ("羊毛衫",),
    ("皮带", "牛仔裤"),
)
EVENTS = ("春季新品品鉴会", "会员日", "夏季搭配沙龙", "秋冬新品品鉴会", "年终答谢会", "定制西装体验日")
CHANNELS = ("group", "private", "phone", "visit", "sms")
NOTES = ("新品到货通知", "生日问候", "活动邀请", "售后回访", "尺码确认", "节日问候")


def seed_demo_store(session: Session, now: datetime, rng_seed: int = 8, *, customers: int = 500) -> Store:
    """Create the demo store (unless it exists) and tier it. Does not commit."""
    existing = session.scalars(select(Store).where(Store.name == DEMO_STORE)).one_or_none()
    if existing is not None:
        return existing
    rng = random.Random(rng_seed)
    store = ensure_store(session, name=DEMO_STORE, now=now - timedelta(days=730))
    staff = [ensure_associate(session, store=store, name=n, now=now - timedelta(days=730)) for n in ASSOCIATES]
    start = now - timedelta(days=730)
    rows = []
    firsts = sorted(start + timedelta(days=rng.uniform(0, 725)) for _ in range(customers))  # V0001 came first
    for index, joined in enumerate(firsts):
        referred = None
        if index >= 50 and rng.random() < 0.6:  # the policy: 60% of new customers come by referral
            referred = rng.randrange(index)
        rows.append(
            {
                "store_id": store.id,
                "code": f"V{index + 1:04d}",
                "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", *GIVEN)),
                "phone": f"13{rng.randrange(10**9):09d}",
                "associate_id": staff[index % len(staff)].id,
                "referred_by_id": referred,  # an index for now
                "created_at": joined,
                "updated_at": joined,
            }
        )
    session.execute(insert(Customer.__table__), [{**row, "referred_by_id": None} for row in rows])
    ids = dict(session.execute(select(Customer.code, Customer.id).where(Customer.store_id == store.id)).all())
    by_index = [ids[f"V{i + 1:04d}"] for i in range(customers)]
    for i, row in enumerate(rows):
        if row["referred_by_id"] is not None:
            session.get(Customer, by_index[i]).referred_by_id = by_index[row["referred_by_id"]]  # type: ignore[union-attr]
    session.execute(
        insert(Assignment.__table__),
        [
            {"customer_id": by_index[i], "associate_id": rows[i]["associate_id"], "since": firsts[i], "reason": "登记"}
            for i in range(customers)
        ],
    )
    purchases = []
    for i in range(customers):
        interval = rng.lognormvariate(3.8, 0.6)  # days between visits, median about 45
        loyal_until = firsts[i] + timedelta(days=rng.expovariate(1 / 500))
        favourite = rng.sample(BUNDLES, 2)
        at, n = firsts[i], 0
        while at < min(now, loyal_until) or n == 0:
            bundle = rng.choice(favourite) if rng.random() < 0.8 else rng.choice(BUNDLES)
            items = list(bundle[: rng.randint(1, len(bundle))])
            amount = sum(PRICES[item] for item in items) * rng.uniform(0.8, 1.0)
            purchases.append(
                {
                    "store_id": store.id,
                    "customer_id": by_index[i],
                    "order_id": f"DEMO-{i + 1:04d}-{n + 1:03d}",
                    "at": _opening_hours(at, rng, now),
                    "amount_fen": int(amount * 100),
                    "items": items,
                }
            )
            n += 1
            at = at + timedelta(days=max(1.0, rng.gauss(interval, interval / 4)))
            if at >= now:
                break
    session.execute(insert(Purchase.__table__), purchases)
    _engagement(session, rng=rng, store=store, now=now, customer_ids=by_index, staff_ids=[s.id for s in staff])
    for code in (f"V{i:04d}" for i in range(1, 11)):
        customer = session.get(Customer, ids[code])
        assert customer is not None
        update_profile(
            session,
            customer=customer,
            actor=ACTOR,
            now=now,
            answers={"q1": customer.name, "q7": "5月", "q48": rng.choice(("本帮菜", "粤菜", "日料")), "q50": "高尔夫"},
            custom={"尺码": rng.choice(("M", "L", "XL"))},
        )
    session.flush()
    recompute_tiers(session, store=store, rules=TierRules(), actor=ACTOR, now=now)
    scan_at_risk(session, store=store, actor=ACTOR, now=now)
    return store


def _opening_hours(at: datetime, rng: random.Random, now: datetime) -> datetime:
    """The same day between 10:00 and 21:00 store time (never after `now`)."""
    local = at.astimezone(DEFAULT_TZ).replace(hour=rng.randint(10, 20), minute=rng.randint(0, 59), second=0)
    return min(local, now - timedelta(minutes=1))


def _engagement(
    session: Session, *, rng: random.Random, store: Store, now: datetime, customer_ids: list[int], staff_ids: list[int]
) -> None:
    """Events with attendance, surveys and contacts on every channel."""
    for n, title in enumerate(EVENTS):
        starts = now - timedelta(days=600 - n * 110)
        event = StoreEvent(store_id=store.id, title=title, starts_at=starts, place="门店二楼", created_at=starts)
        session.add(event)
        session.flush()
        invited = rng.sample(customer_ids, 60)
        session.execute(
            insert(EventAttendance.__table__),
            [
                {
                    "event_id": event.id,
                    "customer_id": cid,
                    "status": rng.choice(("attended", "attended", "absent", "registered")),
                    "updated_at": starts,
                }
                for cid in invited
            ],
        )
    session.execute(
        insert(Survey.__table__),
        [
            {
                "customer_id": rng.choice(customer_ids),
                "at": now - timedelta(days=rng.uniform(0, 365)),
                "score": rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 6, 14, 12))[0],
                "comment": None,
            }
            for _ in range(200)
        ],
    )
    session.execute(
        insert(ContactLog.__table__),
        [
            {
                "customer_id": rng.choice(customer_ids),
                "associate_id": rng.choice(staff_ids),
                "channel": rng.choice(CHANNELS),
                "at": now - timedelta(days=rng.uniform(0, 365)),
                "note": rng.choice(NOTES),
                "actor": ACTOR,
            }
            for _ in range(800)
        ],
    )
