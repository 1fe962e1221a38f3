"""``python -m galley``: the same as the ``galley`` command."""

from galley.cli import main

raise SystemExit(main())
