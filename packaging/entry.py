"""PyInstaller entry point of the portable build: the app, or `EvidenceLibrary cli …`."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: in a frozen app the extraction workers and the fork server start as
    # copies of this executable, and freeze_support() diverts them to their own code.
    multiprocessing.freeze_support()
    from evidence_app.__main__ import main

    sys.exit(main())
