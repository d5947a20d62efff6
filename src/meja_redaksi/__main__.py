"""Allow ``python -m meja_redaksi``."""

from meja_redaksi.cli import main

raise SystemExit(main())
