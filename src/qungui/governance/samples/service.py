"""Label messages as spam or ham for a group, retrain the group's spam model, and load groups' models.

Every function runs inside the caller's transaction and never commits.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.audit.service import append_audit
from qungui.governance.events.service import get_event
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import lock_group
from qungui.governance.samples.models import GroupSpamModel, Label, LabelledSample
from qungui.governance.samples.training import (
    MIN_PER_CLASS,
    RetrainReport,
    counts,
    fit_group_model,
    prepare,
    score_on,
    split,
)
from qungui.models.spam import SpamModel
from qungui.models.training.train_spam import TrainingSet
from qungui.storage.upsert import insert_ignore


class SampleError(QunguiError):
    """A labelling or retraining request that cannot be carried out; the message is bilingual."""


class NotEnoughSamples(SampleError):
    """Too few labelled samples of a class to retrain a group's model."""

    def __init__(self, *, spam: int, ham: int, needed: int) -> None:
        self.spam, self.ham, self.needed = spam, ham, needed
        super().__init__(
            f"样本不足：重新训练需要广告和正常消息各至少 {needed} 条，目前广告 {spam} 条、正常 {ham} 条。"
            f"请先用 `qungui model label` 标注更多消息。 / Not enough samples: retraining needs at least {needed} "
            f"spam and {needed} ham samples; this group has {spam} spam and {ham} ham. Label more messages first."
        )


def group_name(group: Group) -> str:
    return f"{group.platform}:{group.external_id}"


def label_message(
    session: Session,
    *,
    group: Group,
    text: str,
    label: str | Label,
    source: str,
    event_key: str | None = None,
    now: datetime,
) -> LabelledSample:
    """Record that `text` is spam or ham in `group`; audited. Does not commit.

    With an `event_key`, labelling the same message again changes nothing, and labelling it with the
    other label replaces the label (the latest admin decision wins, e.g. an unban turns spam into ham).
    """
    label = Label(label)
    if not text.strip():
        raise SampleError("不能标注空消息。 / Cannot label an empty message.")
    values = {
        "group_id": group.id,
        "text": text,
        "label": label.value,
        "source": source,
        "event_key": event_key,
        "created_at": now,
    }
    if event_key is None:
        sample = LabelledSample(**values)
        session.add(sample)
        session.flush()
        _audit(session, group=group, action="sample.labelled", sample=sample, now=now)
        return sample
    inserted = insert_ignore(
        session,
        table=LabelledSample.__table__,  # type: ignore[arg-type]
        values=values,
        conflict_columns=("group_id", "event_key"),
    )
    sample = session.scalars(
        select(LabelledSample).where(LabelledSample.group_id == group.id, LabelledSample.event_key == event_key)
    ).one()
    if inserted:
        _audit(session, group=group, action="sample.labelled", sample=sample, now=now)
    elif sample.label != label.value:
        previous = sample.label
        sample.label, sample.source = label.value, source
        _audit(session, group=group, action="sample.relabelled", sample=sample, now=now, previous=previous)
    return sample


def label_event(
    session: Session, *, group: Group, event_key: str, label: str | Label, source: str, now: datetime
) -> LabelledSample:
    """Label a stored message event of `group` by its key (the text is read from the event). Does not commit."""
    record = get_event(session, key=event_key)
    if record is None or record.group_id != group.id or record.type != "message":
        raise SampleError(f"找不到本群的消息事件 {event_key}。 / No message event {event_key} in this group.")
    text = str(record.payload.get("text") or "")
    return label_message(session, group=group, text=text, label=label, source=source, event_key=event_key, now=now)


