"""An inline rulebook with one clause per ladder of the seed, shared by engine tests."""

BASE = """
name: test
title: 测试群规
group_kind: custom
ladders:
  warn_apology_remove:
    title: 口头警告 → 警告并当场道歉 → 请出
    strikes_expire_after: 30d
    steps:
      - action: warn
      - action: warn_apology
        deadline: 10m
      - action: remove
  ad_dissuasion:
    title: 三次劝阻无效请出
    steps:
      - action: dissuade
      - action: dissuade
      - action: dissuade
      - action: remove
  red_envelope:
    title: 发群红包
    steps:
      - action: fine
        amount: 20
        due_after: 24h
  photo:
    title: 警告一次，再犯除名
    steps: [{action: warn}, {action: remove}]
  serious:
    title: 严重警告
    steps: [{action: serious_warning}]
  immediate:
    title: 直接请出
    steps: [{action: remove}]
clauses:
  - id: 四.2
    text: 辱骂
    title: 不得辱骂他人
    category: abuse
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [傻逼, 滚蛋]}}]
    ladder: warn_apology_remove
  - id: 三
    text: 广告
    title: 不得打广告
    category: ad
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [兼职刷单, 代理加盟]}}]
    ladder: ad_dissuasion
  - id: 三.4
    text: 赌博
    title: 禁止赌博信息
    category: gambling
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [百家乐]}}]
    ladder: red_envelope
  - id: 三.5
    text: 泄密
    title: 严禁泄露公司机密
    category: confidential
    enforcement: assisted
    reason: 是否泄密需要管理员核实
    workflows: [report]
    ladder: serious
  - id: 二.2
    text: 他人照片
    title: 未经同意不得发他人照片
    enforcement: assisted
    reason: 照片是否经本人同意只有人能判断
    workflows: [report]
    ladder: photo
  - id: 四.3
    text: 引起公愤
    title: 引起公愤者直接请出
    enforcement: assisted
    reason: 是否引起公愤需要管理员判断
    workflows: [report]
    ladder: immediate
"""
