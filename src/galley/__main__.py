"""``python -m galley``: the same as the ``galley`` command."""

import sys

try:
    from galley.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python imports galley: the same quiet exit as later
    print("galley: interrupted", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
