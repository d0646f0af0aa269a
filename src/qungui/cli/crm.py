"""`qungui crm …`: VIP customer management (the seed's vip客户管理制度) from the command line.

import (CSV/Excel purchases, with a validation report), tiers, metrics, at-risk, suggest, handover, demo.
Everything heavier than Typer is imported inside the commands, so `qungui --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

app = typer.Typer(help="VIP客户管理 (VIP customers): import, tiers, metrics, at-risk, suggest, handover, demo.")

StoreOption = Annotated[str | None, typer.Option("--store", help="门店名称 store name (default: the only store)")]
DbOption = Annotated[
    str | None,
    typer.Option("--database-url", help="SQLAlchemy URL (default: QUNGUI_DATABASE_URL)", show_default=False),
]
NowOption = Annotated[
    str | None, typer.Option("--now", help="ISO time to act at (default: now; for replays and tests)", hidden=True)
]


@app.callback(no_args_is_help=True)
def crm() -> None:
    """VIP客户管理 (VIP customers): import, tiers, metrics, at-risk, suggest, handover, demo."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _now(value: str | None) -> datetime:
    from qungui.core.clock import SystemClock, ensure_aware

    if value is None:
        return SystemClock().now()
    try:
        return ensure_aware(datetime.fromisoformat(value))
    except ValueError:
        raise _fail(f"时间格式不对 / bad time: {value!r}（例如 2026-11-24T10:00）") from None


@contextmanager
def _session(database_url: str | None, *, create: bool = False) -> Iterator[Session]:
    """One transaction on the database; CRM refusals and database errors become clear messages (exit 2)."""
    from sqlalchemy.exc import SQLAlchemyError

    from qungui.crm.errors import CrmRejected
    from qungui.settings import Settings
    from qungui.storage.db import make_engine, make_session_factory, migrate

    engine = make_engine(database_url or Settings().database_url)
    try:
        if create:
            migrate(engine)
        with make_session_factory(engine).begin() as session:
            yield session
    except CrmRejected as exc:
        raise _fail(exc.reason_zh) from None
    except SQLAlchemyError as exc:
        raise _fail(f"数据库错误 / database error (run `qungui db migrate`?): {exc}") from None
    finally:
        engine.dispose()


def _console(min_width: int = 0):
    from rich.console import Console

    console = Console(soft_wrap=True)
    if console.width < min_width:  # wide tables (the cohort matrix) are not squeezed in a narrow pipe
        console = Console(soft_wrap=True, width=min_width)
    return console


