"""`EvidenceLibrary --self-test`: proves that a build works on this machine, end to end.

In a throw-away library it imports three small files it writes itself (plain text, a
saved web page, a PDF) through extraction worker processes, searches them, clips an
excerpt and builds a one-exhibit packet that it reads back; then it adds the shipped
starter library and finds a phrase of the 2023 Honduras report on the right passage. A
frozen build misses things a checkout never does (a data file, a font, the multiprocessing
entry point), and this is where that shows. The GUI adds its own steps (window,
translations) through `extra_steps`, so this module stays free of Qt.
"""

from __future__ import annotations

import logging
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    from ..library.facade import Library

log = logging.getLogger(__name__)

# A step gets the open library and returns a one-line detail; it raises to fail.
StepFunction = Callable[["Library"], str]

_TEXT = (
    "Honduras: conditions for returned asylum seekers (self-test sample)\n\n"
    "Gangs such as MS-13 and Barrio 18 threatened returned deportees after they arrived at "
    "the airport in San Pedro Sula.\n\n"
    "The asylum office has two officers and a backlog of several years."
)
_HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>Guatemala: personas deportadas amenazadas por pandillas</title></head>
<body><article><h1>Guatemala: personas deportadas amenazadas por pandillas</h1>
<p>Las pandillas amenazaron a personas deportadas y a sus familias en la capital. Las
solicitantes de asilo transferidas desde Estados Unidos no recibieron información sobre
el procedimiento de asilo ni acceso a un abogado.</p>
<p>La oficina de refugiados tiene muy poco personal y las solicitudes esperan años.</p>
</article></body></html>
"""
_PDF_LINES = (
    "El Salvador: detention of returned deportees (self-test sample)",
    "Security forces detained returned deportees under the state of exception.",
    "Detainees reported torture and deaths in custody.",
)


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass(frozen=True)
class SelfTestReport:
    steps: tuple[Step, ...]

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    def text(self) -> str:
        lines = [f"Evidence Library {__version__} self-test"]
        for step in self.steps:
            mark = "ok  " if step.ok else "FAIL"
            lines.append(f"  {mark} {step.name:<12} {step.seconds:6.2f} s  {step.detail}")
        total = sum(step.seconds for step in self.steps)
        lines.append(f"{'PASSED' if self.ok else 'FAILED'} in {total:.1f} s")
        return "\n".join(lines)


def environment() -> str:
    from ..folder.paths import app_root, data_dir, portable_dir, settings_dir

    frozen = "frozen" if getattr(sys, "frozen", False) else "python"
    mode = "portable" if portable_dir() is not None else "installed"
    settings = settings_dir()
    where = f"settings {settings}" if settings is not None else "settings in the user profile"
    return (
        f"{frozen} {platform.python_version()} on {platform.system()} {platform.machine()}; "
        f"resources {app_root()}; {mode}, data {data_dir()}; {where}"
    )


def run_self_test(
    workdir: Path | None = None,
    *,
    workers: int = 2,
    extra_steps: Sequence[tuple[str, StepFunction]] = (),
) -> SelfTestReport:
    """Run every step in a temporary folder (removed afterwards unless `workdir` is given)."""
    from ..library.facade import Library

    steps: list[Step] = []
    folder = workdir or Path(tempfile.mkdtemp(prefix="evidence-selftest-"))
    folder.mkdir(parents=True, exist_ok=True)

    def step(name: str, function: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok = function(), True
        except Exception as exc:  # noqa: BLE001 - a failed step is reported, not raised
            log.exception("self-test step %s failed", name)
            detail, ok = f"{type(exc).__name__}: {exc}", False
        steps.append(Step(name, ok, detail, time.perf_counter() - started))
        return ok

    step("environment", environment)
    library: Library | None = None

    def open_library() -> str:
        nonlocal library
        library = Library.open(folder / "Library")
        return str(library.folder)

    try:
        if step("open", open_library) and library is not None:
            lib = library
            state: dict[str, int] = {}
            for name, function in (
                ("import", lambda: _import(lib, folder, workers, state)),
                ("search", lambda: _search(lib)),
                ("excerpt", lambda: _excerpt(lib, state)),
                ("packet", lambda: _packet(lib, folder, state)),
                ("ocr", lambda: _ocr(lib)),
                ("starter", lambda: _starter(lib)),
                *((n, (lambda f=f: f(lib))) for n, f in extra_steps),
            ):
                if not step(name, function):
                    break
    finally:
        if library is not None:
            closing = library

            def close() -> str:
                closing.close()
                return ""

            step("close", close)
        if workdir is None:
            shutil.rmtree(folder, ignore_errors=True)
    return SelfTestReport(tuple(steps))


# ---------------------------------------------------------------- steps
def _import(library: Library, folder: Path, workers: int, state: dict[str, int]) -> str:
    samples = folder / "samples"
    samples.mkdir(exist_ok=True)
    text = samples / "honduras_returnees.txt"
    text.write_text(_TEXT, encoding="utf-8")
    html = samples / "guatemala_deportados.html"
    html.write_text(_HTML, encoding="utf-8")
    pdf = samples / "el_salvador_detention.pdf"
    _write_pdf(pdf)
    report = library.import_files([text, html, pdf], countries=["HN"], workers=workers)
    if report.failed or len(report.imported) != 3:
        problems = "; ".join(f"{Path(f.path).name}: {f.message}" for f in report.failed)
        raise RuntimeError(f"imported {len(report.imported)} of 3: {problems}")
    by_format = {s.format: s for s in report.imported}
    if set(by_format) != {"text", "html", "pdf"}:
        raise RuntimeError(f"unexpected formats {sorted(by_format)}")
    state["pdf"] = by_format["pdf"].id
    languages = ", ".join(f"{s.format} {s.language or '?'}" for s in report.imported)
    return f"3 files ({languages}) with {workers} worker process(es)"


def _write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setTitle(_PDF_LINES[0])
    for page in range(2):
        y = 720
        for line in _PDF_LINES:
            pdf.drawString(72, y, line if page == 0 else f"{line} (page 2)")
            y -= 20
        pdf.showPage()
    pdf.save()


def _search(library: Library) -> str:
    from ..model import SearchQuery

    english = library.search(SearchQuery(text="deportees"))
    spanish = library.search(SearchQuery(text="pandillas"))
    phrase = library.search(SearchQuery(text='"returned deportees"'))
    for name, result, least in (("deportees", english, 2), ("pandillas", spanish, 1),
                                ('"returned deportees"', phrase, 2)):
        if result.error or len(result.sources) < least:
            raise RuntimeError(f"{name}: {len(result.sources)} sources {result.error}".strip())
    return (f"deportees: {len(english.sources)} sources, pandillas: {len(spanish.sources)}, "
            f"phrase: {len(phrase.sources)}")


def _excerpt(library: Library, state: dict[str, int]) -> str:
    excerpt = library.excerpts.add_excerpt_by_quote(
        state["pdf"], "1", "detained returned deportees"
    )
    state["excerpt"] = excerpt.id
    return f"p. {excerpt.cite_label}: \u201c{excerpt.quote}\u201d"


def _packet(library: Library, folder: Path, state: dict[str, int]) -> str:
    from pypdf import PdfReader

    case = library.cases.new_case(applicant_name="Self Test", countries=["SV"])
    library.cases.add_excerpts_exhibit(case.id, [state["excerpt"]])
    out = folder / "packet.pdf"
    result = library.packets.build_packet(case.id, out, max_bytes=None)
    reader = PdfReader(str(result.parts[0].path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if "deportees" not in text or len(reader.pages) != result.total_pages:
        raise RuntimeError(f"packet of {len(reader.pages)} pages lacks the exhibit text")
    embedded, files = library.packets.packet_fonts()
    if not embedded:
        raise RuntimeError("no Unicode font found for packets")
    base = sorted(files, key=lambda f: ("DejaVu" not in f, "Bold" in f, f))[0]
    return (f"{result.total_pages} pages, {len(result.index)} exhibit, "
            f"{result.highlights} highlight(s), font {base}")


# A phrase of the 2023 Honduras report and the section its passage must be under.
STARTER_PHRASE = "had a nascent system to provide legal protection to refugees"
STARTER_SECTION = "Protection of Refugees"


def _starter(library: Library) -> str:
    """The shipped starter bundle verifies and merges, and its text is searchable."""
    from ..model import SearchQuery

    result = library.starter.add_starter()
    info = library.starter.starter_info()
    if len(info.present) != info.total or not result.added:
        raise RuntimeError(f"starter: {len(info.present)} of {info.total} reports added")
    found = library.search(SearchQuery(text=f'"{STARTER_PHRASE}"', countries=("HN",),
                                       since="2024", until="2024"))
    hits = [(s.source_id, p.page_no) for s in found.sources for p in s.pages]
    if found.error or not hits:
        raise RuntimeError(f"starter: the 2023 Honduras phrase is not found {found.error}")
    source_id, page_no = hits[0]
    source = library.catalog.source(source_id)
    headings = [h.heading for h in library.starter.headings(source_id, [page_no])]
    text = library.catalog.page(source_id, page_no).text
    if (source.edition != "2023" or STARTER_PHRASE not in text
            or not any(STARTER_SECTION in h for h in headings)):
        raise RuntimeError(f"starter: the phrase came from {source.title}, passage {page_no}, "
                           f"under {headings[-1:] or 'no heading'}")
    return (f"{info.total} reports; phrase on {source.title}, "
            f"{library.catalog.page(source_id, page_no).label}")


def _ocr(library: Library) -> str:
    available, message = library.ocr.ocr_available()
    return "available" if available else message.splitlines()[0]
