"""Child process for test_faults.py: says "ready", then imports a data file into a new plan
file (as `wellplan import-data` does) and prints the path. The parent kills it."""

from __future__ import annotations

import sys

from wellplan import cli


def main() -> None:
    print("ready", flush=True)
    code = cli.main(["import-data", sys.argv[1], sys.argv[2]])
    print(f"exit {code}", flush=True)


if __name__ == "__main__":
    main()
