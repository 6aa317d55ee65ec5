"""The starter library from the GUI: one click on the start page, the Library menu, and the
reader's editions line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evidence_app.library.facade import Library
from evidence_app.ui.dialogs import starter_dialog
from evidence_app.ui.main_window import MainWindow


@pytest.mark.slow  # adds the 81-report starter
def test_start_page_one_click_gives_the_reports(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Library.open(tmp_path / "fresh") as library:
        win = MainWindow(library, owns_library=False)
        qtbot.addWidget(win)
        assert win.body.currentWidget() is win.start_page
        button = win.start_page.starter_button
        assert "81 reports, no internet needed" in button.text()
        with qtbot.waitSignal(win.library_changed, timeout=60_000):
            button.click()
        assert library.catalog.stats()["sources"] == 81
        assert win.body.currentWidget() is win.library_area
        assert win.counts_label.text().startswith("81 sources")
        assert all(s.countries and s.publisher == "U.S. Department of State"
                   for s in library.catalog.sources())

        # one country and a range of years, from the facets
        win.facets.set_checked("countries", "HN")
        win.facets.set_checked("years", "2021")
        win.facets.set_checked("years", "2023")
        win.search_box.set_text('"protection of refugees"')
        qtbot.waitUntil(lambda: bool(win.results.grouped_model.source_hits()), timeout=20_000)
        hits = win.results.grouped_model.source_hits()
        found = [library.catalog.source(h.source_id) for h in hits]
        assert {s.published[:4] for s in found} == {"2021", "2022", "2023"}
        assert all(s.countries == ("HN",) for s in found)
        win.facets.clear_selection()

        # the reader says which editions there are and that a newer one is here
        older = next(s for s in library.catalog.sources() if s.series == "us-dos-hrr:HN"
                     and s.edition == "2019")
        win.show_hit(older.id, 0, True)
        meta = win.reader.meta.text()
        assert "Editions:" in meta and "A newer edition is in the library: 2024." in meta
        newest = next(s for s in library.catalog.sources() if s.series == "us-dos-hrr:HN"
                      and s.edition == "2024")
        win.reader.meta.linkActivated.emit(f"source:{newest.id}")
        assert win.reader.source is not None and win.reader.source.id == newest.id
        assert "A newer edition" not in win.reader.meta.text()

        # the Library menu: everything is here already, so it says so and adds nothing
        infos: list[str] = []
        questions: list[str] = []

        def information(parent, title, text, *a):  # type: ignore[no-untyped-def]
            infos.append(text)

        def question(parent, title, text, *a):  # type: ignore[no-untyped-def]
            questions.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(starter_dialog.QMessageBox, "information", information)
        monkeypatch.setattr(starter_dialog.QMessageBox, "question", question)
        assert win.library_menu.add_starter() is None
        assert "81 of the 81 starter reports are in the library" in infos[0]
        # a removed report: the menu asks, and Yes brings it back
        library.catalog.delete_source(newest.id)
        run = win.library_menu.add_starter()
        assert run is not None and questions and "removed 1" in questions[0]
        assert library.catalog.stats()["sources"] == 81
        win.close()
