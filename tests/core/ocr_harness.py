"""Run OCRmyPDF on one file as the app does, printing the child's pid; for a test that
kills this process and looks at what it left running. Usage: ocr_harness.py IN OUT."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from evidence_app.upkeep import ocr


def main() -> None:
    status = ocr.find_tools()
    assert status.tools is not None
    real_popen = subprocess.Popen

    def announcing(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        process = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        if any("ocrmypdf" in str(part) for part in args[0]):  # type: ignore[attr-defined]
            print(process.pid, flush=True)
        return process

    subprocess.Popen = announcing  # type: ignore[misc]
    # From a thread, as the GUI does: the child must still die with the whole program.
    worker = threading.Thread(target=ocr.run_ocrmypdf, args=(
        status.tools, Path(sys.argv[1]), Path(sys.argv[2])), kwargs={"timeout": 600})
    worker.start()
    worker.join()


if __name__ == "__main__":
    main()
