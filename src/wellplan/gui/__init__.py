"""PySide6 only: windows, wizards, widgets. Talks to domain/storage/export, never the reverse.

Importing this package imports PySide6 the way start-up wants it (wellplan/startup.py).
"""

from __future__ import annotations

from wellplan import startup

startup.import_pyside()
startup.spare_source_reads()  # first: the guard's own imports (ctypes) are spared the read too
startup.guard_none_refcount()
