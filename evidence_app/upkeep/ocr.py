"""OCR of scanned PDFs: OCRmyPDF (with Tesseract) run as a separate program.

A separate program because neither is a dependency of the app: both are large, the
portable build cannot carry Tesseract's language data sensibly, and a process can be
stopped (cancel, timeout) with everything it started. OCRmyPDF keeps each page's image
and lays an invisible text layer over it, so the copy looks the same as the original.
No Qt, no database: the library's OCR verbs (ocr_verbs.py) store what this makes.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import Cancelled, OcrFailed
from ..folder.paths import external_program_env
from ..model import Changes

# Tesseract language codes; every source is read as English and Spanish together.
LANGUAGES = ("eng", "spa")
# Debian package that brings each Tesseract language.
LANGUAGE_PACKAGES = {"eng": "tesseract-ocr-eng", "spa": "tesseract-ocr-spa"}
APT_HINT = "apt-get install tesseract-ocr tesseract-ocr-spa"
PIP_HINT = "pip install ocrmypdf"
POLL_SECONDS = 0.2
# Generous: Tesseract reads a dense page in seconds, but old laptops are slow.
BASE_TIMEOUT = 120.0
PAGE_TIMEOUT = 60.0
_WINDOWS_TESSERACT = (Path("C:/Program Files/Tesseract-OCR"),
                      Path("C:/Program Files (x86)/Tesseract-OCR"))
# With -v 1 OCRmyPDF logs "   3 Running: ['tesseract', …" as it starts on page 3.
_PAGE_STARTED = re.compile(r"^\s*(\d+)\s+Running: \[?'?\S*tesseract", re.MULTILINE)
_EXIT_CODES = {
    2: "the file is not a PDF OCRmyPDF can read",
    3: "a program OCRmyPDF needs is missing",
    4: "OCRmyPDF made an invalid file",
    5: "a file could not be read or written",
    6: "the PDF already has a text layer, or is a tagged PDF",
    7: "Tesseract or another helper program failed",
    8: "the PDF is encrypted",
    9: "invalid Tesseract configuration",
}

_NEW_GROUP = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if sys.platform == "win32" else 0
_PR_SET_PDEATHSIG = 1


@functools.cache
def _die_with_parent_command() -> list[str]:
    """A prefix that makes OCRmyPDF get SIGKILL when the app dies, however it dies (a
    killed app must not leave it writing into the library): util-linux's `setpriv`, which
    sets the death signal and then runs the command. Empty where there is none, or where
    it is too old to know --pdeathsig (before util-linux 2.33)."""
    if not sys.platform.startswith("linux"):
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return []
    try:
        usage = subprocess.run([setpriv, "--help"], capture_output=True, text=True,
                               timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [setpriv, "--pdeathsig", "KILL", "--"] if "--pdeathsig" in usage else []


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """Linux without `setpriv`: the same through prctl, in the child before exec."""
    import ctypes

    ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)



PageProgress = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(frozen=True)
class OcrTools:
    """How to run OCRmyPDF here, and with which environment (PATH finds Tesseract)."""

    command: tuple[str, ...]
    tesseract: str
    languages: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class OcrStatus:
    tools: OcrTools | None
    missing: tuple[str, ...] = ()  # Debian / pip package names, in install order

    @property
    def available(self) -> bool:
        return self.tools is not None and not self.missing

    def install_commands(self) -> tuple[str, ...]:
        apt = [p for p in self.missing if p != "ocrmypdf"]
        commands = []
        if apt:
            commands.append("apt-get install " + " ".join(apt))
        if "ocrmypdf" in self.missing:
            commands.append(PIP_HINT)
        return tuple(commands)

    @property
    def message(self) -> str:
        if self.available:
            return "OCR is available (OCRmyPDF and Tesseract, English and Spanish)."
        lines = ["OCR of scanned PDFs needs Tesseract (with English and Spanish) and OCRmyPDF."]
        lines.append("Install what is missing, then try again:")
        lines += [f"  {command}" for command in self.install_commands()]
        return "\n".join(lines)


@dataclass(frozen=True)
class OcrOutcome:
    source_id: int
    title: str
    ok: bool
    pages: int = 0
    pages_with_text: int = 0
    message: str = ""  # English; why it failed, or a note


@dataclass(frozen=True)
class OcrReport:
    done: tuple[OcrOutcome, ...] = ()
    failed: tuple[OcrOutcome, ...] = ()
    cancelled: bool = False
    changes: Changes = Changes()


# ---------------------------------------------------------------- finding the tools
def _search_dirs(search_path: str | None) -> str:
    if search_path is not None:
        return search_path
    parts = [os.environ.get("PATH", "")]
    if not getattr(sys, "frozen", False):
        # OCRmyPDF installed into the app's own virtualenv: its script sits beside python.
        parts.append(str(Path(sys.executable).parent))
    if sys.platform == "win32":
        parts += [str(p) for p in _WINDOWS_TESSERACT]
    return os.pathsep.join(p for p in parts if p)


def find_tools(search_path: str | None = None) -> OcrStatus:
    """Look for OCRmyPDF and Tesseract with its languages. `search_path` replaces PATH and
    the usual extra places (tests use it to hide the tools)."""
    dirs = _search_dirs(search_path)
    missing: list[str] = []
    tesseract = shutil.which("tesseract", path=dirs)
    languages: tuple[str, ...] = ()
    env = external_program_env()
    if tesseract is None:
        missing += ["tesseract-ocr", *(LANGUAGE_PACKAGES[lang] for lang in LANGUAGES
                                        if lang != "eng")]
    else:
        languages = _languages(tesseract, env)
        missing += [LANGUAGE_PACKAGES[lang] for lang in LANGUAGES if lang not in languages]
        env["PATH"] = os.pathsep.join([str(Path(tesseract).parent), env.get("PATH", "")])
    ocrmypdf = shutil.which("ocrmypdf", path=dirs)
    if ocrmypdf is None:
        missing.append("ocrmypdf")
    if tesseract is None or ocrmypdf is None:
        return OcrStatus(None, tuple(missing))
    return OcrStatus(OcrTools((ocrmypdf,), tesseract, languages, env), tuple(missing))


def _languages(tesseract: str, env: dict[str, str]) -> tuple[str, ...]:
    try:
        result = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, env=env
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    # The first line is "List of available languages in …"; some versions print it on stderr.
    lines = (result.stdout + "\n" + result.stderr).splitlines()
    return tuple(line.strip() for line in lines
                 if line.strip() and " " not in line.strip() and ":" not in line)


# ---------------------------------------------------------------- running OCRmyPDF
def timeout_for(pages: int) -> float:
    return BASE_TIMEOUT + PAGE_TIMEOUT * max(1, pages)


def run_ocrmypdf(
    tools: OcrTools,
    source: Path,
    target: Path,
    *,
    pages: int = 0,
    languages: Sequence[str] = LANGUAGES,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
    progress: PageProgress | None = None,
) -> None:
    """Write a copy of `source` with a text layer to `target`; pages that already have
    text are kept as they are. Raises OcrFailed, or Cancelled once `cancel` is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("OCR cancelled")
    langs = [lang for lang in languages if lang in tools.languages] or list(tools.languages[:1])
    prefix = _die_with_parent_command()
    command = [*prefix, *tools.command, "-v", "1", "--skip-text", "--output-type", "pdf",
               "-l", "+".join(langs), str(source), str(target)]
    preexec = (_die_with_parent if not prefix and sys.platform.startswith("linux")
               else None)
    limit = timeout if timeout is not None else timeout_for(pages)
    with tempfile.TemporaryFile(mode="w+b") as log_file:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log_file,
                env=tools.env or None,
                # OCRmyPDF starts Tesseract processes; a group lets cancel stop them all.
                start_new_session=sys.platform != "win32",
                creationflags=_NEW_GROUP,
                preexec_fn=preexec,  # only where setpriv is missing
            )
        except OSError as exc:
            raise OcrFailed(str(source), f"cannot start OCRmyPDF: {exc}") from exc
        deadline = time.monotonic() + limit
        counter = _PageCounter(log_file)
        try:
            while True:
                try:
                    code = process.wait(POLL_SECONDS)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancel is not None and cancel.is_set():
                    _stop(process)
                    raise Cancelled("OCR cancelled")
                if time.monotonic() > deadline:
                    _stop(process)
                    raise OcrFailed(str(source), f"no result after {limit:.0f} seconds")
                if progress is not None and pages:
                    # A page counts as done once the next one has started.
                    progress(max(0, counter.update() - 1), pages)
        except BaseException:
            _stop(process)
            target.unlink(missing_ok=True)
            raise
        if code != 0 or not target.is_file():
            target.unlink(missing_ok=True)
            raise OcrFailed(str(source), _failure(code, log_file))
        if progress is not None and pages:
            progress(pages, pages)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        if sys.platform == "win32":
            process.terminate()
        else:
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(5)
    except (OSError, subprocess.TimeoutExpired):
        try:
            if sys.platform == "win32":
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
        process.wait(5)


def _read_log(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read().decode("utf-8", "replace")


class _PageCounter:
    """Reads the growing log from where it stopped last time; counts pages started."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.offset = 0
        self.partial = ""
        self.pages: set[int] = set()

    def update(self) -> int:
        self.handle.seek(self.offset)
        chunk = self.handle.read()
        self.offset += len(chunk)
        text = self.partial + chunk.decode("utf-8", "replace")
        text, _, self.partial = text.rpartition("\n")
        self.pages |= {int(m.group(1)) for m in _PAGE_STARTED.finditer(text)}
        return len(self.pages)


def _failure(code: int, log_file: IO[bytes]) -> str:
    known = _EXIT_CODES.get(code)
    lines = [line.strip() for line in _read_log(log_file).splitlines()
             if line.strip() and not line.lstrip()[:1].isdigit()
             and not line.startswith(("DEBUG", "Running:", "pikepdf"))]
    detail = lines[-1][:300] if lines else ""
    text = f"OCRmyPDF stopped (exit code {code})"
    if known:
        text += f": {known}"
    return f"{text}. {detail}".strip() if detail else text
