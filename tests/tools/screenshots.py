"""Screenshots of the real windows, for review and documentation.

    python -m tests.tools.screenshots OUTDIR [--library DIR] [--lang es]

Without --library a demo library is built in a temporary folder from ../shared/corpus (the
State Department reports and a few PDFs). Runs offscreen or under `xvfb-run -a`. Settings go to
a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from evidence_app.model import Changes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from evidence_app.library.facade import Library
    from evidence_app.model.cases import Case

QUERY = "gang* deportees"
DEMO_PDFS = (
    "pdf/un_general_assembly_A_INF_76_1.pdf",
    "pdf/iacthr_el_amparo_v_venezuela_1997_es.pdf",
)
REPORT_EXTRAS = (
    "malformed/pdfminer_encryption_aes-128.pdf",
    "malformed/huridocs_not_a_pdf_0_bytes.pdf",
    "pdf/scan_image_only_english.pdf",
    "docx/paragraphs_and_tables.docx",
)


def corpus_dir() -> Path:
    from evidence_app.folder.paths import app_root

    if os.environ.get("EVIDENCE_TEST_CORPUS"):  # as the tests find it
        return Path(os.environ["EVIDENCE_TEST_CORPUS"])
    return app_root().parent / "shared" / "corpus"


def build_demo_library(folder: Path, corpus: Path) -> Library:
    from evidence_app.library.facade import Library

    library = Library.open(folder)
    if library.catalog.stats()["sources"]:
        return library
    files = sorted((corpus / "text").glob("statedept_hrr_*.txt"))
    files += [corpus / "html" / "statedept_hrr_2024_honduras.html"]
    files += [corpus / p for p in DEMO_PDFS if (corpus / p).is_file()]
    library.import_files(files, auto_tag=True, workers=0)
    for source in library.catalog.sources():
        if len(library.excerpts.excerpts()) >= 4:
            break
        for page in library.catalog.pages(source.id):
            index = page.text.find(" gang")
            if index < 0:
                continue
            start = max(page.text.rfind(". ", 0, index) + 2, page.text.rfind("\n", 0, index) + 1)
            end = page.text.find(".", index) + 1
            if 0 <= start < index < end:
                library.excerpts.add_excerpt(
                    source.id, page.page_no, start, end,
                    note="Gang control of daily life in the receiving country.",
                )
                break
    return library


def use_dark_palette(app: QApplication) -> None:
    """A dark theme as a system would set it, to check colours come from palette roles."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#9a9a9a"),
        (role.ToolTipBase, "#353535"), (role.ToolTipText, "#e6e6e6"), (role.Link, "#7fb2ff"),
    ):
        palette.setColor(name, QColor(colour))
    app.setPalette(palette)


