"""The Mackay 66 customer profile (麦凯66顾客档案) as a typed schema: eight sections, questions q1–q66.

The wording is ours, written for a store's VIP customers after the sections of Harvey Mackay's form.
Stores add their own fields (`custom`), validated by `clean_custom`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qungui.crm.errors import CrmRejected

MAX_ANSWER = 2000
MAX_CUSTOM_FIELDS = 50
MAX_CUSTOM_KEY = 32


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # q1 … q66
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    questions: tuple[Question, ...]


def _section(key: str, title: str, first: int, texts: tuple[str, ...]) -> Section:
    return Section(key, title, tuple(Question(f"q{first + i}", t) for i, t in enumerate(texts)))


SECTIONS: tuple[Section, ...] = (
    _section(
        "customer",
        "一、顾客本人",
        1,
        (
            "姓名，平时怎么称呼（昵称、小名）",
            "职务或头衔",
            "工作单位及地址",
            "家庭住址（小区、城市）",
            "常用电话、微信",
            "单位电话、办公邮箱",
            "出生日期",
            "出生地",
            "籍贯、老家",
            "身高、体型（便于推荐尺码）",
            "外貌或穿着上的明显特点",
            "偏好的联系时间和方式",
        ),
    ),
    _section(
        "education",
        "二、教育背景",
        13,
        (
            "毕业学校（高中、大学）",
            "学历、学位、专业",
            "在校时的荣誉或得意之事",
            "参加的校友会、学会",
            "在校时喜欢的运动",
            "课外活动、社团经历（含服兵役经历）",
        ),
    ),
    _section(
        "family",
        "三、家庭",
        19,
        (
            "婚姻状况，配偶姓名",
            "配偶的学历与职业",
            "配偶的兴趣爱好、参加的团体",
            "结婚纪念日",
            "子女姓名、年龄",
            "子女的学校与学业",
            "子女的兴趣爱好",
        ),
    ),
    _section(
        "business",
        "四、事业背景",
        26,
        (
            "之前任职的单位",
            "之前的职位",
            "到现单位之前的经历",
            "到现单位多久",
            "办公室里能体现身份的物件（奖杯、字画等）",
            "参加的行业协会、商会",
            "在协会里担任的职务",
            "与本店员工或老顾客的关系",
            "与本店往来中重要的人和事",
            "事业上的长期目标",
            "近期最关心的工作目标",
            "更看重单位利益还是个人发展",
        ),
    ),
    _section(
        "interests",
        "五、特别兴趣",
        38,
        (
            "参加的俱乐部、社团",
            "关注的社会话题及立场",
            "参与的社区、公益活动",
            "宗教信仰（仅在顾客主动提到时记录）",
            "交谈中应避免的话题",
            "特别在意、有强烈看法的事",
        ),
    ),
    _section(
        "lifestyle",
        "六、生活方式",
        44,
        (
            "健康状况、过敏或忌口",
            "是否饮酒，喜欢的酒",
            "是否吸烟，是否介意别人吸烟",
            "喜欢的餐厅",
            "喜欢的菜式、口味",
            "是否介意别人请客",
            "业余爱好",
            "喜欢的度假方式和地点",
            "喜欢看的体育比赛或节目",
            "开什么车，喜欢的品牌",
            "喜欢聊的话题",
            "希望给谁留下好印象",
            "最自豪的成就和个人目标",
        ),
    ),
    _section(
        "relationship",
        "七、顾客与我们",
        57,
        (
            "与我们打交道时在意的原则（诚信、品质等）",
            "是否觉得对我们或导购有人情往来",
            "是否需要我们帮忙解决某件事",
            "顾客眼中最主要的问题或需求",
            "顾客家人或同事对购买的影响",
            "我们在哪些方面让顾客不满意过",
            "对我们的期望和建议",
            "推荐过哪些朋友来店",
            "我们还能为顾客做些什么",
        ),
    ),
    _section(
        "q66",
        "八、第66问",
        66,
        ("竞争对手是否比我们更了解这位顾客、对上面这些问题回答得更好？",),
    ),
)

QUESTIONS: dict[str, Question] = {q.id: q for s in SECTIONS for q in s.questions}
assert len(QUESTIONS) == 66 and list(QUESTIONS) == [f"q{i}" for i in range(1, 67)]


def clean_answers(answers: Mapping[str, Any]) -> dict[str, str]:
    """Answers keyed by question id, trimmed; empty answers dropped. Unknown ids and overlong text are refused."""
    problems = [f"没有问题编号 {key}" for key in answers if key not in QUESTIONS]
    cleaned: dict[str, str] = {}
    for key, value in answers.items():
        if key not in QUESTIONS:
            continue
        text = "" if value is None else str(value).strip()
        if len(text) > MAX_ANSWER:
            problems.append(f"{key} 的回答超过{MAX_ANSWER}字")
        elif text:
            cleaned[key] = text
    if problems:
        raise CrmRejected("；".join(problems), f"{len(problems)} problem(s) in the profile answers")
    return cleaned


def clean_custom(custom: Mapping[str, Any]) -> dict[str, str]:
    """The store's own fields: at most 50, names up to 32 characters, values up to 2000."""
    problems = []
    cleaned: dict[str, str] = {}
    for key, value in custom.items():
        name = str(key).strip()
        text = "" if value is None else str(value).strip()
        if not name or len(name) > MAX_CUSTOM_KEY:
            problems.append(f"自定义字段名「{name}」应为1到{MAX_CUSTOM_KEY}个字")
        elif len(text) > MAX_ANSWER:
            problems.append(f"自定义字段「{name}」超过{MAX_ANSWER}字")
        elif text:
            cleaned[name] = text
    if len(cleaned) > MAX_CUSTOM_FIELDS:
        problems.append(f"自定义字段最多{MAX_CUSTOM_FIELDS}个")
    if problems:
        raise CrmRejected("；".join(problems), f"{len(problems)} problem(s) in the custom fields")
    return cleaned


def completeness(answers: Mapping[str, Any]) -> tuple[int, int]:
    """How many of the 66 questions are answered."""
    return sum(1 for key in QUESTIONS if answers.get(key)), len(QUESTIONS)
