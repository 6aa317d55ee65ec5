"""Passage-level risk types in the window: browse counts passages, the sources table shows
a source's passage types where the user set none, the facet says it counts passages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery
from evidence_app.ui.library_view.facets import FacetPanel
from evidence_app.ui.library_view.sources_table import COL_RISKS, SourcesModel

ABOUT_LGBTQI = ("Violence against LGBTQI+ persons continued. NGOs reported killings of "
                "transgender women and gay men, and attacks motivated by sexual orientation "
                "or gender identity went unpunished. ") * 4
ABOUT_NOTHING = "The ministry published its budget for the year. " * 40


def _library(tmp_path: Path) -> tuple[Library, int]:
    lib = Library.open(tmp_path / "lib")
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join([ABOUT_LGBTQI, ABOUT_NOTHING, ABOUT_LGBTQI]), encoding="utf-8")
    sid = lib.import_files([path], workers=0).imported[0].id
    return lib, sid


def test_browse_counts_passages_and_filters_by_them(tmp_path: Path) -> None:
    lib, sid = _library(tmp_path)
    try:
        labelled = sum(1 for f in lib.passages.passage_risks(sid).values() if "lgbtqi" in f)
        assert labelled >= 1
        page = lib.searches.browse(SearchQuery(risks=("lgbtqi",)))
        assert [s.id for s in page.sources] == [sid]
        assert page.facets["risks"]["lgbtqi"] == labelled
        assert lib.searches.browse(SearchQuery(risks=("torture",))).sources == ()
    finally:
        lib.close()


def test_sources_table_shows_passage_types_where_the_user_set_none(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, sid = _library(tmp_path)
    try:
        model = SourcesModel()
        model.set_taxonomy(lib.taxonomy.countries(), lib.taxonomy.risk_types())
        page = lib.searches.browse(SearchQuery())
        model.passage_risks = {k: tuple(v) for k, v in page.risk_counts.items()}
        model.set_rows(page.sources)
        index = model.index(0, COL_RISKS)
        assert "LGBTQI" in model.data(index)
        assert "From its passages" in model.data(index, Qt.ItemDataRole.ToolTipRole)
        lib.catalog.tag(sid, risks=["torture"])  # the user's own tags win
        model.set_rows(lib.catalog.sources())
        assert model.data(model.index(0, COL_RISKS)) == "Torture and cruel treatment"
    finally:
        lib.close()


def test_risk_facet_says_it_counts_passages(qtbot) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.taxonomy import load_countries, load_risk_types

    sidebar = FacetPanel()
    qtbot.addWidget(sidebar)
    sidebar.set_taxonomy(load_countries(), load_risk_types())
    sidebar.set_counts({"risks": {"lgbtqi": 7}, "countries": {"HN": 2}})
    row = sidebar.sections["risks"].rows["lgbtqi"]
    assert "7 passages" in row.count_label.toolTip()
    assert "passages" in sidebar.sections["risks"].header.toolTip()
    assert "passages" not in sidebar.sections["countries"].rows["HN"].count_label.toolTip()


def test_window_relabels_in_the_background_when_keywords_change(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.model import Changes
    from evidence_app.ui.main_window import MainWindow

    lib, sid = _library(tmp_path)
    window = None
    try:
        # a library made before passage labels: its labels are missing
        lib.store.db.execute("DELETE FROM page_risk_sources")
        lib.store.db.execute("DELETE FROM page_risks")
        assert lib.passages.sources_to_label() == [sid]
        window = MainWindow(lib, owns_library=False)
        qtbot.addWidget(window)
        assert (
            lib.passages.sources_to_label() == []
        )  # labelled on opening (tasks run synchronously)
        assert any("lgbtqi" in f for f in lib.passages.passage_risks(sid).values())
        torture = next(r for r in lib.taxonomy.risk_types() if r.slug == "torture")
        window.announce(lib.taxonomy.edit_risk_type(
            "torture", keywords=[*torture.keywords, "ministry", "budget"]))
        assert lib.passages.sources_to_label() == []
        assert any("torture" in f for f in lib.passages.passage_risks(sid).values())
        window.announce(Changes(taxonomy=True))  # nothing left to label: nothing runs
        assert window.passage_labels.job is None
    finally:
        # the window lets go of the library before it closes (a later check for other
        # writers, e.g. on activation, must not read a closed database)
        if window is not None:
            window.close_library()
        lib.close()
