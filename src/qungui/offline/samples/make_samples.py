"""Write the bundled sample logs (invented people, invented companies), deterministically.

    .venv/bin/python src/qungui/offline/samples/make_samples.py

demo-chamber.jsonl: ten days of a 安徽商会 members' group in qungui's JSON Lines format — work chat,
an advertiser (one ad disguised with spaces), a quarrel where one side apologises and pays the red
envelope and the other refuses, voice messages while the chat is busy, a newcomer invited by a
member and not on the roster who later takes a real name, a non-real-name nickname, notices with
some replies missing, and two members silent after the first day.
sample-wechat.csv: a shorter slice of the same group in the WeChatMsg/留痕 CSV layout.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from qungui.adapters.exports.jsonl import dump_event
from qungui.core.events import (
    Attachment,
    GroupRef,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
)
from qungui.offline.samples.wechat_sample import write_wechat_sample

SEED = 20261102
SH = ZoneInfo("Asia/Shanghai")
DAY0 = datetime(2026, 11, 2, tzinfo=SH)  # Monday
GROUP = GroupRef(platform="wechat", id="ahsh-members@chatroom", name="安徽商会会员交流群")
HERE = Path(__file__).resolve().parent

PEOPLE = {
    "wxid_ahsh_chen01": "安徽商会秘书处陈立群",  # secretary-general, admin
    "wxid_zhouzp_hz": "安徽商会会长办周正平",  # president's office, admin
    "wxid_wangjg_hf": "合肥徽源建材销售部王建国",
    "wxid_liming_wh": "芜湖长江物流总经理李明",
    "wxid_zhaohm_bb": "蚌埠华信科技研发中心赵海梅",
    "wxid_sunzq_aq": "安庆宜城食品总经理孙志强",  # quarrels, apologises, pays
    "wxid_wugang_mas": "马鞍山钢联贸易销售部吴刚",  # quarrels, refuses
    "wxid_qianduo_xc": "宣城优品贸易招商部钱多多",  # advertiser
    "wxid_hujl_hs": "黄山徽茶坊店长胡家乐",
    "wxid_xujing_la": "六安瓜片茶业市场部徐静",  # voice messages
    "wxid_yewen_fy": "阜阳中原律师事务所律师叶文",
    "wxid_tangy_cz": "滁州天成建设工程部唐勇",
    "wxid_gaoli_bz": "亳州药都医药财务部高丽",
    "wxid_panjh_hn": "淮南煤化设备销售部潘建华",  # silent after day 1
    "wxid_dengmin_tl": "铜陵铜都有色总经理邓敏",  # silent after day 1
    "wxid_lily_2019": "Lily🌸快乐每一天",  # not a real-name nickname
}
ADMINS = ("wxid_ahsh_chen01", "wxid_zhouzp_hz")
CHATTY = [
    "wxid_wangjg_hf",
    "wxid_liming_wh",
    "wxid_zhaohm_bb",
    "wxid_sunzq_aq",
    "wxid_hujl_hs",
    "wxid_xujing_la",
    "wxid_yewen_fy",
    "wxid_tangy_cz",
    "wxid_gaoli_bz",
    "wxid_lily_2019",
    "wxid_wugang_mas",
]
FILLER = [
    "各位老乡早上好！",
    "今天合肥降温了，大家注意保暖",
    "请问有做钢结构的会员吗？有个厂房项目想对接一下",
    "我们公司在招会计，有合适的朋友可以推荐一下",
    "感谢秘书处组织，上次的考察很有收获",
    "下周去芜湖出差，有时间的老乡一起吃个饭",
    "商会的法律咨询服务很实用，昨天帮我们解决了一个合同问题",
    "有没有做冷链物流的？我们的茶叶要发到广州",
    "这个政策解读写得很清楚，建议大家都看看",
    "好的，回头我私下联系您",
    "谢谢王总，资料已经收到了",
    "明天上午有空，可以去您公司拜访",
    "赞同，会员之间多走动才能多合作",
    "今年的订单比去年好一些，大家加油",
    "刚开完会，晚点回复大家",
    "请问商会办公室周末有人值班吗？",
    "上次说的那个展会，报名截止到什么时候？",
    "我们新出了一款黄山毛峰，欢迎大家来店里品尝",
    "已经转发给我们财务了，谢谢提醒",
    "晚上好，今天辛苦了",
]
ACKS = ["收到", "收到，准时参加", "好的", "收到！", "1", "👍", "明白", "好的，收到"]


class Story:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.events: list = []
        self.n = 0

    def ref(self, who: str, name: str | None = None) -> MemberRef:
        return MemberRef(platform="wechat", id=who, name=name or PEOPLE[who])

    def at(self, day: int, hhmm: str, second: int = 0) -> datetime:
        hour, minute = (int(x) for x in hhmm.split(":"))
        return DAY0 + timedelta(days=day, hours=hour, minutes=minute, seconds=second)

    def next_id(self) -> str:
        self.n += 1
        return f"m{self.n:04d}"

    def say(self, who: str, when: datetime, text: str = "", **extra) -> MessageEvent:
        event = MessageEvent(id=self.next_id(), group=GROUP, ts=when, sender=self.ref(who), text=text, **extra)
        self.events.append(event)
        return event

    def voice(self, who: str, when: datetime, seconds: float) -> None:
        self.say(who, when, kind=MessageKind.VOICE, attachments=(Attachment(mime="audio/silk", duration_s=seconds),))

    def filler(self, day: int, count: int, quiet: set[str]) -> None:
        speakers = [p for p in CHATTY if p not in quiet]
        for _ in range(count):
            minute = self.rng.randint(9 * 60 + 10, 21 * 60 + 30)
            when = DAY0 + timedelta(days=day, minutes=minute, seconds=self.rng.randint(0, 59))
            who = self.rng.choice(speakers)
            roll = self.rng.random()
            if roll < 0.08:
                size = self.rng.randint(80_000, 900_000)
                self.say(who, when, kind=MessageKind.IMAGE, attachments=(Attachment(mime="image/jpeg", size=size),))
            elif roll < 0.12:
                self.say(who, when, kind=MessageKind.STICKER)
            elif roll < 0.15:
                link = (
                    f"【政策解读】安徽出台支持民营经济发展新举措 https://mp.weixin.qq.com/s/{self.rng.randrange(10**8)}"
                )
                self.say(who, when, link, kind=MessageKind.LINK)
            else:
                self.say(who, when, self.rng.choice(FILLER))

    def notice(self, who: str, when: datetime, text: str, repliers: list[str], *, mentions_all=False) -> MessageEvent:
        notice = self.say(who, when, text, mentions_all=mentions_all)
        for index, member in enumerate(repliers):
            delay = timedelta(minutes=2 + index * self.rng.randint(2, 9))
            self.say(member, when + delay, self.rng.choice(ACKS))
        return notice


def build() -> list:
    s = Story()
    chen, zhou = ADMINS
    quiet_after_day1 = {"wxid_panjh_hn", "wxid_dengmin_tl"}
    # Day 0 (Mon): everyone says hello, the two who fall silent speak once.
    s.say(
        chen,
        s.at(0, "08:40"),
        "各位会员早上好！本群为安徽商会会员交流群，请大家遵守群规，昵称按“所在公司+部门职位+姓名”修改。",
    )
    s.say("wxid_panjh_hn", s.at(0, "08:52"), "收到，各位早")
    s.say("wxid_dengmin_tl", s.at(0, "09:05"), "大家好，铜陵邓敏报到")
    s.filler(0, 18, set())
    # Day 1 (Tue): the first notice, and a busy afternoon where 徐静 keeps sending voice messages.
    first = s.notice(
        chen,
        s.at(1, "10:00"),
        "通知：本周六（11月7日）下午2:30在商会三楼会议室召开第四季度会员大会，请各位会员准时参加，收到请回复。",
        ["wxid_wangjg_hf", "wxid_liming_wh", "wxid_zhaohm_bb", "wxid_hujl_hs", "wxid_yewen_fy", "wxid_tangy_cz"],
    )
    s.say("wxid_gaoli_bz", s.at(1, "13:20"), "收到", reply_to=first.id, quote_text=first.text[:20])
    busy = s.at(1, "15:00")
    for minute in range(0, 12):
        for who in ("wxid_wangjg_hf", "wxid_liming_wh", "wxid_tangy_cz", "wxid_zhaohm_bb"):
            s.say(who, busy + timedelta(minutes=minute, seconds=s.rng.randint(0, 50)), s.rng.choice(FILLER))
    for minute, seconds in ((2, 12), (4, 25), (5, 75), (7, 31)):
        s.voice("wxid_xujing_la", busy + timedelta(minutes=minute, seconds=20), seconds)
    s.say(zhou, busy + timedelta(minutes=13), "@六安瓜片茶业市场部徐静 群里消息多的时候尽量打字，语音大家不方便听。")
    s.say("wxid_xujing_la", busy + timedelta(minutes=15), "好的，不好意思，刚才在开车")
    s.filler(1, 10, quiet_after_day1)
    # Day 2 (Wed): the first ad; a member invites a newcomer who is not on the roster.
    s.say("wxid_qianduo_xc", s.at(2, "11:02"), "诚招代理！日赚500+，宝妈学生都可做，详情私聊我")
    s.say(chen, s.at(2, "11:10"), "@宣城优品贸易招商部钱多多 本群禁止发布无关商业广告，请注意。")
    newcomer = MemberRef(platform="wechat", id="wxid_xiaoliu_0716", name="小刘")
    s.events.append(
        MemberJoined(id="j0001", group=GROUP, ts=s.at(2, "14:30"), member=newcomer, inviter=s.ref("wxid_liming_wh"))
    )
    s.events.append(MessageEvent(id=s.next_id(), group=GROUP, ts=s.at(2, "14:32"), sender=newcomer, text="大家好！"))
    s.filler(2, 14, quiet_after_day1)
    # Day 3 (Thu): the quarrel. Under a warn → apologise → remove ladder, 孙 apologises in time and
    # 吴 refuses; under the chamber rules both owe red envelopes and only 孙 pays.
    s.say("wxid_wugang_mas", s.at(3, "16:05"), "孙总，上个月那批货款什么时候结？拖了两个月了")
    s.say("wxid_sunzq_aq", s.at(3, "16:07"), "说了下周结，你在群里说这个有意思吗")
    s.say("wxid_wugang_mas", s.at(3, "16:08"), "你就是个垃圾人，欠钱不还还有理了")
    s.say("wxid_sunzq_aq", s.at(3, "16:09"), "你才是神经病，有事私聊")
    s.say("wxid_wugang_mas", s.at(3, "16:11"), "大家评评理，这种人渣也配进商会？")
    s.say("wxid_sunzq_aq", s.at(3, "16:12"), "滚蛋吧你")
    calm = "两位都冷静一下。按群规第三条第4款，诋毁谩骂者发群红包，请二位发群红包并互相道歉，有事私下沟通。"
    s.say(chen, s.at(3, "16:15"), calm)
    s.say("wxid_sunzq_aq", s.at(3, "16:18"), "对不起各位，刚才我说话冲了，向吴总和大家道歉，货款下周一定结清")
    s.say("wxid_sunzq_aq", s.at(3, "16:19"), "认罚", kind=MessageKind.RED_ENVELOPE, amount=Decimal(20))
    s.say("wxid_sunzq_aq", s.at(3, "16:19", 30), "再补一个", kind=MessageKind.RED_ENVELOPE, amount=Decimal(20))
    s.say("wxid_wugang_mas", s.at(3, "16:20"), "我凭什么道歉？是他先欠钱的，红包我不发")
    s.filler(3, 12, quiet_after_day1)
    # Day 4 (Fri): the second ad; the newcomer takes a real name.
    s.say("wxid_qianduo_xc", s.at(4, "09:31"), "特价清仓，全网最低，扫码进群领优惠券")
    s.events.append(
        NicknameChanged(
            id="n0001", group=GROUP, ts=s.at(4, "10:00"), member=newcomer, old="小刘", new="合肥新锐广告设计部刘洋"
        )
    )
    s.filler(4, 14, quiet_after_day1)
    # Day 5 (Sat): the meeting day; a second notice with @所有人.
    s.notice(
        zhou,
        s.at(5, "18:30"),
        "@所有人 通知：今天会员大会的签到表已上传群文件，未签到的会员请于明天中午前补签，收到请回复。",
        ["wxid_wangjg_hf", "wxid_zhaohm_bb", "wxid_tangy_cz"],
        mentions_all=True,
    )
    s.filler(5, 8, quiet_after_day1)
    # Day 6 (Sun): the third ad, disguised with spaces; the admin removes the advertiser.
    s.say("wxid_qianduo_xc", s.at(6, "20:12"), "招 代 理，躺 赚 不 是 梦，有意者私聊")
    s.events.append(
        MemberLeft(
            id="l0001",
            group=GROUP,
            ts=s.at(6, "20:20"),
            member=s.ref("wxid_qianduo_xc"),
            reason=LeaveReason.REMOVED,
            by=s.ref(chen),
        )
    )
    s.say(chen, s.at(6, "20:22"), "钱多多三次在群里发广告，已移出本群。请大家共同维护群内秩序。")
    s.filler(6, 6, quiet_after_day1)
    # Days 7–9: ordinary work, a third notice about fees, a few red envelopes.
    for day in (7, 8, 9):
        s.filler(day, 14, quiet_after_day1)
    s.notice(
        chen,
        s.at(8, "09:00"),
        "公告：2027年度会费缴纳通知已发至各位邮箱，请于11月30日前完成缴纳，收到请回复。",
        ["wxid_liming_wh", "wxid_hujl_hs", "wxid_gaoli_bz", "wxid_yewen_fy", "wxid_sunzq_aq", "wxid_tangy_cz"],
    )
    s.say("wxid_hujl_hs", s.at(9, "12:00"), "恭喜发财", kind=MessageKind.RED_ENVELOPE, amount=Decimal("8.88"))
    s.events.sort(key=lambda e: (e.ts, e.id))
    return s.events


def main() -> None:
    events = build()
    out = HERE / "demo-chamber.jsonl"
    out.write_text("".join(dump_event(e) + "\n" for e in events), encoding="utf-8")
    print(f"wrote {out} ({len(events)} events)")
    csv_out = HERE / "sample-wechat.csv"
    rows = write_wechat_sample(csv_out, PEOPLE, ADMINS[0])
    print(f"wrote {csv_out} ({rows} rows)")


if __name__ == "__main__":
    main()
