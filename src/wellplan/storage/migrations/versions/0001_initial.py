"""The first schema: plans, answers, shared people, medications and places.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _stamps() -> tuple[sa.Column[dt.datetime], sa.Column[dt.datetime]]:
    return (
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.Column("position_section", sa.Text(), nullable=False),
        sa.Column("position_question", sa.Text(), nullable=False),
    )
    op.create_table(
        "answer",
        sa.Column(
            "plan_id", sa.Integer(), sa.ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("question_id", sa.String(120), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relationship", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_stamps(),
    )
    op.create_table(
        "medication",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("dose", sa.Text(), nullable=False),
        sa.Column("prescriber", sa.Text(), nullable=False),
        sa.Column("pharmacy", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_stamps(),
    )
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_stamps(),
    )
    op.create_table(
        "record_use",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "plan_id", sa.Integer(), sa.ForeignKey("plan.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("question_id", sa.String(120), nullable=False),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="RESTRICT"),
            nullable=True,
        ),
        sa.Column(
            "medication_id",
            sa.Integer(),
            sa.ForeignKey("medication.id", ondelete="RESTRICT"),
            nullable=True,
        ),
        sa.Column(
            "place_id", sa.Integer(), sa.ForeignKey("place.id", ondelete="RESTRICT"), nullable=True
        ),
        sa.CheckConstraint(
            "(person_id IS NOT NULL) + (medication_id IS NOT NULL) + (place_id IS NOT NULL) = 1",
            name="one_record",
        ),
    )
    op.create_index("ix_record_use_answer", "record_use", ["plan_id", "question_id"])
    op.create_index("ix_record_use_person", "record_use", ["person_id"])
    op.create_index("ix_record_use_medication", "record_use", ["medication_id"])
    op.create_index("ix_record_use_place", "record_use", ["place_id"])


def downgrade() -> None:
    for table in ("record_use", "place", "medication", "person", "answer", "plan"):
        op.drop_table(table)
