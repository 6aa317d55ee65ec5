"""`python -m evidence_app` starts the desktop app; `python -m evidence_app cli …` the CLI."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "cli":
        from .cli.main import main as cli_main

        return cli_main(sys.argv[2:])
    from .app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
