"""Signatures, each tied to one frozen version; versions keep the records they showed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_version") as batch:
        batch.add_column(sa.Column("records", sa.Text(), nullable=False, server_default="{}"))
    op.create_table(
        "signature",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "version_id",
            sa.Integer(),
            sa.ForeignKey("plan_version.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("mark", sa.Text(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("eligibility", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("version_id", "role", name="uq_signature_role"),
    )


def downgrade() -> None:
    op.drop_table("signature")
    with op.batch_alter_table("plan_version") as batch:
        batch.drop_column("records")
