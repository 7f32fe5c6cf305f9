"""Entry point of the frozen app: the same `wellplan` command as the installed package."""

from wellplan.cli import main

raise SystemExit(main())
