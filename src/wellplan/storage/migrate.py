"""Schema creation and upgrades with the Alembic scripts that ship inside the package.

Alembic is imported only when a file actually needs creating or upgrading, so opening an
up-to-date file costs nothing extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (tests build older files with it)."""
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
