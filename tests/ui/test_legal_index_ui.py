"""The export dialog's index by legal element: the packet option and the standalone export."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from evidence_app.library.facade import Library
from evidence_app.ui.cases.export.export_dialog import ExportDialog

TITLE = "INDEX OF EVIDENCE BY LEGAL ELEMENT"


def _case(library: Library, risks: list[str]) -> int:
    source = library.catalog.sources()[0]
    label = library.catalog.pages(source.id)[0].label
    excerpt = library.excerpts.add_excerpt_by_quote(
        source.id, label, "Gangs such as MS-13 extorted"
    )
    library.excerpts.edit_excerpt(excerpt.id, countries=["HN"], risks=risks)
    case = library.cases.new_case(applicant_name="Ana Quispe", a_number="212345678",
                            court_location="Houston, TX", countries=["HN"])
    library.cases.add_excerpts_exhibit(case.id, [excerpt.id])
    return case.id


def _has_index(path: Path) -> bool:
    return any(TITLE in (page.extract_text() or "") for page in pypdf.PdfReader(path).pages)


def test_the_option_is_on_for_tagged_passages_and_can_be_turned_off(
    qtbot: QtBot, ui_library: Library, tmp_path: Path
) -> None:
    case_id = _case(ui_library, ["gang_violence"])
    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    assert dialog.legal_index_check.isChecked()
    dialog.path_edit.setText(str(tmp_path / "with.pdf"))
    assert dialog.export()
    assert dialog.result_ is not None and _has_index(tmp_path / "with.pdf")

    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    dialog.legal_index_check.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "without.pdf"))
    assert dialog.export()
    assert not _has_index(tmp_path / "without.pdf")


def test_untagged_passages_leave_the_option_off(qtbot: QtBot, ui_library: Library) -> None:
    case_id = _case(ui_library, [])
    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    assert not dialog.legal_index_check.isChecked()


def test_export_it_alone_as_docx(qtbot: QtBot, ui_library: Library, tmp_path: Path) -> None:
    from docx import Document

    case_id = _case(ui_library, ["gang_violence"])
    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    out = tmp_path / "index.docx"
    assert dialog.export_legal_index(out)  # what "Export it alone…" runs after its file dialog
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Honduras" in texts and "Gang and cartel violence" in texts
    assert any(t.startswith("Gangs such as MS-13 extorted") and "Ex. 1 at" in t for t in texts)
    assert str(out) in dialog.message.text()


def test_the_guide_explains_pretermission_with_sources_in_both_languages() -> None:
    from evidence_app.ui.dialogs.guide_dialog import guide_path

    english = guide_path("en").read_text(encoding="utf-8")
    spanish = guide_path("es").read_text(encoding="utf-8")
    for html in (english, spanish):
        section = " ".join(html[html.index('id="pretermission"'):html.index('id="import"')]
                           .split())
        assert 'href="#pretermission"' in html
        for source in ("8 U.S.C. § 1158(a)(2)(A)", "8 C.F.R.", "29 I&amp;N Dec. 291",
                       "cgrs.uclawsf.edu/en/pretermission", "ilrc.org", "84 Fed. Reg. 63,994",
                       "Eagle Online", "La Prensa", "Asylum Manual § 24"):
            assert source in section, source
        assert section.count("<li>") == 4  # the four kinds of argument
    assert "Not legal advice" in english and "more likely than not" in english
    english, spanish = " ".join(english.split()), " ".join(spanish.split())
    assert "November 19, 2019" in english
    assert "Esto no es asesoría legal" in spanish and "más probable que no" in spanish
    # the guide names the dialog's own words
    assert "Add an index of the evidence by legal element" in english
    assert "Añadir un índice de la prueba por elemento jurídico" in spanish
    assert "Exportarlo por separado…" in spanish


def test_numbering_choice_is_saved_with_the_case(
    qtbot: QtBot, ui_library: Library, tmp_path: Path
) -> None:
    case_id = _case(ui_library, ["gang_violence"])
    exhibit = ui_library.cases.exhibits(case_id)[0]
    ui_library.cases.edit_exhibit(exhibit.id, lettered=True)
    assert [e.label for e in ui_library.cases.exhibits(case_id)] == ["A"]
    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    assert dialog.numbering_check.isChecked()
    dialog.numbering_check.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "numbered.pdf"))
    assert dialog.export()
    assert ui_library.cases.exhibit_numbering(case_id) == "sequential"
    assert dialog.result_ is not None and [r.label for r in dialog.result_.index] == ["1"]
    again = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(again)
    assert not again.numbering_check.isChecked()


def test_export_it_alone_in_spanish_for_the_helper(qtbot: QtBot, ui_library: Library,
                                                    tmp_path: Path) -> None:
    from docx import Document

    case_id = _case(ui_library, ["gang_violence"])
    dialog = ExportDialog(ui_library, ui_library.cases.case(case_id), None)
    qtbot.addWidget(dialog)
    combo = dialog.options.language_combo
    assert dialog.options.index_language == "en"  # court filings are in English
    assert combo.count() == 2 and combo.itemText(0).startswith("English")
    combo.setCurrentIndex(combo.findData("es"))
    out = tmp_path / "indice.docx"
    assert dialog.export_legal_index(out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    joined = "\n".join(texts)
    assert "Índice de la prueba por elemento jurídico" in joined
    assert "Index of Evidence by Legal Element" not in joined
    assert any(t.startswith("Gangs such as MS-13 extorted") and "Ex. 1 at" in t for t in texts)
