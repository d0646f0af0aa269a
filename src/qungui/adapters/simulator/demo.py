"""The demo group a newcomer plays with: 安徽商会会员交流群 under the `chamber` rulebook (第四篇/第五篇).

The 会长 owns the group, the secretariat runs it, eight members chat — some with real-name
nicknames as 三.2 asks (所在公司+部门职位+姓名), some not yet. The chamber template ships with an
empty member list (membership.roster); the demo's rulebook is the template with a roster, so a
stranger's join request is held and a listed member's is not.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from qungui.adapters.simulator.group import SimGroup, SimMember
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.events import GroupRef, MemberRef
from qungui.governance.members.models import Role
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.loader import load_template
from qungui.rules.schema import RosterEntry

if TYPE_CHECKING:
    from qungui.runtime.service import Runtime

PLATFORM = "sim"
GROUP_NAME = "安徽商会会员交流群"
BOT = MemberRef(platform=PLATFORM, id="wxid_qungui_bot", name="qungui")
OWNER = "wxid_ahsh_chen01"
ADMINS = ("wxid_zhouzp_hz", "wxid_wuting_ahsh")


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    nickname: str  # the group nickname they use now
    roster_name: str  # their real-name entry on the chamber's member list
    role: Role = Role.MEMBER
    in_group: bool = True


PEOPLE: tuple[Person, ...] = (
    Person(OWNER, "安徽商会会长陈明", "安徽商会会长陈明", Role.OWNER),
    Person(ADMINS[0], "安徽商会秘书处副秘书长周志平", "安徽商会秘书处副秘书长周志平", Role.ADMIN),
    Person(ADMINS[1], "安徽商会会员服务部秘书吴婷", "安徽商会会员服务部秘书吴婷", Role.ADMIN),
    Person("wxid_wanglei_hsb", "合肥徽商银行公司业务部经理王磊", "合肥徽商银行公司业务部经理王磊"),
    Person("wxid_lina_jac", "芜湖江淮汽车销售部总监李娜", "芜湖江淮汽车销售部总监李娜"),
    Person("wxid_zhaoq_masteel", "马鞍山钢铁采购部主管赵强", "马鞍山钢铁采购部主管赵强"),
    Person("wxid_sunyue_xc", "宣城宣纸文化传播总经理孙悦", "宣城宣纸文化传播总经理孙悦"),
    Person("wxid_zhengkai_bb", "蚌埠玻璃设计院工程师郑凯", "蚌埠玻璃设计院工程师郑凯"),
    Person("wxid_zhangjh_1978", "老张", "合肥建工集团项目部经理张建华"),
    Person("wxid_lily_0526", "Lily小美", "滁州美妆连锁店长刘小美"),
    Person("wxid_liuq_888", "刘总", "六安茶谷科技董事长刘强"),
    # On the member list, not yet in the group: their join requests go through.
    Person("wxid_fangwg_hs", "黄山徽州茶业董事长方卫国", "黄山徽州茶业董事长方卫国", in_group=False),
    Person("wxid_yangfan_aq", "安庆天柱建材市场部杨帆", "安庆天柱建材市场部杨帆", in_group=False),
)

# (minutes ago, who, what): a Saturday event being organised, so the page is not empty.
SEED_CHAT: tuple[tuple[int, str, str], ...] = (
    (48, OWNER, "各位会员好！本周六下午两点在商会三楼会议室举办“徽商项目对接会”，有意参加的请在群里报名。"),
    (46, ADMINS[0], "收到。秘书处已准备好签到表，报名请直接回复“姓名+单位”。"),
    (41, "wxid_wanglei_hsb", "报名：王磊，合肥徽商银行公司业务部。"),
    (37, "wxid_lina_jac", "报名：李娜，江淮汽车销售部，想对接几家做零部件的会员企业。"),
    (30, "wxid_zhangjh_1978", "周六工地验收走不开，下次一定参加。"),
    (26, "wxid_sunyue_xc", "宣纸文化这边可以带一些展品过去，需要的话提前说一声。"),
    (22, ADMINS[1], "好的孙总，已登记。也提醒大家：本群实行实名制，昵称请改为“所在公司+部门职位+姓名”。"),
    (17, "wxid_lily_0526", "收到，谢谢吴秘书。"),
    (12, "wxid_zhaoq_masteel", "报名：赵强，马钢采购部。"),
    (8, "wxid_zhengkai_bb", "报名：郑凯，蚌埠玻璃设计院，可以带两位同事吗？"),
    (6, ADMINS[0], "可以的，郑工，同事的姓名单位也请发一下。"),
    (3, "wxid_liuq_888", "我也报名，六安茶谷刘强。"),
)


@dataclass(frozen=True, slots=True)
class Scenario:
    """Something to try on the page: who does it, and what qungui will do about it.

    `action` is one of say (in the group), private (to the bot), voice, red_envelope, image (the
    page's sample picture `value`), invite, apply (a join request), rename, forward (fast-forward
    the clock by `value`).
    """

    title: str
    expect: str
    action: str
    member: str | None = None
    text: str = ""
    value: str = ""
    mentions: tuple[str, ...] = ()


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "发广告", "qungui 撤回消息，按 三.4 罚发群红包", "say", "wxid_lily_0526", "代理微商产品，招代理，加V：abc12345"
    ),
    Scenario(
        "发微信群二维码",
        "识别出图片里的群邀请二维码，撤回并罚红包",
        "image",
        "wxid_zhengkai_bb",
        "",
        "demo-group-qr.png",
    ),
    Scenario("骂人", "按 三.4 罚发群红包 20 元，24 小时内发出", "say", "wxid_zhangjh_1978", "你就是个废物"),
    Scenario("发红包交罚款", "罚红包结清，记录关闭", "red_envelope", "wxid_zhangjh_1978", "对不起大家，红包赔罪", "20"),
    Scenario("发一条 75 秒的长语音", "先提醒少发语音，再犯罚红包", "voice", "wxid_zhaoq_masteel", "", "75"),
    Scenario("改个不合规的昵称", "提醒按“公司+部门职位+姓名”实名", "rename", "wxid_zhengkai_bb", "郑工"),
    Scenario("改成实名昵称", "昵称旁的标记变为 ✓ 实名", "rename", "wxid_liuq_888", "六安茶谷科技董事长刘强"),
    Scenario("拉陌生人进群", "不在会员名单上：入群申请暂缓，私信告知管理员", "invite", "wxid_lina_jac", "阳光的微笑"),
    Scenario(
        "名单上的会员申请入群",
        "等待群主或管理员在成员列表里同意",
        "apply",
        "wxid_fangwg_hs",
        "黄山徽州茶业董事长方卫国",
    ),
    Scenario("私聊查看我的记录", "qungui 私聊回复违规与罚款记录", "private", "wxid_zhangjh_1978", "我的记录"),
    Scenario(
        "私聊举报",
        "举报人身份保密；管理员私聊收到通知",
        "private",
        "wxid_wanglei_hsb",
        "举报 @Lily小美 在群里发微商广告",
        mentions=("wxid_lily_0526",),
    ),
    Scenario("时间快进 1 天", "逾期未发的红包、未改的昵称，提醒管理员", "forward", None, "", "1d"),
)


def demo_rulebook() -> CompiledRulebook:
    """The chamber template with the demo chamber's member list."""
    template = load_template("chamber")
    roster = [RosterEntry(name=p.roster_name, id=p.id) for p in PEOPLE]
    membership = template.membership.model_copy(update={"roster": roster})
    return compile_rulebook(template.model_copy(update={"membership": membership}))


def demo_members() -> list[SimMember]:
    """The people in the group when the page opens."""
    return [SimMember(p.id, p.nickname, p.role) for p in PEOPLE if p.in_group]


async def start_demo(hub: SimulatorHub, runtime: Runtime, *, group_id: str | None = None) -> SimGroup:
    """Add the demo group to the runtime and the hub and play the seed chat; returns the group.

    Each start makes a fresh group (a new id) unless `group_id` is given: the simulator's people live
    in memory, so a group left in the database by an earlier run would disagree with them.
    """
    book = demo_rulebook()
    ref = GroupRef(platform=PLATFORM, id=group_id or f"ahsh-{secrets.token_hex(4)}", name=GROUP_NAME)
    runtime.add_group(ref, book, owner=OWNER, admins=ADMINS)
    members = demo_members()
    start = hub.clock.now()
    for member in members:
        member.joined_at = start - timedelta(days=30)
    group = hub.add_group(ref, members, approval_required=book.rulebook.membership.invites.need_approval)
    for minutes, who, text in SEED_CHAT:
        await hub.say(ref.id, who, text, at=start - timedelta(minutes=minutes))
    return group
