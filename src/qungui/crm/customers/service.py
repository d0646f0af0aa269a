"""Stores, associates and customers. Every function runs in the caller's transaction and never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.crm.customers.models import Assignment, Associate, Customer, Store
from qungui.crm.errors import CrmRejected
from qungui.governance.audit.service import append_audit
from qungui.governance.members.models import Member


def get_store(session: Session, *, name: str | None = None) -> Store:
    """The store called `name`; without a name, the only store. Raises CrmRejected when there is none (or many)."""
    if name:
        store = session.scalars(select(Store).where(Store.name == name)).one_or_none()
        if store is None:
            raise CrmRejected(f"没有名为「{name}」的门店", f"no store named {name!r}")
        return store
    stores = session.scalars(select(Store).order_by(Store.id).limit(2)).all()
    if not stores:
        raise CrmRejected("还没有门店：先导入购买记录或运行 qungui crm demo", "no store yet: import purchases first")
    if len(stores) > 1:
        raise CrmRejected("有多个门店，请用 --store 指定", "several stores: name one with --store")
    return stores[0]


def ensure_store(session: Session, *, name: str, now: datetime, group_id: int | None = None) -> Store:
    """The store called `name`, created when missing."""
    name = name.strip()
    if not name or len(name) > 128:
        raise CrmRejected("门店名称不能为空，最多128个字", "a store name is 1–128 characters")
    store = session.scalars(select(Store).where(Store.name == name)).one_or_none()
    if store is None:
        store = Store(name=name, group_id=group_id, created_at=now)
        session.add(store)
        session.flush()
    return store


def ensure_associate(
    session: Session, *, store: Store, name: str, now: datetime, phone: str | None = None
) -> Associate:
    """The store's associate called `name`, created when missing."""
    name = name.strip()
    if not name or len(name) > 64:
        raise CrmRejected("导购姓名不能为空，最多64个字", "an associate's name is 1–64 characters")
    found = find_associate(session, store=store, name=name)
    if found is None:
        found = Associate(store_id=store.id, name=name, phone=phone, active=True, created_at=now)
        session.add(found)
        session.flush()
    return found


def find_associate(session: Session, *, store: Store, name: str) -> Associate | None:
    return session.scalars(
        select(Associate).where(Associate.store_id == store.id, Associate.name == name.strip())
    ).one_or_none()


def require_associate(session: Session, *, store: Store, name: str) -> Associate:
    found = find_associate(session, store=store, name=name)
    if found is None:
        raise CrmRejected(f"门店里没有导购「{name}」", f"no associate named {name!r} in this store")
    return found


def find_customer(session: Session, *, store: Store, code: str) -> Customer | None:
    return session.scalars(select(Customer).where(Customer.store_id == store.id, Customer.code == code)).one_or_none()


def require_customer(session: Session, *, store: Store, code: str) -> Customer:
    found = find_customer(session, store=store, code=code.strip())
    if found is None:
        raise CrmRejected(f"没有会员编号为 {code} 的顾客", f"no customer numbered {code!r}")
    return found


def add_customer(
    session: Session,
    *,
    store: Store,
    code: str,
    now: datetime,
    actor: str,
    name: str | None = None,
    phone: str | None = None,
    associate: Associate | None = None,
    referred_by: Customer | None = None,
) -> Customer:
    """Register a customer (refused when the number is taken); audited."""
    code = code.strip()
    if not code or len(code) > 64:
        raise CrmRejected("会员编号不能为空，最多64个字符", "a customer number is 1–64 characters")
    if find_customer(session, store=store, code=code) is not None:
        raise CrmRejected(f"会员编号 {code} 已存在", f"customer number {code} exists")
    customer = Customer(
        store_id=store.id,
        code=code,
        name=name,
        phone=phone,
        associate_id=associate.id if associate else None,
        referred_by_id=referred_by.id if referred_by else None,
        created_at=now,
        updated_at=now,
    )
    session.add(customer)
    session.flush()
    if associate is not None:
        session.add(Assignment(customer_id=customer.id, associate_id=associate.id, since=now, reason="登记"))
    append_audit(session, actor=actor, action="crm.customer.add", subject=f"crm:{store.id}:{code}", data={}, now=now)
    return customer


def assign(session: Session, *, customer: Customer, associate: Associate, now: datetime, reason: str) -> None:
    """Make `associate` the customer's associate, closing the previous assignment (history kept)."""
    if customer.associate_id == associate.id:
        return
    for open_row in session.scalars(
        select(Assignment).where(Assignment.customer_id == customer.id, Assignment.until.is_(None))
    ):
        open_row.until = now
    session.add(Assignment(customer_id=customer.id, associate_id=associate.id, since=now, reason=reason[:255]))
    customer.associate_id = associate.id
    customer.updated_at = now


def link_member(session: Session, *, customer: Customer, member: Member, actor: str, now: datetime) -> None:
    """Link a customer to their member record in the store's VIP group (checked to be that group's member)."""
    store = session.get(Store, customer.store_id)
    if store is not None and store.group_id is not None and member.group_id != store.group_id:
        raise CrmRejected("这位群成员不在本门店的VIP群里", "that member is not in this store's VIP group")
    customer.member_id = member.id
    customer.updated_at = now
    append_audit(
        session,
        actor=actor,
        action="crm.customer.link_member",
        subject=f"crm:{customer.store_id}:{customer.code}",
        data={"member": member.external_id, "group_id": member.group_id},
        now=now,
    )


def customer_for_member(session: Session, *, member: Member) -> Customer | None:
    """The customer linked to a group member, if any."""
    return session.scalars(select(Customer).where(Customer.member_id == member.id)).first()


def assignment_history(session: Session, *, customer: Customer) -> list[tuple[str, datetime, datetime | None, str]]:
    """Who served the customer when: (associate name, since, until, reason), oldest first."""
    rows = session.execute(
        select(Associate.name, Assignment.since, Assignment.until, Assignment.reason)
        .join(Associate, Associate.id == Assignment.associate_id)
        .where(Assignment.customer_id == customer.id)
        .order_by(Assignment.since, Assignment.id)
    ).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def link_group(session: Session, *, store: Store, group_id: int, actor: str, now: datetime) -> None:
    """Make `group_id` the store's VIP group; audited (the daily CRM run counts from here)."""
    store.group_id = group_id
    append_audit(
        session,
        actor=actor,
        action="crm.store.link_group",
        subject=f"crm:{store.id}",
        data={"group_id": group_id},
        now=now,
    )
