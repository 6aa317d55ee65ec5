"""The metadata editor says where each citation field came from; the export dialog lists
citations to check before building (issue 16, part 3)."""

from __future__ import annotations

from pathlib import Path

from evidence_app.library.facade import Library
from evidence_app.model.cases import Case
from evidence_app.ui.cases.export.export_dialog import ExportDialog
from evidence_app.ui.library_view.metadata_dialog import MetadataDialog

PAGE = """<html lang="en"><head><title>Honduras: Violence Report - Example Watch</title>
<!-- saved from url=(0044)https://www.example.org/reports/honduras-2023 -->
<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2024-03-05"}</script>
</head><body><main><h1>Honduras: Violence Report</h1>
""" + "<p>Residents described extortion by gangs and the lack of police protection.</p>\n" * 40 + (
    "</main></body></html>"
)


def test_metadata_dialog_shows_where_each_guess_came_from(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    library = Library.open(tmp_path / "lib")
    try:
        page = tmp_path / "page.html"
        page.write_text(PAGE, encoding="utf-8")
        source = library.import_files([page], workers=0).imported[0]
        dialog = MetadataDialog(library, source.id)
        qtbot.addWidget(dialog)
        assert dialog.origin_text("published") == "from the page's JSON-LD"
        assert dialog.origin_text("title") == "from the page's title"
        assert dialog.origin_text("url") == "from the saved page"
        assert "does not say when it was saved" in dialog.origin_text("accessed")
        assert "Check this citation" in dialog.gaps_label.text()
        assert not dialog.gaps_label.isHidden()
        dialog.edits["published"].setText("2024-03-06")
        assert dialog.origin_text("published") == "set by you"
        assert dialog.origin_labels["published"].text() == "set by you"
        dialog.edits["published"].setText("2024-03-05")
        assert dialog.origin_text("published") == "from the page's JSON-LD"
    finally:
        library.close()


def test_export_dialog_lists_citations_to_check(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    library = Library.open(tmp_path / "lib")
    try:
        path = tmp_path / "statedept_hrr_2021_guatemala.txt"
        path.write_text("EXECUTIVE SUMMARY\n\nGuatemala is a republic.\n", encoding="utf-8")
        good = tmp_path / "good.txt"
        good.write_text("A Report\n\nText.\n", encoding="utf-8")
        report = library.import_files([path, good], workers=0)
        ids = {Path(s.original_name).stem: s.id for s in report.imported}
        library.catalog.edit_source(ids["good"], publisher="Example Watch", published="2024")
        case: Case = library.cases.new_case(applicant_name="Test Person")
        library.cases.add_exhibit(case.id, ids["good"])
        library.cases.add_exhibit(case.id, ids["statedept_hrr_2021_guatemala"])
        dialog = ExportDialog(library, case, None)
        qtbot.addWidget(dialog)
        checks = dialog.citation_checks
        assert [c.label for c in checks.checks] == ["2"]
        assert not checks.isHidden()
        assert "Tab 2: title made from the file name" in checks.text()
        assert "Tab 1" not in checks.text()
    finally:
        library.close()


def test_new_excerpt_starts_with_its_quote_risks_and_paragraph(
    qtbot, ui_library: Library  # type: ignore[no-untyped-def]
) -> None:
    from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog

    source_id = ui_library.catalog.sources()[0].id
    ui_library.catalog.tag(source_id, risks=["gang_violence", "returnees", "lgbtqi"])
    page = ui_library.catalog.page(source_id, 1)
    quote = "Returned deportees faced threats from gangs"
    start = page.text.index(quote)
    dialog = ExcerptDialog(ui_library, source_id=source_id, page_no=1, start=start,
                           end=start + len(quote), quote=quote)
    qtbot.addWidget(dialog)
    assert "lgbtqi" not in dialog.risks.selected()
    assert set(dialog.risks.selected()) >= {"returnees", "gang_violence"}
    assert "¶ 3" in dialog.citation  # the title is ¶ 1
