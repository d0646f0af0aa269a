"""The rulebook both capability tests play: abuse climbs warning → apology → mute → removal, ads are dissuaded."""

from __future__ import annotations

from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.loader import parse_rulebook

PLATFORM_LADDER = """
name: platform-ladder
title: 平台能力与阶梯
group_kind: custom
ladders:
  full:
    title: 口头警告 → 警告并当场道歉 → 禁言 → 请出
    strikes_expire_after: 30d
    steps:
      - action: warn
      - action: warn_apology
        deadline: 10m
      - action: mute
        mute_for: 1h
      - action: remove
  ads:
    title: 劝阻
    steps: [{action: dissuade}]
clauses:
  - id: 一
    text: 不得辱骂他人
    title: 不得辱骂他人
    category: abuse
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [废物, 脑残, 傻瓜, 白痴]}}]
    ladder: full
  - id: 二
    text: 不得发广告
    title: 不得发广告
    category: ad
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [兼职刷单]}}]
    ladder: ads
"""


def platform_ladder_book() -> CompiledRulebook:
    """The compiled rulebook (a fresh one per call: each test's runtime gets its own)."""
    return compile_rulebook(parse_rulebook(PLATFORM_LADDER, source="platform-ladder"))
