"""Alembic environment for WellPlan files. Always run from wellplan.storage.migrate, which
passes an open connection; there is no alembic.ini and no URL."""

from alembic import context

from wellplan.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes tables by copying them; batch mode does that safely
)
with context.begin_transaction():
    context.run_migrations()
