from wellplan.cli import main

raise SystemExit(main())
