"""The index of the evidence by legal element, in the packet and alone (PDF, DOCX, CLI).

The packet is built from the shipped starter library (two countries' latest reports) with
passages tagged by risk type; every "Ex. N at P" read back from the packet's text must
point to a page P that holds the quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from evidence_app.cli.main import main as cli
from evidence_app.library.facade import Library
from evidence_app.model import Excerpt
from evidence_app.model.cases import PacketResult
from evidence_app.packet.legal_index import first_words

CITE = re.compile(r"(?<!\u201c)Ex\. ([A-Z]|\d+) at (\d+)")  # not the intro's example
LINE = re.compile(r"^(?P<words>.*?)\s*Ex\. (?P<label>[A-Z]|\d+) at (?P<page>\d+)\s*$")


def squash(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\ufffe\u00ad").casefold()


def page_texts(path: str) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


# Passages to clip from the starter's reports: (country, words found on one page, risks).
CLIPS = (
    ("HN", "gang", ("gang_violence", "state_violence_impunity")),
    ("HN", "asylum", ("asylum_capacity",)),
    ("HN", "torture", ("torture",)),
    ("HN", "refugee", ("refoulement",)),
    ("UG", "torture", ("torture", "prison_conditions")),
    ("UG", "refugee", ("no_fair_procedure",)),
    ("UG", "journalist", ()),  # untagged: "Other evidence"
)


def _clip(library: Library, source_id: int, word: str) -> Excerpt | None:
    """The first sentence holding `word` on a page of the source, clipped."""
    for page in library.catalog.pages(source_id):
        for sentence in re.split(r"(?<=[.!?])\s+", page.text):
            words = sentence.split()
            if word in sentence.lower() and 8 <= len(words) <= 60 and "\n" not in sentence:
                start = page.text.index(sentence)
                return library.excerpts.add_excerpt(source_id, page.page_no, start,
                                           start + len(sentence))
    return None


@pytest.fixture(scope="module")
def starter_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, int,
                                                                               list[Excerpt]]]:
    folder = tmp_path_factory.mktemp("legal")
    library = Library.open(folder / "lib")
    try:
        library.starter.add_starter(countries=["HN", "UG"], since=2023, until=2023)
        latest = {}
        for source in library.catalog.sources():
            latest["HN" if "Honduras" in source.title else "UG"] = source
        excerpts = []
        for country, word, risks in CLIPS:
            excerpt = _clip(library, latest[country].id, word)
            assert excerpt is not None, (country, word)
            library.excerpts.edit_excerpt(excerpt.id, countries=[country] if risks else [],
                                 risks=list(risks))
            excerpts.append(library.excerpts.excerpt(excerpt.id))
        case = library.cases.new_case(applicant_name="Test Respondent", a_number="212345678",
                                court_location="Houston, TX", countries=["HN", "UG"])
        library.cases.add_excerpts_exhibit(case.id, [e.id for e in excerpts])
        yield library, case.id, excerpts
    finally:
        library.close()


@pytest.fixture(scope="module")
def packet(starter_case: tuple[Library, int, list[Excerpt]],
           tmp_path_factory: pytest.TempPathFactory) -> PacketResult:
    library, case_id, _ = starter_case
    out = tmp_path_factory.mktemp("packet") / "Packet.pdf"
    return library.packets.build_packet(case_id, out, max_bytes=None)


def index_pages(texts: list[str]) -> list[int]:
    return [i for i, text in enumerate(texts) if "INDEX OF EVIDENCE BY LEGAL ELEMENT" in text]


def test_every_cite_of_the_packet_index_points_to_the_page_of_its_quote(
    starter_case: tuple[Library, int, list[Excerpt]], packet: PacketResult
) -> None:
    library, case_id, excerpts = starter_case
    texts = page_texts(packet.parts[0].path)
    where = index_pages(texts)
    assert where and where[0] > 0, "the section follows the cover and the index of exhibits"
    exhibits_index = next(i for i, t in enumerate(texts) if "INDEX OF EXHIBITS" in t)
    assert exhibits_index < where[0]
    section = "\n".join(texts[where[0]:where[0] + 3])
    section = section.split("TAB ")[0]  # stop at the first tab page
    lines = [m for m in (LINE.match(line.strip()) for line in section.splitlines()) if m]
    quotes = {e.id: " ".join(e.quote.split()) for e in excerpts}
    labels = {r.exhibit_id: r.label for r in packet.index}
    # Lines per passage: one per (country, risk type), one for the untagged passage.
    expected = sum(max(1, len([r for r in e.risks])) for e in excerpts)
    assert len(lines) == expected, section
    for match in lines:
        label, page = match["label"], int(match["page"])
        assert label in labels.values()
        words = squash(match["words"].rstrip("\u2026"))
        owners = [x for x in quotes.values() if squash(x).startswith(words)]
        assert owners, match["words"]
        here = squash(texts[page - 1])
        assert any(squash(quote) in here for quote in owners), (match[0], page)
    # and the same pages as the packet's own page map
    for excerpt in excerpts:
        assert f"at {packet.excerpt_pages[excerpt.id]}" in section
    headings = ["Honduras", "Uganda", "Risk of persecution", "Risk of torture",
                "Refoulement or chain refoulement", "Access to a full and fair asylum procedure",
                "Gang and cartel violence", "Other evidence"]
    for heading in headings:
        assert heading.casefold() in section.casefold(), heading
    assert section.index("Honduras") < section.index("Uganda")
    assert ("Index of Evidence by Legal Element", where[0] + 1) in _outline(packet)
    assert packet.legal_index_pages == (where[0] + 1, where[-1] + 1)
    page = pypdf.PdfReader(packet.parts[0].path).pages[where[0]]
    fonts = page["/Resources"].get_object()["/Font"].get_object()
    for ref in fonts.values():  # every font embedded (no stray Helvetica from a table)
        descriptor = ref.get_object().get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def _outline(result: PacketResult) -> list[tuple[str, int]]:
    reader = pypdf.PdfReader(result.parts[0].path)
    return [(str(item.title), (reader.get_destination_page_number(item) or 0) + 1)
            for item in reader.outline if not isinstance(item, list)]


def test_the_section_can_be_left_out_and_is_off_without_tagged_passages(
    starter_case: tuple[Library, int, list[Excerpt]], packet: PacketResult, tmp_path: Path
) -> None:
    library, case_id, _ = starter_case
    without = library.packets.build_packet(case_id, tmp_path / "Plain.pdf", max_bytes=None,
                                   legal_index=False)
    assert not index_pages(page_texts(without.parts[0].path))
    assert without.legal_index_pages is None
    assert without.total_pages < packet.total_pages
    other = library.cases.new_case(applicant_name="B", countries=["HN"])
    untagged = [x for x in library.excerpts.excerpts() if not x.risks]
    library.cases.add_excerpts_exhibit(other.id, [untagged[0].id])
    plain = library.packets.build_packet(other.id, tmp_path / "Untagged.pdf", max_bytes=None)
    assert not index_pages(page_texts(plain.parts[0].path))


def test_standalone_pdf_and_docx_carry_the_packet_pages(
    starter_case: tuple[Library, int, list[Excerpt]], packet: PacketResult, tmp_path: Path
) -> None:
    library, case_id, excerpts = starter_case
    packet = library.packets.build_packet(case_id, tmp_path / "Packet.pdf", max_bytes=None)
    result = library.packets.legal_index(case_id, tmp_path / "Index.pdf")
    assert result.packet_pages == "last_build"
    assert {e.packet_page for e in result.entries} == set(packet.excerpt_pages.values())
    text = "\n".join(page_texts(result.path))
    assert "INDEX OF EVIDENCE BY LEGAL ELEMENT" in text and "Page 1 of" in text
    cites = set(CITE.findall(text))
    assert cites == {(e.exhibit_label, str(e.packet_page)) for e in result.entries}
    meta = pypdf.PdfReader(result.path).metadata or {}
    assert "Test Respondent" not in str(dict(meta))

    docx = library.packets.legal_index(case_id, tmp_path / "Index.docx")
    from docx import Document

    document = Document(docx.path)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Index of Evidence by Legal Element"
    props = document.core_properties
    assert (props.author, props.last_modified_by) == ("", "")
    assert "Honduras" in paragraphs and "Risk of torture" in paragraphs
    assert {m for p in paragraphs for m in CITE.findall(p)} == cites
    assert all("\t" in p for p in paragraphs if CITE.search(p))

    spanish = library.packets.legal_index(case_id, tmp_path / "Indice.docx", language="es")
    texts = [p.text for p in Document(spanish.path).paragraphs]
    assert "Riesgo de tortura" in texts and "Otra prueba" in texts


def test_standalone_pages_come_from_a_fresh_layout_when_the_case_changed(
    starter_case: tuple[Library, int, list[Excerpt]], packet: PacketResult, tmp_path: Path
) -> None:
    library, case_id, excerpts = starter_case
    library.cases.edit_case(case_id, packet_title="Changed title")
    try:
        result = library.packets.legal_index(case_id, tmp_path / "Fresh.pdf")
        assert result.packet_pages == "computed"
        assert all(e.packet_page for e in result.entries)
        blank = library.packets.legal_index(case_id, tmp_path / "Blank.pdf", compute_layout=False)
        assert blank.packet_pages == "none"
        assert not CITE.search("\n".join(page_texts(blank.path)))
    finally:
        library.cases.edit_case(case_id, packet_title="")


def test_bad_file_names_are_refused(starter_case: tuple[Library, int, list[Excerpt]],
                                    tmp_path: Path) -> None:
    from evidence_app.errors import InvalidValue

    library, case_id, _ = starter_case
    with pytest.raises(InvalidValue):
        library.packets.legal_index(case_id, tmp_path / "Index.txt")
    with pytest.raises(InvalidValue):
        library.packets.legal_index(case_id, tmp_path, language="en")
    with pytest.raises(InvalidValue, match="does not exist"):
        library.packets.legal_index(case_id, tmp_path / "no" / "such" / "Index.pdf")
    assert not list(tmp_path.iterdir())


def test_cli_packet_legal_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lib"
    text = tmp_path / "hn.txt"
    text.write_text("Honduras report\n\nGangs threatened deportees who returned to San Pedro "
                    "Sula and the police did not investigate the threats.", encoding="utf-8")
    library = Library.open(folder)
    try:
        source = library.import_files([text], workers=0).imported[0]
        label = (
            library.catalog.pages(source.id)[1].label
            if len(library.catalog.pages(source.id)) > 1
            else "1"
        )
        excerpt = library.excerpts.add_excerpt_by_quote(
            source.id, label, "Gangs threatened deportees"
        )
        library.excerpts.edit_excerpt(excerpt.id, countries=["HN"], risks=["gang_violence"])
        case = library.cases.new_case(applicant_name="C", a_number="212345678",
                                court_location="Houston, TX", countries=["HN"])
        library.cases.add_excerpts_exhibit(case.id, [excerpt.id])
    finally:
        library.close()
    out = tmp_path / "cli.docx"
    capsys.readouterr()
    assert cli(["--library", str(folder), "packet", "legal-index", str(case.id),
                "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out and out.is_file()
    packet = tmp_path / "p.pdf"
    assert cli(["--library", str(folder), "packet", "build", str(case.id), "--out",
                str(packet), "--no-legal-index"]) == 0
    assert not index_pages(page_texts(str(packet)))
    assert cli(["--library", str(folder), "packet", "build", str(case.id), "--out",
                str(packet)]) == 0
    assert "index by legal element: pages 3-3" in capsys.readouterr().out
    texts = page_texts(str(packet))
    assert index_pages(texts) == [2]
    cite = CITE.search("\n".join(texts[i] for i in index_pages(texts)))
    assert cite is not None and "Gangs threatened deportees" in texts[int(cite[2]) - 1]
    assert cli(["--library", str(folder), "packet", "legal-index", str(case.id),
                "--out", str(tmp_path / "x.txt")]) != 0


def test_first_words_are_elided_at_a_word() -> None:
    font = "Helvetica"
    assert first_words("Short quote.", 300, font, 10) == "Short quote."
    long = "The police detained deportees returned to the border without counsel " * 4
    cut = first_words(long, 200, font, 10)
    assert cut.endswith("\u2026") and long.startswith(cut[:-1])
    assert long[len(cut) - 1] == " "  # cut between words
    url = "https://example.org/" + "x" * 300
    assert first_words(url, 100, font, 10).endswith("\u2026")


def test_long_groups_say_where_they_continue_and_no_heading_ends_a_page() -> None:
    import io

    from evidence_app.packet.layout import render
    from evidence_app.packet.legal_index import LegalIndexEntry, story

    entries = []
    for n in range(150):
        element = ("persecution", "Risk of persecution") if n < 61 else (
            "torture", "Risk of torture")
        risk = ("gang_violence", "Gang and cartel violence") if n < 61 else (
            "torture", f"Torture group {n // 7}")
        entries.append(LegalIndexEntry(
            "UG", "Uganda", element[0], element[1], risk[0], risk[1], "2", n,
            f"Passage number {n} says that security forces detained people " * 3, 10 + n))
    rendered = render(story(entries))
    reader = pypdf.PdfReader(io.BytesIO(rendered.data))
    texts = [page.extract_text() or "" for page in reader.pages]
    assert len(texts) > 2
    assert "Uganda \u00b7 Risk of persecution \u00b7 Gang and cartel violence (continued)" in (
        texts[1])
    headings = {"Uganda", "Risk of persecution", "Risk of torture"} | {
        f"Torture group {k}" for k in range(30)}
    for text in texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[-1] not in headings, lines[-3:]
        assert CITE.search(lines[-1]), lines[-1]
    found = [int(m[2]) for text in texts for m in CITE.finditer(text)]
    assert found == [10 + n for n in range(150)]


def test_numbering_convention_letters_own_documents_and_can_be_one_sequence(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evidence_app.errors import InvalidValue

    own = tmp_path / "declaration.txt"
    own.write_text("Declaration of the respondent\n\nMen from the gang beat me in Tegucigalpa "
                   "because I refused to pay them.", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("Honduras report\n\nGangs threatened deportees who returned to San "
                      "Pedro Sula and the police did not investigate.", encoding="utf-8")
    imported = library.import_files([report, own], workers=0).imported
    ids = {Path(s.original_name).stem: s.id for s in imported}
    case = library.cases.new_case(applicant_name="D", a_number="212345678",
                            court_location="Houston, TX", countries=["HN"])
    quotes = {"report": "Gangs threatened deportees", "declaration": "Men from the gang beat me"}
    for stem, quote in quotes.items():
        page = library.catalog.pages(ids[stem])[-1]
        excerpt = library.excerpts.add_excerpt_by_quote(ids[stem], page.label, quote)
        library.excerpts.edit_excerpt(excerpt.id, countries=["HN"], risks=["gang_violence"])
        library.cases.add_excerpts_exhibit(case.id, [excerpt.id], lettered=stem == "declaration")
    assert library.cases.exhibit_numbering(case.id) == "convention"
    assert [e.label for e in library.cases.exhibits(case.id)] == ["1", "A"]

    def cites(out: Path) -> dict[str, int]:
        result = library.packets.build_packet(case.id, out, max_bytes=None)
        texts = page_texts(result.parts[0].path)
        section = "\n".join(texts[i] for i in index_pages(texts))
        found = {label: int(page) for label, page in CITE.findall(section)}
        for label, page in found.items():  # each cite's page holds its exhibit's quote
            stem = "declaration" if label == ("A" if "A" in found else "2") else "report"
            assert squash(quotes[stem]) in squash(texts[page - 1]), (label, page)
        return found

    assert set(cites(tmp_path / "convention.pdf")) == {"1", "A"}
    library.cases.set_exhibit_numbering(case.id, "sequential")
    assert [e.label for e in library.cases.exhibits(case.id)] == ["1", "2"]
    assert set(cites(tmp_path / "sequential.pdf")) == {"1", "2"}
    with pytest.raises(InvalidValue):
        library.cases.set_exhibit_numbering(case.id, "roman")
    library.close()

    folder = str(library.folder)
    assert cli(["--library", folder, "packet", "build", str(case.id), "--out",
                str(tmp_path / "cli.pdf"), "--numbering", "convention"]) == 0
    assert "Tab A" in capsys.readouterr().out
    reopened = Library.open(folder)
    try:
        assert reopened.cases.exhibit_numbering(case.id) == "convention"
    finally:
        reopened.close()
