"""Import purchases into the database and read them back as arrays. Nothing here commits.

An import is idempotent twice over: the same file (by SHA-256) is recognised and changes nothing, and
an order id already stored is reported and skipped, so overlapping exports never duplicate a purchase.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

import numpy as np
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from qungui.core.clock import DEFAULT_TZ
from qungui.crm.arrays import PurchaseArrays
from qungui.crm.customers.models import Assignment, Associate, Customer, Store
from qungui.crm.purchases.models import ImportBatch, Purchase
from qungui.crm.purchases.parse import RowProblem, parse_purchases
from qungui.governance.audit.service import append_audit

CHUNK = 500
STORED_PROBLEMS = 1000


@dataclass(slots=True)
class ImportReport:
    """What an import did: rows read, imported, and every problem (row, column, what is wrong)."""

    file_name: str
    file_hash: str
    rows_total: int = 0
    imported: int = 0
    new_customers: int = 0
    encoding: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    already_imported: bool = False  # the same file was imported before: nothing changed
    fatal: bool = False  # nothing could be imported (file unreadable, columns missing)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems if p.row > 1})

    def summary(self) -> str:
        if self.already_imported:
            return f"文件「{self.file_name}」之前已导入过，本次没有任何改动"
        if self.fatal:
            return f"文件「{self.file_name}」无法导入：{self.problems[0].problem}"
        return (
            f"读取{self.rows_total}行，导入{self.imported}行，{self.rejected}行有问题未导入，"
            f"新增会员{self.new_customers}位（{self.encoding}）"
        )


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_purchases(
    session: Session,
    *,
    store: Store,
    data: bytes,
    file_name: str,
    actor: str,
    now: datetime,
    tz: tzinfo = DEFAULT_TZ,
) -> ImportReport:
    """Import a CSV or Excel file of purchases; unknown customers are registered. Does not commit."""
    digest = file_hash(data)
    report = ImportReport(file_name=file_name[:255], file_hash=digest)
    previous = session.scalars(
        select(ImportBatch).where(ImportBatch.store_id == store.id, ImportBatch.file_hash == digest)
    ).one_or_none()
    if previous is not None:
        report.already_imported = True
        report.rows_total = previous.rows_total
        return report
    parsed = parse_purchases(data, file_name, now=now, tz=tz)
    report.rows_total, report.encoding, report.fatal = parsed.rows_total, parsed.encoding, parsed.fatal
    report.problems = list(parsed.problems)
    if parsed.fatal:
        return report
    rows = parsed.rows
    known = _existing_orders(session, store=store, order_ids=[r.order_id for r in rows])
    fresh = []
    for row in rows:
        if row.order_id in known:
            report.problems.append(RowProblem(row.row, "订单号", f"订单号 {row.order_id} 已在之前的导入中，未重复导入"))
        else:
            fresh.append(row)
    associates = {a.name: a.id for a in session.scalars(select(Associate).where(Associate.store_id == store.id))}
    unknown = [r for r in fresh if r.associate and r.associate not in associates]
    for row in unknown:
        report.problems.append(RowProblem(row.row, "导购", f"门店里没有导购「{row.associate}」，请先添加导购"))
    fresh = [r for r in fresh if not (r.associate and r.associate not in associates)]
    codes = _customer_ids(
        session, store=store, codes={r.customer for r in fresh} | {r.referrer for r in fresh if r.referrer}
    )
    known_codes = set(codes) | {r.customer for r in fresh}
    for row in fresh:
        if row.referrer and (row.referrer not in known_codes or row.referrer == row.customer):
            report.problems.append(RowProblem(row.row, "推荐人", f"推荐人 {row.referrer} 不是本店的其他会员"))
    fresh = [r for r in fresh if not (r.referrer and (r.referrer not in known_codes or r.referrer == r.customer))]
    report.problems.sort(key=lambda p: (p.row, p.column))
    new_rows = {}
    for row in fresh:
        if row.customer not in codes and row.customer not in new_rows:
            new_rows[row.customer] = row
    if new_rows:
        session.execute(
            insert(Customer.__table__),
            [
                {
                    "store_id": store.id,
                    "code": code,
                    "name": row.name,
                    "phone": row.phone,
                    "associate_id": associates.get(row.associate or ""),
                    "created_at": now,
                    "updated_at": now,
                }
                for code, row in new_rows.items()
            ],
        )
        codes.update(_customer_ids(session, store=store, codes=set(new_rows)))
        referred = [
            {"id": codes[c], "referred_by_id": codes[r.referrer]}
            for c, r in new_rows.items()
            if r.referrer and r.referrer in codes
        ]
        if referred:
            session.execute(update(Customer), referred)
        assigned = [
            {"customer_id": codes[c], "associate_id": associates[r.associate], "since": now, "reason": "导入时登记"}
            for c, r in new_rows.items()
            if r.associate
        ]
        if assigned:
            session.execute(insert(Assignment.__table__), assigned)
    batch = ImportBatch(
        store_id=store.id,
        file_name=report.file_name,
        file_hash=digest,
        rows_total=report.rows_total,
        rows_imported=len(fresh),
        problems=[p.as_list() for p in report.problems[:STORED_PROBLEMS]],
        actor=actor,
        created_at=now,
    )
    session.add(batch)
    session.flush()
    if fresh:
        session.execute(
            insert(Purchase.__table__),
            [
                {
                    "store_id": store.id,
                    "customer_id": codes[r.customer],
                    "order_id": r.order_id,
                    "at": r.at,
                    "amount_fen": r.amount_fen,
                    "items": list(r.items),
                    "import_id": batch.id,
                }
                for r in fresh
            ],
        )
    report.imported, report.new_customers = len(fresh), len(new_rows)
    append_audit(
        session,
        actor=actor,
        action="crm.import",
        subject=f"crm:{store.id}:import:{batch.id}",
        data={
            "file": report.file_name,
            "sha256": digest,
            "rows": report.rows_total,
            "imported": report.imported,
            "problems": len(report.problems),
        },
        now=now,
    )
    return report


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _existing_orders(session: Session, *, store: Store, order_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(order_ids):
        found.update(
            session.scalars(
                select(Purchase.order_id).where(Purchase.store_id == store.id, Purchase.order_id.in_(chunk))
            )
        )
    return found


def _customer_ids(session: Session, *, store: Store, codes: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(codes)):
        rows = session.execute(
            select(Customer.code, Customer.id).where(Customer.store_id == store.id, Customer.code.in_(chunk))
        )
        found.update({code: cid for code, cid in rows})
    return found


def record_purchase(
    session: Session,
    *,
    customer: Customer,
    order_id: str,
    at: datetime,
    amount_fen: int,
    items: Sequence[str] = (),
) -> Purchase:
    """Store one purchase (the demo and tests; people import files). Does not commit."""
    purchase = Purchase(
        store_id=customer.store_id,
        customer_id=customer.id,
        order_id=order_id,
        at=at,
        amount_fen=amount_fen,
        items=list(items),
    )
    session.add(purchase)
    return purchase


def load_arrays(session: Session, *, store: Store) -> PurchaseArrays:
    """Every customer and purchase of the store as arrays (customers in id order)."""
    ids = np.fromiter(
        session.scalars(select(Customer.id).where(Customer.store_id == store.id).order_by(Customer.id)), dtype=np.int64
    )
    referred = np.fromiter(
        (
            r is not None
            for r in session.scalars(
                select(Customer.referred_by_id).where(Customer.store_id == store.id).order_by(Customer.id)
            )
        ),
        dtype=bool,
        count=len(ids),
    )
    rows = session.execute(
        select(Purchase.customer_id, Purchase.at, Purchase.amount_fen).where(Purchase.store_id == store.id)
    ).all()
    customer = np.searchsorted(ids, np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
    at = np.fromiter((int(r[1].timestamp()) for r in rows), dtype=np.int64, count=len(rows))
    amount = np.fromiter((r[2] for r in rows), dtype=np.float64, count=len(rows)) / 100
    return PurchaseArrays(customer=customer, at=at, amount=amount, customer_ids=ids, referred=referred)


def baskets(session: Session, *, store: Store) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Each customer's items ever bought, and each item's usual unit price (order amount / items, median)."""
    per_customer: dict[int, set[str]] = {}
    prices: dict[str, list[float]] = {}
    rows = session.execute(
        select(Purchase.customer_id, Purchase.items, Purchase.amount_fen).where(Purchase.store_id == store.id)
    )
    for customer_id, items, amount_fen in rows:
        if not items:
            continue
        per_customer.setdefault(customer_id, set()).update(items)
        unit = amount_fen / 100 / len(items)
        for item in items:
            prices.setdefault(item, []).append(unit)
    return per_customer, {item: float(np.median(values)) for item, values in prices.items()}
