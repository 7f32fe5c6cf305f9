"""Child process for test_crash.py and test_faults.py: changes a file's passphrase back and
forth (and takes it off and puts it on), printing one line after each change is done; or,
with ``once FROM TO``, says "ready", makes that one change and says "changed". The parent
kills it."""

from __future__ import annotations

import sys
from pathlib import Path

from wellplan.storage.crypto import KdfHeader, Unlock, derive_key
from wellplan.storage.locking import set_lock

# cheap key settings: the test is about the file swap, not the key derivation
HEADERS = {
    "a": KdfHeader(1, 10, 1, b"saltAAAA"),
    "b": KdfHeader(1, 10, 1, b"saltBBBB"),
}
CYCLE = ["a", "b", "plain", "a"]  # state after change 1, 2, 3, 4, then again


def unlock_for(state: str) -> Unlock | None:
    if state == "plain":
        return None
    header = HEADERS[state]
    return Unlock(derive_key(f"passphrase {state}", header), header)


def state_after(changes: int) -> str:
    return "plain" if changes == 0 else CYCLE[(changes - 1) % len(CYCLE)]


def main() -> None:
    if sys.argv[2] == "once":
        path, before, after = Path(sys.argv[1]), sys.argv[3], sys.argv[4]
        current, new = unlock_for(before), unlock_for(after)
        print("ready", flush=True)
        set_lock(path, current, new)
        print("changed", flush=True)
        return
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    start = int(sys.argv[3])  # changes already made in earlier rounds
    for i in range(start, start + count):
        set_lock(path, unlock_for(state_after(i)), unlock_for(state_after(i + 1)))
        print(f"changed {i + 1}", flush=True)


if __name__ == "__main__":
    main()
