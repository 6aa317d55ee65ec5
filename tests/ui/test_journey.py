"""The issue's "done when", end to end in Spanish over real corpus files: an empty library,
import through the dialog (one file refused with its reason), search, the Honduras facet,
open a hit, clip two passages with Ctrl+K, tag them, find them in the excerpts panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from evidence_app.library.facade import Library
from evidence_app.ui import i18n
from evidence_app.ui.dialogs.import_dialog import ImportDialog
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog

FILES = (
    "text/statedept_hrr_2024_honduras.txt",
    "html/statedept_hrr_2022_honduras.html",
    "text/statedept_hrr_2024_guatemala.txt",
    "malformed/pdfminer_encryption_aes-128.pdf",
)


@pytest.fixture
def spanish() -> Iterator[None]:
    if not (i18n.i18n_dir() / "evidence_es.qm").is_file():
        pytest.skip("resources/i18n/evidence_es.qm is not built yet")
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, "es")
    try:
        yield
    finally:
        i18n.install_translators(app, "en")


def test_import_search_clip_and_find_the_excerpts_in_spanish(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, corpus: Path, spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    paths = [corpus / f for f in FILES]
    if not all(p.is_file() for p in paths):
        pytest.skip("expected corpus files are missing")
    library = Library.open(tmp_path / "lib")
    window = MainWindow(library, owns_library=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        # an empty library opens on the start page, in Spanish
        assert window.body.currentWidget() is window.start_page
        qtbot.waitUntil(lambda: window.results.grouped_button.text() == "Por fuente")
        assert window.excerpts_dock.windowTitle() == "Extractos"

        dialog = window.actions_.import_paths(paths)
        assert isinstance(dialog, ImportDialog)
        with qtbot.waitSignal(window.library_changed, timeout=120_000):
            dialog.start()
        report = dialog.report
        assert report is not None and len(report.imported) == 3
        assert [(Path(f.path).name, f.reason) for f in report.failed] == [
            ("pdfminer_encryption_aes-128.pdf", "encrypted")]
        dialog.close()
        assert window.body.currentWidget() is window.library_area

        # search, then keep Honduras only
        with qtbot.waitSignal(window.controller.result_ready, timeout=10_000):
            qtbot.keyClicks(window.search_box.edit, "journalists violence")
        countries = window.facets.sections["countries"]
        assert {"HN", "GT"} <= set(countries.rows)
        with qtbot.waitSignal(window.controller.result_ready, timeout=10_000):
            countries.rows["HN"].check.click()
        hits = window.results.grouped_model.source_hits()
        assert hits and all("HN" in library.catalog.source(h.source_id).countries for h in hits)

        # open two hits and clip a sentence of each with Ctrl+K, tagging a risk type
        pages = [(h.source_id, p.page_no) for h in hits for p in h.pages][:2]
        assert len(pages) == 2
        for source_id, page_no in pages:
            window.results.hit_activated.emit(source_id, page_no)
            page = library.catalog.page(source_id, page_no)
            spans = window.reader.highlighted_spans()
            assert spans
            start = page.text.rfind(".", 0, spans[0].start) + 1
            end = page.text.find(".", spans[0].end) + 1 or len(page.text)
            while page.text[start].isspace():
                start += 1
            window.reader.select_range(start, end)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            with qtbot.waitSignal(window.reader.clip_requested):
                qtbot.keyClick(window.reader.text, Qt.Key.Key_K,
                               Qt.KeyboardModifier.ControlModifier)
            clip = window.source_actions.excerpt_dialog
            assert isinstance(clip, ExcerptDialog)
            assert "HN" in clip.countries.selected()  # pre-filled from the source
            clip.risks.set_selected(["journalists_hrd"])  # the user narrows the tags
            with qtbot.waitSignal(window.library_changed):
                clip.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        # both are in the excerpts panel, with the page's cite label and the tags
        window.excerpts_dock.show()
        panel = window.excerpts_panel
        qtbot.waitUntil(lambda: len(panel.visible_excerpts()) == 2)
        for excerpt, (source_id, page_no) in zip(
                sorted(panel.visible_excerpts(), key=lambda e: e.id), pages, strict=True):
            page = library.catalog.page(source_id, page_no)
            assert (excerpt.source_id, excerpt.page_no) == (source_id, page_no)
            # the paragraph that holds the quote, within the page's passage "¶ 17–24"
            assert excerpt.cite_label == library.excerpts.pinpoint(
                source_id, page_no, excerpt.start, excerpt.end
            )
            assert excerpt.cite_label.startswith("¶") and "\u2013" not in excerpt.cite_label
            assert excerpt.quote == page.text[excerpt.start:excerpt.end]
            assert excerpt.countries == ("HN",) and excerpt.risks == ("journalists_hrd",)
        panel.set_filters(country="HN", risk="journalists_hrd")
        assert len(panel.visible_excerpts()) == 2
    finally:
        window.close()
        library.close()