def wait(ms: int = 200) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def save(widget: QWidget, out: Path, name: str, shots: list[Path]) -> None:
    wait(250)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    shots.append(path)
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.tools.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--lang", default="en", choices=("en", "es"))
    parser.add_argument("--qm-dir", type=Path, default=None,
                        help="folder with evidence_<lang>.qm (default: resources/i18n)")
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument("--size", default="1440x900", metavar="WxH",
                        help="the library window's size (e.g. 1024x768)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.outdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="evidence-shots-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from evidence_app.library.facade import Library
    from evidence_app.ui import tasks
    from evidence_app.ui.i18n import install_translators

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translators(app, args.lang, folder=args.qm_dir)
    if args.dark:
        use_dark_palette(app)
    tasks.use(tasks.SynchronousRunner())  # each step's result is on screen before the grab

    corpus = corpus_dir()
    if args.library is not None:
        library = Library.open(args.library)
    elif corpus.is_dir():
        library = build_demo_library(scratch / "demo", corpus)
    else:
        print(f"no --library and no corpus at {corpus}", file=sys.stderr)
        return 2
    shots: list[Path] = []
    try:
        width, _x, height = args.size.partition("x")
        run_shots(library, scratch, corpus, args.outdir, shots, (int(width), int(height)))
    finally:
        library.close()
    return 0


def run_shots(library: Library, scratch: Path, corpus: Path, out: Path, shots: list[Path],
              size: tuple[int, int] = (1440, 900)) -> None:
    from evidence_app.library.facade import Library
    from evidence_app.ui.library_view.results_view import FLAT, GROUPED
    from evidence_app.ui.main_window import MainWindow

    empty = Library.open(scratch / "empty")
    start = MainWindow(empty)
    start.resize(1280, 800)
    start.show()
    save(start, out, "01_start_page", shots)
    start.start_page.starter_button.click()  # one click: the shipped State Department reports
    wait(400)
    save(start, out, "01b_starter_added", shots)
    start.close()

    window = MainWindow(library)
    window.resize(*size)
    window.show()
    wait()
    save(window, out, "02_browse_sources", shots)
    window.index_bar.show()  # as it looks when the index is stale
    save(window.library_area, out, "02b_stale_index_bar", shots)
    window.index_bar.check(library)
    window.search_box.show_help()
    if window.search_box._help is not None:
        save(window.search_box._help, out, "02c_search_help", shots)
        window.search_box._help.hide()

    window.search_box.set_text(QUERY)
    window.results.set_mode(GROUPED)
    wait()
    save(window, out, "03_results_grouped", shots)
    window.results.set_mode(FLAT)
    save(window, out, "04_results_flat", shots)
    window.results.set_mode(GROUPED)

    sources = window.results.grouped_model.source_hits()
    if sources:
        first = sources[0]
        window.show_hit(first.source_id, first.pages[0].page_no if first.pages else 0, True)
        window.reader.next_hit()
    save(window, out, "05_reader_hit", shots)
    save(window.reader, out, "05b_reader_pane", shots)
    scanned = [s for s in library.catalog.sources() if s.needs_ocr]
    if scanned:  # the reader's notice instead of an empty page
        window.show_hit(scanned[0].id, 0)
        save(window, out, "05c_reader_scanned", shots)

    _pdf_shot(window, out, shots)

    window.excerpts_dock.show()
    window.search_box.set_text("")
    wait()
    save(window, out, "07_excerpts_panel", shots)
    window.excerpts_dock.hide()

    _dialog_shot(window.actions_.edit_taxonomy, out, "08_taxonomy_dialog", shots)
    extras = [corpus / p for p in REPORT_EXTRAS if (corpus / p).is_file()]
    extras.append(corpus / "text" / "statedept_hrr_2024_honduras.txt")  # a duplicate
    report = window.actions_.import_paths(extras, start=True)
    if report is not None:
        report.resize(880, 660)
        save(report, out, "09_import_report", shots)
        report.close()
    source_id = library.catalog.sources()[0].id
    _dialog_shot(lambda: window.source_actions.edit_source(source_id), out,
                 "10_metadata_dialog", shots)
    _dialog_shot(window.actions_.preferences, out, "11_preferences", shots)
    _cases_shots(window, scratch, out, shots)
    window.close()


def _pdf_shot(window: object, out: Path, shots: list[Path]) -> None:
    from evidence_app.ui.main_window import MainWindow
    from evidence_app.ui.reader.panel import BOTH, TEXT

    assert isinstance(window, MainWindow)
    window.search_box.set_text("General Assembly")
    wait()
    for hit in window.results.grouped_model.source_hits():
        library = window.library
        if library is not None and library.catalog.source(hit.source_id).format == "pdf":
            window.show_hit(hit.source_id, hit.pages[0].page_no if hit.pages else 1, True)
            window.reader.set_mode(BOTH)
            wait(1200)  # QtPdf renders pages in a worker thread
            save(window, out, "06_reader_pdf_page", shots)
            window.reader.set_mode(TEXT)
            return


def _cases_shots(window: object, scratch: Path, out: Path, shots: list[Path]) -> None:
    """A case with exhibits (whole sources, chosen pages, excerpts): form, exhibits,
    coverage, preview, the add-to-case dialog and the export dialog."""
    from evidence_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    library = window.library
    if library is None:
        return
    if library.cases.cases():
        case = library.cases.cases()[0]  # a real library: show its first case, change nothing
    elif scratch in library.folder.parents:
        case = _demo_case(library)
    else:
        return
    window.announce(Changes(cases=True))
    window.cases_view.refresh(select=case.id)
    window.case_actions.show_cases()
    view = window.cases_view
    view.tabs.setCurrentWidget(view.form)
    save(window, out, "12_cases_view", shots)
    view.tabs.setCurrentWidget(view.exhibits)
    view.exhibits.view.selectRow(0)
    save(window, out, "12b_exhibits", shots)
    view.tabs.setCurrentWidget(view.coverage)
    save(window, out, "13_coverage", shots)
    view.tabs.setCurrentWidget(view.screen_panel)
    save(window, out, "13c_screen", shots)
    page = view.open_agreement("hn-2025")
    if page is not None:
        save(page, out, "13d_agreement_page", shots)
        page.close()
    view.tabs.setCurrentWidget(view.preview)
    wait(800)
    save(window, out, "13b_preview", shots)
    view.tabs.setCurrentWidget(view.form)
    dialog = window.case_actions.add_source(library.catalog.sources()[0].id)
    if dialog is not None:
        save(dialog, out, "15_add_to_case", shots)
        dialog.close()
    export = view.export_packet()
    if export is not None:
        export.path_edit.setText(str(scratch / "packet" / "Quispe_country_conditions.pdf"))
        (scratch / "packet").mkdir(exist_ok=True)
        save(export, out, "14_export", shots)
        export.export()
        save(export, out, "14b_export_done", shots)
        export.close()
    window.case_actions.show_cases(False)


def _demo_case(library: Library) -> Case:
    """Dated State Department reports (so old editions get a warning), tagged excerpts (so
    the coverage grid has counts and gaps), and a case using them."""
    import re

    names = {"guatemala": "Guatemala", "honduras": "Honduras", "el salvador": "El Salvador"}
    for source in library.catalog.sources():
        found = re.match(r"statedept hrr (\d{4}) (.+)$", source.title)
        if found and found.group(2) in names:
            year = int(found.group(1))
            library.catalog.edit_source(
                source.id, publisher="U.S. Dep't of State", published=f"{year + 1}-03-20",
                title=f"{year} Country Reports on Human Rights Practices: "
                      f"{names[found.group(2)]}")
    case = library.cases.new_case(
        applicant_name="Zoraida Quispe Mamani", a_number="A 212-345-678",
        court_location="Arlington Immigration Court, Arlington, VA", judge="Hon. A. Example",
        hearing_date="2026-03-16", hearing_type="Individual (merits)", filer_kind="pro_se",
        filer_name="Zoraida Quispe Mamani", filer_address="1200 Example St.\nArlington, VA",
        translator_name="Luis Pérez", service_on="DHS/ICE Office of the Principal Legal Advisor",
        service_method="ECAS electronic service", service_date="2026-03-01",
        countries=["HN", "GT"], nationality="VE", entry_date="2024-03-02",
    )
    sources = [s for s in library.catalog.sources() if {"HN", "GT"} & set(s.countries)]
    sources.sort(key=lambda s: s.published, reverse=True)
    for source in sources[:2]:
        library.cases.add_exhibit(case.id, source.id)
    old = [s for s in sources if s.published[:4] == "2022"]
    if old:
        library.cases.add_exhibit(case.id, old[0].id, pages="1-3")
    clipped = []
    for words, risk in (("gang", "gang_violence"), ("asylum", "asylum_capacity"),
                        ("torture", "torture")):
        for source in sources[:2]:
            for page in library.catalog.pages(source.id):
                at = page.text.find(words)
                if at < 0:
                    continue
                start = page.text.rfind(". ", 0, at) + 2
                end = page.text.find(".", at) + 1
                if 0 <= start < at < end:
                    clipped.append(library.excerpts.add_excerpt(
                        source.id, page.page_no, start, end, countries=source.countries[:1],
                        risks=[risk]).id)
                    break
    if clipped:
        library.cases.add_excerpts_exhibit(case.id, clipped)
    return case


def _dialog_shot(open_dialog: Callable[[], object], out: Path, name: str,
                 shots: list[Path]) -> None:
    from PySide6.QtWidgets import QWidget

    dialog = open_dialog()
    if isinstance(dialog, QWidget):
        save(dialog, out, name, shots)
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