def list_samples(
    session: Session, *, group: Group, label: str | Label | None = None, limit: int | None = None
) -> list[LabelledSample]:
    """The group's samples, oldest first (optionally of one label, at most `limit`)."""
    query = select(LabelledSample).where(LabelledSample.group_id == group.id)
    if label is not None:
        query = query.where(LabelledSample.label == Label(label).value)
    query = query.order_by(LabelledSample.created_at, LabelledSample.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def stored_model(session: Session, *, group: Group, fresh: bool = False) -> GroupSpamModel | None:
    """The group's stored model row (`fresh`: re-read it even if this session has it already)."""
    query = select(GroupSpamModel).where(GroupSpamModel.group_id == group.id)
    if fresh:
        query = query.execution_options(populate_existing=True)
    return session.scalars(query).one_or_none()


def group_spam_model(session: Session, *, group: Group, share: SpamModel | None = None) -> SpamModel | None:
    """The group's retrained model, or None when it has none."""
    row = stored_model(session, group=group)
    return None if row is None else SpamModel.from_bytes(row.model, share=share)


def retrain_group_model(
    session: Session,
    *,
    group: Group,
    now: datetime,
    seed: int = 0,
    shipped: SpamModel | None = None,
    base: TrainingSet | None = None,
    min_per_class: int = MIN_PER_CLASS,
) -> RetrainReport:
    """Retrain `group`'s spam model on the shipped training set plus the group's labelled samples.

    The samples are split 80/20 by a stable hash of their text; the model in use (the group's current
    one, else the shipped one) and the new one are both scored on the held-out part. The new model is
    stored (version + 1) only when its held-out F1 is not lower. Raises NotEnoughSamples (nothing is
    stored) when a class has fewer than `min_per_class` distinct samples. `shipped` and `base` can be
    passed to reuse them across calls (building the training set takes seconds). Training happens before
    the group's row is locked, so the group's events are not held up meanwhile. Audited. Does not commit.
    """
    samples = prepare([(s.text, 1 if s.label == Label.SPAM.value else 0) for s in list_samples(session, group=group)])
    have = counts(samples)
    if have["spam"] < min_per_class or have["ham"] < min_per_class:
        raise NotEnoughSamples(spam=have["spam"], ham=have["ham"], needed=min_per_class)
    shipped = shipped or SpamModel.load()
    base = base or TrainingSet.shipped(shipped.linear.featurizer)
    train, held = split(samples)
    existing = stored_model(session, group=group)
    trained_as = (existing.version if existing is not None else 0) + 1
    # Train before taking the group's lock: handling the group's events must not wait for training.
    model = fit_group_model(
        base, train, shipped=shipped, group=group_name(group), version=trained_as, now=now, seed=seed
    )
    lock_group(session, group=group)
    row = stored_model(session, group=group, fresh=True)  # another retraining may have stored one meanwhile
    current = SpamModel.from_bytes(row.model, share=shipped) if row is not None else shipped
    before_name = f"{shipped.name} group v{row.version}" if row is not None else shipped.name
    version = (row.version if row is not None else 0) + 1
    if version != trained_as:
        model.linear.meta = {**model.linear.meta, "version": version}
    before, after = score_on(current, held), score_on(model, held)
    stored = after.f1 >= before.f1
    if stored:
        reason = f"新模型在留出样本上的 F1 {after.f1:.3f} ≥ 原模型 {before.f1:.3f}，已保存为 v{version}。"
        reason += f" / New model's held-out F1 {after.f1:.3f} >= {before.f1:.3f}: stored as v{version}."
    else:
        reason = f"新模型在留出样本上的 F1 {after.f1:.3f} < 原模型 {before.f1:.3f}，未保存，继续使用原模型。"
        reason += f" / New model's held-out F1 {after.f1:.3f} < {before.f1:.3f}: not stored, the current model stays."
    report = RetrainReport(
        group=group_name(group),
        stored=stored,
        reason=reason,
        version=version if stored else None,
        before_model=before_name,
        before=before,
        after=after,
        train_counts=counts(train),
        held_out_counts=counts(held),
    )
    if stored:
        figures = report.as_dict()
        if row is None:
            session.add(
                GroupSpamModel(
                    group_id=group.id,
                    version=version,
                    base_model=shipped.name,
                    model=model.to_bytes(),
                    trained_at=now,
                    figures=figures,
                )
            )
        else:
            row.version, row.base_model, row.model = version, shipped.name, model.to_bytes()
            row.trained_at, row.figures = now, figures
        session.flush()
    append_audit(
        session,
        actor="system",
        action="spam_model.retrained" if stored else "spam_model.kept",
        subject=f"group:{group_name(group)}",
        data=report.as_dict(),
        now=now,
    )
    return report


class GroupModelStore:
    """Groups' retrained spam models in memory, for `SpamClassifierDetector.with_store` (no I/O in lookups).

    Models are read from their bytes on first use; given `shipped`, they share its feature tables (~2 MB
    saved per group).
    """

    def __init__(self, blobs: Mapping[tuple[str, str], bytes] | None = None, *, shipped: SpamModel | None = None):
        self._blobs = dict(blobs or {})
        self._models: dict[tuple[str, str], SpamModel] = {}
        self._shipped = shipped

    def __len__(self) -> int:
        return len(self._blobs)

    def put(self, platform: str, group_id: str, blob: bytes) -> None:
        self._blobs[(platform, group_id)] = blob
        self._models.pop((platform, group_id), None)

    def spam_model(self, platform: str, group_id: str) -> SpamModel | None:
        key = (platform, group_id)
        model = self._models.get(key)
        if model is None and key in self._blobs:
            model = self._models[key] = SpamModel.from_bytes(self._blobs[key], share=self._shipped)
        return model


def load_model_store(session: Session, *, shipped: SpamModel | None = None) -> GroupModelStore:
    """Every group's retrained model (bytes; parsed lazily), keyed by (platform, group id)."""
    rows = session.execute(
        select(Group.platform, Group.external_id, GroupSpamModel.model).join(Group, Group.id == GroupSpamModel.group_id)
    )
    return GroupModelStore({(p, g): blob for p, g, blob in rows}, shipped=shipped)


def _audit(
    session: Session, *, group: Group, action: str, sample: LabelledSample, now: datetime, previous: str | None = None
) -> None:
    data: dict[str, object] = {
        "sample": sample.id,
        "label": sample.label,
        "source": sample.source,
        "event_key": sample.event_key,
        "text": sample.text[:200],
    }
    if previous is not None:
        data["previous"] = previous
    append_audit(session, actor=sample.source, action=action, subject=f"group:{group_name(group)}", data=data, now=now)
