"""SQLAlchemy 2 typed ORM models. Sessions are short; nothing outside storage/ sees these."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    """Naive UTC (SQLite stores no zone); storage adds the zone back when reading."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    template_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    position_section: Mapped[str] = mapped_column(Text, default="")
    position_question: Mapped[str] = mapped_column(Text, default="")
    review_by: Mapped[dt.date | None] = mapped_column(default=None)


class Answer(Base):
    """One answer, stored as JSON under the template's question id."""

    __tablename__ = "answer"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SharedRecord(Base):
    """Columns every shared record has; the kinds below add their own details."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Person(SharedRecord):
    __tablename__ = "person"

    relationship: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Medication(SharedRecord):
    __tablename__ = "medication"

    dose: Mapped[str] = mapped_column(Text, default="")
    prescriber: Mapped[str] = mapped_column(Text, default="")
    pharmacy: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Place(SharedRecord):
    __tablename__ = "place"

    kind: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class RecordUse(Base):
    """Which answer points at which shared record, so the database itself keeps references
    whole (a record in use can't vanish under a plan) and "who uses this?" is one query."""

    __tablename__ = "record_use"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) + (medication_id IS NOT NULL) + (place_id IS NOT NULL) = 1",
            name="one_record",
        ),
        Index("ix_record_use_answer", "plan_id", "question_id"),
        Index("ix_record_use_person", "person_id"),
        Index("ix_record_use_medication", "medication_id"),
        Index("ix_record_use_place", "place_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(120))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    medication_id: Mapped[int | None] = mapped_column(
        ForeignKey("medication.id", ondelete="RESTRICT")
    )
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id", ondelete="RESTRICT"))


class SigningIdentity(Base):
    """The key and self-signed certificate this file seals PDFs with (made on first use)."""

    __tablename__ = "signing_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key_pem: Mapped[bytes] = mapped_column(LargeBinary)
    cert_pem: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ExportLog(Base):
    """Each export: which document, its fingerprint, whether sealed, which version."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    document: Mapped[str] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(80))
    sealed: Mapped[bool] = mapped_column(default=False)
    version: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PlanVersion(Base):
    """A frozen copy of a plan's answers. Never updated: later edits make a new draft."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_version_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(20))  # signed / sealed / exported / restored
    title: Mapped[str] = mapped_column(Text)
    template_version: Mapped[int] = mapped_column(Integer)
    answers: Mapped[str] = mapped_column(Text)  # JSON, keys sorted
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # JSON: the people, medications and places the answers pointed at, as they were then
    records: Mapped[str] = mapped_column(Text, server_default="{}")


class SignatureRow(Base):
    """One signer's signature on one frozen version (a role signs a version once)."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("version_id", "role", name="uq_signature_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    mark: Mapped[str] = mapped_column(Text)  # JSON: strokes or typed text
    statement: Mapped[str] = mapped_column(Text)
    eligibility: Mapped[str] = mapped_column(Text)  # JSON: [[question, answered yes], ...]
    signed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SuggestionRow(Base):
    """Words a supporter suggested for one question; not part of the plan until accepted."""

    __tablename__ = "suggestion"
    __table_args__ = (Index("ix_suggestion_plan", "plan_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(120))
    author: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CheckInRow(Base):
    """One day's check-in ("Today"): what the person ticked and their own line. Not part of
    any plan; nothing here is a score."""

    __tablename__ = "checkin"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    done: Mapped[str] = mapped_column(Text)  # JSON: the items ticked, in the list's order
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DailyItem(Base):
    """Something the person added to their daily list for Today, beside their plan's own."""

    __tablename__ = "daily_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