@app.command("import")
def import_command(
    file: Annotated[
        Path, typer.Argument(help="购买记录 CSV（UTF-8/GBK）或 Excel（.xlsx）", exists=True, dir_okay=False)
    ],
    store: Annotated[str, typer.Option("--store", help="门店名称 (created when new)")] = "门店",
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """导入购买记录 Import purchases; prints every problem by row and column. Re-importing changes nothing."""
    from rich.table import Table

    from qungui.crm.customers.service import ensure_store
    from qungui.crm.purchases.service import import_purchases

    at = _now(now)
    data = file.read_bytes()
    with _session(database_url) as session:
        target = ensure_store(session, name=store, now=at)
        report = import_purchases(session, store=target, data=data, file_name=file.name, actor="cli", now=at)
    console = _console()
    console.print(report.summary())
    if report.problems:
        table = Table("行 row", "列 column", "问题 problem", title="校验报告 validation report")
        for problem in report.problems:
            table.add_row(str(problem.row) if problem.row else "文件", problem.column, problem.problem)
        console.print(table)
    if report.fatal:
        raise typer.Exit(1)


@app.command("tiers")
def tiers_command(
    store: StoreOption = None,
    method: Annotated[
        Literal["abc", "amount", "rfm"] | None, typer.Option(help="abc 按消费排名 / amount 按金额 / rfm")
    ] = None,
    a_share: Annotated[float | None, typer.Option(help="abc: A 类占活跃顾客的比例（默认 0.2）")] = None,
    b_share: Annotated[float | None, typer.Option(help="abc: B 类比例（默认 0.3）")] = None,
    a_min: Annotated[float | None, typer.Option(help="amount: A 类消费门槛（元，默认 20000）")] = None,
    b_min: Annotated[float | None, typer.Option(help="amount: B 类消费门槛（元，默认 5000）")] = None,
    window_days: Annotated[int | None, typer.Option(help="统计最近多少天的消费（默认 365）")] = None,
    lapsed_days: Annotated[int | None, typer.Option(help="多少天未购买算流失（D 类，默认 365）")] = None,
    save: Annotated[bool, typer.Option("--save", help="保存为本店的规则（每日自动分级也用它）")] = False,
    show: Annotated[int, typer.Option(help="列出多少条变动")] = 20,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """重新分级 Recompute A/B/C/D tiers (the store's saved rules, changed by the options given)."""
    from pydantic import ValidationError
    from rich.table import Table

    from qungui.crm.customers.service import get_store
    from qungui.crm.tiers.rules import TierRules
    from qungui.crm.tiers.service import recompute_tiers, save_rules, store_rules

    given = {
        "method": method,
        "a_share": a_share,
        "b_share": b_share,
        "a_min_yuan": a_min,
        "b_min_yuan": b_min,
        "window_days": window_days,
        "lapsed_days": lapsed_days,
    }
    at = _now(now)
    with _session(database_url) as session:
        target = get_store(session, name=store)
        try:
            rules = TierRules.model_validate(
                {**store_rules(target).model_dump(), **{k: v for k, v in given.items() if v is not None}}
            )
        except ValidationError as exc:
            raise _fail("分级规则不对 / bad tier rules: " + "; ".join(e["msg"] for e in exc.errors())) from None
        if save:
            save_rules(session, store=target, rules=rules, actor="cli", now=at)
        run = recompute_tiers(session, store=target, rules=rules, actor="cli", now=at)
    console = _console()
    if save:
        console.print("已保存为本店的分级规则")
    console.print("分级结果：" + "，".join(f"{k}类 {v} 位" for k, v in run.counts.items()))
    console.print(f"本次变动 {len(run.changes)} 位")
    if run.changes:
        table = Table("会员编号", "原类别", "新类别", "原因")
        for code, old, new, why in run.changes[:show]:
            table.add_row(code, old or "—", new, why)
        console.print(table)
        if len(run.changes) > show:
            console.print(f"…… 另有 {len(run.changes) - show} 位（--show 调整）")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _num(value: float | None, fmt: str = "{:,.2f}") -> str:
    return "—" if value is None else fmt.format(value)


@app.command("metrics")
def metrics_command(
    store: StoreOption = None,
    start: Annotated[str | None, typer.Option("--from", help="起始日期 (default: a year before --to)")] = None,
    end: Annotated[str | None, typer.Option("--to", help="结束日期 (default: now)")] = None,
    active_days: Annotated[int, typer.Option(help="最近多少天内购买过算在册顾客")] = 365,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """忠诚度指标 Loyalty metrics of a period: retention, churn, repeat rate, frequency, AOV, CLV, cohorts."""
    from rich.table import Table

    from qungui.crm.customers.service import get_store
    from qungui.crm.metrics.service import store_metrics

    until = _now(end) if end else _now(now)
    since = _now(start) if start else until - timedelta(days=365)
    if since >= until:
        raise _fail("起始日期应早于结束日期 / --from must be before --to")
    with _session(database_url) as session:
        result = store_metrics(
            session, store=get_store(session, name=store), start=since, end=until, active_days=active_days
        )
    m, s = result.metrics, result.surveys
    table = Table("指标 metric", "数值 value", title=f"{since:%Y-%m-%d} 至 {until:%Y-%m-%d}")
    rows = [
        ("期初在册顾客 S", str(m.customers_start)),
        ("期末在册顾客 E", str(m.customers_end)),
        ("新顾客 N", str(m.new_customers)),
        ("顾客保持率 CRR = (E−N)/S", _pct(m.retention)),
        ("流失率 churn", _pct(m.churn)),
        ("购买顾客数", str(m.buyers)),
        ("订单数", str(m.purchases)),
        ("销售额（元）", _num(m.revenue)),
        ("复购率", _pct(m.repeat_rate)),
        ("购买频次（次/人）", _num(m.frequency)),
        ("客单价 AOV（元）", _num(m.aov)),
        ("顾客终身价值 CLV（元）", _num(m.clv)),
        ("新顾客中老客推荐占比", _pct(m.referral_share)),
        ("满意度（1–5 分）", f"{_num(s.average)}（{s.answers} 份，满意 {_pct(s.satisfied_share)}）"),
    ]
    for label, value in rows:
        table.add_row(label, value)
    console = _console(min_width=110)
    console.print(table)
    months = len(result.cohorts.months)
    cohorts = Table(
        "首购月", "人数", *[f"+{k}" for k in range(months)], title="月度留存 cohort（%，第 k 个月仍购买的比例）"
    )
    for label, size, row in zip(result.cohorts.months, result.cohorts.sizes, result.cohorts.matrix, strict=True):
        cohorts.add_row(label, str(int(size)), *["" if v != v else f"{v:.0f}" for v in row])
    console.print(cohorts)


@app.command("at-risk")
def at_risk_command(
    store: StoreOption = None,
    factor: Annotated[float, typer.Option(help="超过平时购买间隔的多少倍算有流失风险")] = 1.5,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """流失预警 Find customers overdue against their usual interval and give their associate a follow-up."""
    from rich.table import Table

    from qungui.crm.customers.models import Associate
    from qungui.crm.customers.service import get_store
    from qungui.crm.metrics.service import scan_at_risk

    at = _now(now)
    with _session(database_url) as session:
        found = scan_at_risk(session, store=get_store(session, name=store), actor="cli", now=at, factor=factor)
        names = {a.id: a.name for a in session.query(Associate)}
        rows = [
            (
                f.customer.label(),
                f.customer.tier or "—",
                names.get(f.customer.associate_id or 0, "（无）"),
                f"{f.median_days:.0f}",
                f"{f.days_since:.0f}",
                "新建" if f.created else "已有",
            )
            for f in found
        ]
    console = _console()
    console.print(f"有流失风险的顾客 {len(rows)} 位，新建跟进 {sum(1 for r in rows if r[5] == '新建')} 条")
    if rows:
        table = Table("顾客", "类别", "负责导购", "平时间隔（天）", "已未购买（天）", "跟进")
        for row in rows:
            table.add_row(*row)
        console.print(table)


@app.command("suggest")
def suggest_command(
    customer: Annotated[str, typer.Argument(help="会员编号 customer number")],
    store: StoreOption = None,
    limit: int = 5,
    database_url: DbOption = None,
) -> None:
    """推荐 Cross-sell and up-sell suggestions for one customer, each with its reason."""
    from qungui.crm.customers.service import get_store, require_customer
    from qungui.crm.suggest.service import suggest_for

    with _session(database_url) as session:
        target = get_store(session, name=store)
        found = require_customer(session, store=target, code=customer)
        label = found.label()
        suggestions = suggest_for(session, store=target, customer=found, limit=limit)
    console = _console()
    if not suggestions:
        console.print(f"{label}：暂无推荐（购买记录不足或相似顾客没有共同购买的商品）")
        return
    console.print(f"给 {label} 的推荐：")
    for n, s in enumerate(suggestions, start=1):
        console.print(f"{n}. {s.item} — {s.reason()}")


@app.command("handover")
def handover_command(
    leaving: Annotated[str, typer.Option("--from", help="离职或调岗的导购")],
    successors: Annotated[list[str], typer.Option("--to", help="接手的导购（可多次给出，轮流分配）")],
    store: StoreOption = None,
    reason: Annotated[str, typer.Option(help="交接原因")] = "导购离职",
    stays: Annotated[bool, typer.Option("--stays", help="导购不离职（只是调岗）")] = False,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """交接 Hand an associate's customers, profiles and open follow-ups to successors in one step."""
    from qungui.crm.customers.service import get_store, require_associate
    from qungui.crm.handover.service import hand_over

    at = _now(now)
    with _session(database_url) as session:
        target = get_store(session, name=store)
        record = hand_over(
            session,
            store=target,
            leaving=require_associate(session, store=target, name=leaving),
            successors=[require_associate(session, store=target, name=n) for n in successors],
            actor="cli",
            now=at,
            reason=reason,
            leaves=not stays,
        )
        customers, followups = record.customers, record.followups
    _console().print(
        f"已将 {leaving} 的 {customers} 位顾客（含档案）和 {followups} 条未完成跟进交接给 {'、'.join(successors)}"
    )


@app.command("associate")
def associate_command(
    name: Annotated[str, typer.Argument(help="导购姓名 (added when new)")],
    store: Annotated[str, typer.Option("--store", help="门店名称 (created when new)")] = "门店",
    member: Annotated[
        str | None, typer.Option("--member", help="导购在门店VIP群里的成员ID（用于私聊跟进提醒）")
    ] = None,
    phone: Annotated[str | None, typer.Option("--phone")] = None,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """添加导购 Add an associate (or set their member id in the store's VIP group for reminders)."""
    from qungui.crm.customers.service import ensure_associate, ensure_store

    at = _now(now)
    with _session(database_url) as session:
        target = ensure_store(session, name=store, now=at)
        person = ensure_associate(session, store=target, name=name, now=at, phone=phone)
        if member is not None:
            person.member_external_id = member.strip()[:255] or None
        if phone is not None:
            person.phone = phone.strip()[:32] or None
    _console().print(f"导购 {name}（{store}）" + (f"，群成员ID {member}" if member else "") + " 已保存")


@app.command("link-group")
def link_group_command(
    group: Annotated[str, typer.Argument(help="门店VIP群 PLATFORM:GROUP_ID, e.g. wechat:123@chatroom")],
    store: StoreOption = None,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """关联VIP群 Link the store to its VIP group (the group the vip-store rulebook governs)."""
    from qungui.cli.common import split_group
    from qungui.crm.customers.service import get_store, link_group
    from qungui.governance.groups.service import find_group

    platform, group_id = split_group(group)
    with _session(database_url) as session:
        target = get_store(session, name=store)
        found = find_group(session, platform=platform, external_id=group_id)
        if found is None:
            raise _fail(f"没有这个群 / no such group: {group}（先让 qungui 管理这个群）")
        link_group(session, store=target, group_id=found.id, actor="cli", now=_now(now))
        label = target.name
    _console().print(f"门店「{label}」已关联VIP群 {group}")


@app.command("demo")
def demo_command(
    seed: Annotated[int, typer.Option(help="随机种子 (the same seed, the same store)")] = 8,
    database_url: DbOption = None,
    now: NowOption = None,
) -> None:
    """演示门店 Create a demo store: associates, 500 customers, two years of purchases, events, surveys."""
    from sqlalchemy import func, select

    from qungui.crm.customers.models import Customer
    from qungui.crm.demo import DEMO_STORE, seed_demo_store
    from qungui.crm.purchases.models import Purchase

    at = _now(now)
    with _session(database_url, create=True) as session:
        existed = session.scalar(select(func.count()).select_from(Customer)) > 0
        store = seed_demo_store(session, now=at, rng_seed=seed)
        customers = session.scalar(select(func.count()).where(Customer.store_id == store.id))
        purchases = session.scalar(select(func.count()).where(Purchase.store_id == store.id))
        tiers = dict(
            session.execute(
                select(Customer.tier, func.count()).where(Customer.store_id == store.id).group_by(Customer.tier)
            ).all()
        )
    console = _console()
    console.print(
        f"[bold]{DEMO_STORE}[/]：顾客 {customers} 位，购买记录 {purchases} 条"
        + ("（已存在，未重复生成）" if existed else "")
    )
    console.print("分级：" + "，".join(f"{k}类 {tiers.get(k, 0)} 位" for k in "ABCD"))
    console.print(f"下一步：qungui crm metrics --store {DEMO_STORE} · qungui crm at-risk --store {DEMO_STORE}")
