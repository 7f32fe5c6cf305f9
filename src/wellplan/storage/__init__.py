"""SQLAlchemy models, the plan file (one SQLite document), migrations and backups. No Qt."""
