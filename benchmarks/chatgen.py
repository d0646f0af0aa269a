"""Generate realistic group-chat traffic for throughput runs (deterministic, seeded).

Roughly 85% ordinary work and chamber chat, the rest ads, solicitations in disguise, abuse, links,
media and voice — so the detectors do real work. Used only for speed and memory runs.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

WORK = [
    "明天上午九点开会，请各部门负责人准时参加",
    "收到",
    "好的，马上执行",
    "订单号 20231124{n:03d} 已发货，请注意查收",
    "本周五下午三点在二楼会议室进行安全培训",
    "请大家把周报在今天下班前发到群里",
    "{name}，上次说的方案我看过了，有几处需要调整",
    "报销单已经提交财务，预计下周到账",
    "工地今天进场了 {n} 名工人，材料已到位",
    "感谢{name}的分享，很有启发",
    "明天降温，大家注意保暖",
    "请问会议纪要谁来整理？",
    "已整理好，放在群文件里了",
    "商会本月的联谊活动定在 12 月 {d} 号，地点另行通知",
    "贷款政策有变化，金融服务部明天会出一个说明",
    "房间 {n}0{d} 的空调坏了，已报修",
    "股票代码 600{n:03d} 今天涨停了",
    "大家好，我是新来的，请多关照",
    "哈哈哈，说得太对了",
    "这个问题我下午给你回复",
]
SPAM = [
    "兼职刷单，日结工资，有意者私聊",
    "加我薇❤信 wx{n:05d} 领取福利",
    "诚招代理，月入过万不是梦",
    "扫码进群，免费领取资料",
    "低息贷款，快速放款，联系 1{n:02d}8 0013 8000",
    "百家乐真人荷官，线上赌场注册就送",
    "点击领取红包 http://hb{n}.example.top/get",
    "最新安装包下载 http://dl.example.com/app{n}.apk",
    "进我的群 https://weixin.qq.com/g/Ab{n}CdEf",
]
ABUSE = ["你个傻 逼", "脑残吧你", "滚蛋，别在这里丢人", "你就是个废物", "神经病，不要脸"]
NAMES = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二"]
SHANGHAI = ZoneInfo("Asia/Shanghai")


def generate(count: int, *, seed: int = 7, members: int = 500) -> Iterator[dict]:
    rng = random.Random(seed)
    ts = datetime(2026, 11, 2, 8, 0, tzinfo=SHANGHAI)
    for index in range(count):
        ts += timedelta(seconds=rng.expovariate(1 / 4))
        roll = rng.random()
        values = {"n": rng.randrange(1000), "d": rng.randrange(1, 29), "name": rng.choice(NAMES)}
        kind = "text"
        if roll < 0.85:
            text = rng.choice(WORK).format(**values)
        elif roll < 0.92:
            text = rng.choice(SPAM).format(**values)
        elif roll < 0.95:
            text = rng.choice(ABUSE)
        elif roll < 0.98:
            kind, text = "image", ""
        else:
            kind, text = "voice", ""
        yield {
            "id": f"m{index}",
            "text": text,
            "kind": kind,
            "sender": f"u{rng.randrange(members)}",
            "group": f"g{rng.randrange(5)}",
            "ts": ts.isoformat(),
        }


def write_jsonl(path: str, count: int, seed: int = 7) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in generate(count, seed=seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
