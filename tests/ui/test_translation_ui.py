"""Translations and private notes in the GUI: the excerpt dialog's Translation field and
"print note" box, the sources menu's Attach English translation…, the export dialog that
lists exhibits without translation first and exports them only when told."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from evidence_app.library.facade import Library
from evidence_app.ui.cases.export.export_dialog import ExportDialog
from evidence_app.ui.library_view.excerpts_model import COL_TRANSLATION
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog

SPANISH = (
    "Informe sobre Guatemala\n\n"
    "Las pandillas reclutaron por la fuerza a niños en la Ciudad de Guatemala y amenazaron a "
    "sus familias; la policía rara vez investigó las denuncias presentadas por las víctimas.\n\n"
    "La oficina de asilo tenía cuatro funcionarios para todo el país y los solicitantes "
    "esperaron durante años una decisión sobre sus casos."
)


@pytest.fixture
def window(qtbot, ui_library: Library, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "informe_guatemala.txt"
    path.write_text(SPANISH, encoding="utf-8")
    report = ui_library.import_files([path], workers=0)
    assert report.imported[0].language == "es"
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def spanish_id(library: Library) -> int:
    return next(s.id for s in library.catalog.sources() if s.language == "es")


def test_excerpt_dialog_saves_translation_and_print_note(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    assert library is not None
    source = spanish_id(library)
    text = library.catalog.page(source, 1).text
    quote = "la policía rara vez investigó las denuncias"
    start = text.index(quote)
    dialog = ExcerptDialog(library, window, source_id=source, page_no=1, start=start,
                           end=start + len(quote), quote=quote)
    qtbot.addWidget(dialog)
    assert not dialog.print_note_check.isChecked()  # notes are private by default
    dialog.note_edit.setPlainText("for brief")
    dialog.translation_edit.setPlainText("the police rarely investigated the complaints")
    dialog.save()
    saved = dialog.excerpt
    assert saved is not None
    assert saved.translation == "the police rarely investigated the complaints"
    assert not saved.print_note
    edit = ExcerptDialog.edit(library, saved, window)
    qtbot.addWidget(edit)
    assert edit.translation_edit.toPlainText() == saved.translation
    edit.print_note_check.setChecked(True)
    edit.save()
    assert library.excerpts.excerpt(saved.id).print_note
    window.excerpts_panel.refresh()
    proxy = window.excerpts_panel.proxy
    assert proxy.index(0, COL_TRANSLATION).data() == saved.translation


def test_attach_translation_from_the_sources_menu(window: MainWindow, tmp_path: Path) -> None:
    library = window.library
    assert library is not None
    source = spanish_id(library)
    english = tmp_path / "report_en.txt"
    english.write_text("Report on Guatemala (English translation).", encoding="utf-8")
    actions = window.translation_actions
    assert not actions.has_translation(source)
    actions.attach(source, str(english))
    found = library.translations.translation(source)
    assert found is not None and found.original_name == "report_en.txt"
    assert actions.has_translation(source)
    actions.remove(source)
    assert library.translations.translation(source) is None


def test_export_lists_missing_translations_and_needs_the_choice(
    window: MainWindow, tmp_path: Path
) -> None:
    library = window.library
    assert library is not None
    view = window.cases_view
    view.new_case(applicant_name="Zoraida Quispe", countries=["GT"], a_number="A 123-456-789",
                  court_location="Houston, TX")
    case_id = view.current_case_id()
    assert case_id is not None
    library.cases.add_exhibit(case_id, spanish_id(library))
    view.refresh()
    dialog = view.export_packet()
    assert isinstance(dialog, ExportDialog)
    assert not dialog.missing_label.isHidden() and not dialog.to_follow_check.isHidden()
    assert "Tab 1" in dialog.missing_label.text()
    assert "Informe sobre Guatemala" in dialog.missing_label.text()
    assert not dialog.export_button.isEnabled()
    out = tmp_path / "packet.pdf"
    dialog.path_edit.setText(str(out))
    assert not dialog.export() and not out.exists()
    dialog.to_follow_check.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.export()
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(out)).pages)
    assert "[Translation to follow]" in text
    assert "CERTIFICATE OF TRANSLATION" not in text
    dialog.close()


def test_reader_shows_the_translation_under_the_quote(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    source = spanish_id(library)
    text = library.catalog.page(source, 1).text
    quote = "la policía rara vez investigó las denuncias"
    start = text.index(quote)
    excerpt = library.excerpts.add_excerpt(source, 1, start, start + len(quote))
    window.show_hit(source, 1)
    assert window.reader.translations.isHidden()
    changes = library.excerpts.edit_excerpt(
        excerpt.id, translation="the police rarely investigated"
    )
    window.announce(changes)
    label = window.reader.translations
    assert not label.isHidden()
    assert "the police rarely investigated" in label.text() and quote in label.text()
