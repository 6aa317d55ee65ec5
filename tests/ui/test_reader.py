"""The reader: selections give exact page offsets, hits are highlighted and navigable."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtGui import QTextCursor

from evidence_app.library.facade import Library
from evidence_app.model import Excerpt, Page, PassageHit, RiskType, SearchQuery, Source, Span
from evidence_app.ui.reader.page_text import PageText, clean_spans, find_terms, fold, term_pattern
from evidence_app.ui.reader.panel import BOTH, ORIGINAL, TEXT, ReaderPane

TRICKY = (
    "Informe 2024\r\n\r\n"
    "Las pandillas 🚨 amenazan a los deportados en San Pedro Sula.\r\n"
    "\x0cPágina siguiente: 𝐆𝐚𝐧𝐠 members extorted drivers; deportees were threatened.\t"
    "Fin."
)


@dataclass
class FakeLibrary:
    """Just the verbs the reader calls, so any page text can be tried."""

    texts: list[str]
    format: str = "text"
    calls: list[str] = field(default_factory=list)

    def source(self, source_id: int) -> Source:
        return Source(id=source_id, sha256="x", title="Tricky source", publisher="NGO",
                      published="2024", format=self.format, page_count=len(self.texts))

    def pages(self, source_id: int) -> list[Page]:
        self.calls.append("pages")
        return [Page(source_id, n, str(n), t) for n, t in enumerate(self.texts, start=1)]

    def file_path(self, source: Source) -> Path:
        return Path("/nonexistent/file.pdf")

    def excerpts(self, *, source_id: int | None = None) -> list[Excerpt]:
        return []  # the reader shows the translations of excerpts on the page

    def passage_risks(self, source_id: int) -> dict[int, dict[str, float]]:
        return {2: {"gang_violence": 4.0, "children": 3.1}}  # the reader marks them

    def risk_types(self) -> list[RiskType]:
        return [RiskType("gang_violence", "Gang and cartel violence", "Pandillas"),
                RiskType("children", "Children", "Niñez")]

    def __post_init__(self) -> None:
        # the parts of Library the reader reaches, answered by this fake's verbs
        self.catalog = SimpleNamespace(source=self.source, pages=self.pages,
                                       file_path=self.file_path)
        self.passages = SimpleNamespace(passage_risks=self.passage_risks)
        self.taxonomy = SimpleNamespace(risk_types=self.risk_types)
        listed = self.excerpts
        self.excerpts = SimpleNamespace(excerpts=listed)  # type: ignore[method-assign]


@pytest.fixture
def reader(qtbot):  # type: ignore[no-untyped-def]
    fake = FakeLibrary([TRICKY, "second page about gangs", "nothing here"])
    pane = ReaderPane(cast(Library, fake))
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    return pane


def shown(reader: ReaderPane) -> Page:
    page = reader.page()
    assert page is not None
    return page


# ---------------------------------------------------------------- offsets
def test_page_text_maps_positions_across_astral_characters() -> None:
    mapped = PageText(TRICKY)
    assert len(mapped.display) == len(TRICKY)
    assert "\r" not in mapped.display and "\x0c" not in mapped.display
    for offset in range(len(TRICKY) + 1):
        assert mapped.to_text(mapped.to_doc(offset)) == offset
    siren = TRICKY.index("🚨")
    assert mapped.to_doc(siren + 1) == siren + 2  # the emoji is two UTF-16 units


def test_every_selection_gives_the_exact_page_text(reader: ReaderPane) -> None:
    reader.show_source(1, 1)
    assert reader.text.document().characterCount() - 1 == reader.page_text.doc_length
    for word in ("deportados", "𝐆𝐚𝐧𝐠 members", "deportees were threatened", "Fin."):
        start = TRICKY.index(word)
        reader.select_range(start, start + len(word))
        assert reader.selection_range() == (start, start + len(word))
        # the same selection found by Qt itself, in document positions
        found = reader.text.document().find(word.replace("\t", " "))
        assert not found.isNull()
        reader.text.setTextCursor(found)
        picked = reader.selection_range()
        assert picked is not None
        assert TRICKY[picked[0]:picked[1]] == word


def test_clip_emits_the_exact_quote_and_offsets(reader: ReaderPane, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.show_source(1, 1)
    word = "deportees were threatened"
    start = TRICKY.index(word)
    reader.select_range(start, start + len(word))
    with qtbot.waitSignal(reader.clip_requested) as signal:
        assert reader.clip()
    assert signal.args == [1, 1, start, start + len(word), word]


def test_clip_without_selection_only_explains(reader: ReaderPane, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.show_source(1, 1)
    with qtbot.waitSignal(reader.message):
        assert not reader.clip()


# ---------------------------------------------------------------- hits
def test_terms_highlight_every_page_and_hits_move_across_pages(reader: ReaderPane) -> None:
    reader.show_source(1, 0, terms=("gang", "deportad"))
    assert shown(reader).page_no == 1
    spans = reader.highlighted_spans()
    words = [TRICKY[s.start:s.end] for s in spans]
    assert words == ["deportados"]
    selections = reader.text.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["deportados"]
    assert reader.hit_label.text() == "Hit 1 of 2"
    reader.next_hit()
    assert shown(reader).page_no == 2
    assert [shown(reader).text[s.start:s.end] for s in reader.highlighted_spans()] == ["gangs"]
    reader.next_hit()  # wraps round to the first hit
    assert shown(reader).page_no == 1
    reader.previous_hit()
    assert shown(reader).page_no == 2


def test_search_spans_take_precedence_on_their_page(reader: ReaderPane) -> None:
    start = TRICKY.index("𝐆𝐚𝐧𝐠")
    hit = PassageHit(1, "Tricky source", 1, "1", 1.0, "", (), (Span(start, start + 4),))
    reader.show_source(1, 1, hits=[hit], terms=("nothing-matches-this",))
    assert reader.highlighted_spans() == [Span(start, start + 4)]
    # the extra selection covers the astral characters in document positions
    selections = reader.text.extraSelections()
    cursor: QTextCursor = selections[0].cursor
    assert cursor.selectedText() == "𝐆𝐚𝐧𝐠"


def test_page_buttons_and_modes(reader: ReaderPane) -> None:
    reader.show_source(1, 1)
    assert not reader.prev_page_action.isEnabled()
    reader.next_page_action.trigger()
    assert shown(reader).page_no == 2
    reader.next_page_action.trigger()
    assert not reader.next_page_action.isEnabled()
    # a text source has no original page to show
    assert not reader.mode_actions[ORIGINAL].isEnabled()
    reader.set_mode(BOTH)
    assert reader.mode() == TEXT and reader.pdf.isHidden()


def test_fold_and_patterns_keep_offsets() -> None:
    assert fold("Pandillas DEPORTADOS Ñandú") == "pandillas deportados nandu"
    pattern = term_pattern(["deporta", "gang*"])
    text = "Los Deportados y las GANGS; deportación."
    spans = find_terms(text, pattern)
    assert [text[s.start:s.end] for s in spans] == ["Deportados", "GANGS", "deportación"]
    assert clean_spans([Span(5, 9), Span(0, 6), Span(20, 99)], 22) == [Span(0, 9), Span(20, 22)]


# ---------------------------------------------------------------- real library
def test_reader_over_a_real_search_hit(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    result = ui_library.search(SearchQuery(text="deportees"))
    assert result.sources, "the sample source should match"
    hit = result.sources[0].pages[0]
    pane = ReaderPane(ui_library)
    qtbot.addWidget(pane)
    pane.show_source(hit.source_id, hit.page_no, result.sources[0].pages, result.terms)
    page = ui_library.catalog.page(hit.source_id, hit.page_no)
    highlighted = [page.text[s.start:s.end].lower() for s in pane.highlighted_spans()]
    assert "deportees" in highlighted
    word = "Returned deportees faced threats"
    start = page.text.index(word)
    pane.select_range(start, start + len(word))
    picked = pane.selection_range()
    assert picked is not None and page.text[picked[0]:picked[1]] == word


def test_pdf_source_shows_the_original_page(qtbot, tmp_path: Path, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = corpus / "pdf" / "un_general_assembly_A_INF_76_1.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf.name} not in the corpus")
    library = Library.open(tmp_path / "pdflib")
    try:
        report = library.import_files([pdf], workers=0)
        source = report.imported[0]
        pane = ReaderPane(library)
        qtbot.addWidget(pane)
        pane.show()
        pane.show_source(source.id, 2, terms=("assembly",))
        pane.set_mode(ORIGINAL)
        assert pane.mode() == ORIGINAL
        assert pane.pdf.page_count() == source.page_count
        assert pane.pdf.page_index == 1
        assert pane.pdf.isVisible() and not pane.text.isVisible()
        pane.set_mode(BOTH)
        assert pane.pdf.isVisible() and pane.text.isVisible()
    finally:
        library.close()


@dataclass
class UnverifiedLibrary(FakeLibrary):
    """A source whose page text came from a bundle and could not be checked here."""

    def source(self, source_id: int) -> Source:
        return Source(id=source_id, sha256="x", title="Scanned report", format="text",
                      page_count=len(self.texts), text_unverified=source_id == 1)


def test_text_from_a_bundle_is_labelled_unverified(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = ReaderPane(cast(Library, UnverifiedLibrary(["text made by OCR elsewhere"])))
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    assert not pane.unverified.isVisible()
    pane.show_source(1)
    assert pane.unverified.isVisible() and "unverified" in pane.unverified.text()
    pane.grab().save(str(tmp_path / "unverified.png"))
    pane.show_source(2)
    assert not pane.unverified.isVisible()
    pane.clear()
    assert not pane.unverified.isVisible()


def test_the_passages_of_a_ticked_risk_type_are_marked(reader: ReaderPane) -> None:
    reader.ticked_risks = ("gang_violence",)
    reader.show_source(1, 1)
    assert not reader.passage_mark_action.isVisible()  # page 1 has no labels
    reader.show_page_index(1)
    assert reader.passage_mark_action.isVisible()
    assert reader.passage_mark.marked == ("gang_violence",)
    assert "Gang and cartel violence" in reader.passage_mark.text()
    assert "Children" in reader.passage_mark.toolTip()
    reader.ticked_risks = ()
    reader.show_source(1, 2)
    assert reader.passage_mark.marked == ()
    assert "Gang and cartel violence" in reader.passage_mark.text()  # named, not marked
