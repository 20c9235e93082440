"""`python -m regietafel.cli`: what the `regietafel` script does (used by `serve` to start
the supervised background workers)."""

import sys

from regietafel.cli import main

sys.exit(main())
