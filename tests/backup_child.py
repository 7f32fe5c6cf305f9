"""Child process for test_crash.py: makes backups of a file one after another, printing
the path of each once it is complete. The parent kills it at random moments."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.lock_child import unlock_for
from wellplan.storage.backups import backup_now


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    unlock = unlock_for(sys.argv[3]) if len(sys.argv) > 3 else None  # a locked file's key
    print("ready", flush=True)
    for _ in range(count):
        print(f"backup {backup_now(path, 'manual', unlock=unlock)}", flush=True)


if __name__ == "__main__":
    main()
