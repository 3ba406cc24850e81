"""The ``omnisync`` command: each subcommand lives in its own module under ``omnisync.cli``."""

from __future__ import annotations

import sys

from omnisync.cli import main as _main


def main(argv: list[str] | None = None) -> int:
    return _main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
