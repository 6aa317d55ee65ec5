"""Court packets read back with pypdf (and pdfium for what lies under a highlight).

Checked on every packet built here: page count, "Page X of Y" on every page, Letter
size, index rows landing on their tab pages, bookmarks, each quote on the packet page
the index gives, a highlight annotation over each quote, metadata holding the title only,
and `qpdf --check` when qpdf is installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from evidence_app.library.facade import Library
from evidence_app.model import Excerpt
from evidence_app.model.cases import PacketResult
from evidence_app.packet.fonts import fontset

CYRILLIC = "Иван Петрович Сидоров"
DEVANAGARI = "राम शर्मा"
A_NUMBER = "A 123-456-789"


# ---------------------------------------------------------------- reading packets back
def squash(text: str) -> str:
    """Visible characters only, case-folded: layout and line breaks do not matter."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\ufffe\u00ad").casefold()


def all_pages(result: PacketResult) -> list[pypdf.PageObject]:
    pages: list[pypdf.PageObject] = []
    for part in result.parts:
        pages += pypdf.PdfReader(part.path).pages
    return pages


def highlighted_text(result: PacketResult) -> dict[int, list[str]]:
    """packet page -> the text under each highlight annotation on it."""
    found: dict[int, list[str]] = {}
    for part in result.parts:
        reader = pypdf.PdfReader(part.path)
        document = pdfium.PdfDocument(part.path)
        for index, page in enumerate(reader.pages):
            for ref in page.get("/Annots") or []:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/Highlight":
                    continue
                quads = [float(v) for v in annot["/QuadPoints"]]
                textpage = document[index].get_textpage()
                texts = []
                for k in range(0, len(quads), 8):
                    xs, ys = quads[k:k + 8:2], quads[k + 1:k + 8:2]
                    texts.append(textpage.get_text_bounded(min(xs), min(ys), max(xs), max(ys)))
                found.setdefault(part.first_page + index, []).append(" ".join(texts))
        document.close()
    return found


def outline(result: PacketResult) -> list[tuple[str, int]]:
    """(title, packet page) of every bookmark, over all parts."""
    marks = []
    for part in result.parts:
        reader = pypdf.PdfReader(part.path)
        for item in reader.outline:
            assert not isinstance(item, list)
            index = reader.get_destination_page_number(item)
            assert index is not None
            marks.append((str(item.title), part.first_page + index))
    return marks


def check_packet(
    result: PacketResult, excerpts: list[Excerpt], private: tuple[str, ...]
) -> list[str]:
    """The checks every packet must pass; returns the page texts."""
    pages = all_pages(result)
    total = result.total_pages
    assert len(pages) == total == result.parts[-1].last_page
    texts = [page.extract_text() or "" for page in pages]
    for number, (page, text) in enumerate(zip(pages, texts, strict=True), start=1):
        assert f"Page {number} of {total}" in text, number
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612,
                                                                                             792)
    for row in result.index:
        assert f"TAB {row.label}" in texts[row.first_page - 1], row
        assert f"Tab {row.label}" in texts[row.first_page], row  # the head page follows
        pieces = row.pieces or ((row.part, row.first_page, row.last_page),)
        assert (pieces[0][1], pieces[-1][2]) == (row.first_page, row.last_page), row
        for number, first, last in pieces:  # an exhibit cut between parts: each piece
            part = result.parts[number - 1]
            assert part.first_page <= first <= last <= part.last_page, row
    index_text = squash(" ".join(texts[1:3]))
    for row in result.index:
        assert squash(f"{row.pages}") in index_text
    tabs = [(title, page) for title, page in outline(result) if title.startswith("Tab ")]
    assert tabs == [(f"Tab {r.label}: {t.split(': ', 1)[1]}", r.first_page)
                    for r, (t, _) in zip(result.index, tabs, strict=True)]
    highlights = highlighted_text(result)
    for excerpt in excerpts:
        at = result.excerpt_pages[excerpt.id]
        quote = squash(excerpt.quote)
        here = squash(texts[at - 1] + texts[at] if at < total else texts[at - 1])
        assert quote[:40] in here, (excerpt.id, at)
        under = squash(" ".join(highlights.get(at, []) + highlights.get(at + 1, [])))
        assert quote[:60] in under, (excerpt.id, at)
    for part in result.parts:
        meta: dict[str, object] = dict(pypdf.PdfReader(part.path).metadata or {})
        assert meta.get("/Title")
        for value in meta.values():
            for secret in private:
                assert secret not in str(value)
    if shutil.which("qpdf"):
        for part in result.parts:
            check = subprocess.run(["qpdf", "--check", part.path], capture_output=True,
                                   text=True)
            assert check.returncode == 0, check.stdout + check.stderr
    return texts


# ---------------------------------------------------------------- small packets
def write(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def report(country: str, year: int, n: int = 24) -> list[str]:
    return [f"{year} Human Rights Report: {country}"] + [
        f"Section {i}. In {country}, gangs extorted transport workers and threatened families "
        f"who reported crimes in district {i}; the police rarely investigated these threats. "
        * 4
        for i in range(1, n)
    ]


def rotated_pdf(folder: Path) -> Path:
    """An A4 page turned 90 degrees: tests that highlights follow the fit to Letter."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 700, "Deportees returned to the border were detained without counsel.")
    canvas.drawString(72, 680, "A second line that nobody cites.")
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[0]).rotate(90)
    path = folder / "rotated.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


@pytest.fixture
def small_case(library: Library, tmp_path: Path) -> tuple[int, list[Excerpt]]:
    paths = [write(tmp_path, f"{c}.txt", report(c, 2024)) for c in ("Honduras", "Guatemala")]
    paths.append(rotated_pdf(tmp_path))
    imported = library.import_files(paths, workers=0)
    assert not imported.failed, imported.failed
    ids = {Path(s.original_name).stem: s.id for s in imported.imported}
    case = library.cases.new_case(
        applicant_name=f"{CYRILLIC} {DEVANAGARI}", a_number=A_NUMBER, countries=["HN", "GT"],
        court_location="Houston, TX", judge="Hon. Q", hearing_date="2026-12-01",
        service_on="DHS/ICE OPLA", service_method="ECAS", service_date="2026-11-20",
    )
    excerpts = []
    for key, page_no, quote in (
        ("Honduras", 2, "gangs extorted transport workers and threatened families"),
        ("Honduras", 3, "the police rarely investigated these threats"),
        ("Guatemala", 1, "2024 Human Rights Report: Guatemala"),
        ("rotated", 1, "Deportees returned to the border were detained without counsel."),
    ):
        label = library.catalog.page(ids[key], page_no).label
        excerpts.append(library.excerpts.add_excerpt_by_quote(ids[key], label, quote))
    library.cases.add_exhibit(case.id, ids["Honduras"])
    library.cases.add_excerpts_exhibit(case.id, [e.id for e in excerpts])
    return case.id, excerpts


def test_small_packet(library: Library, small_case: tuple[int, list[Excerpt]],
                      tmp_path: Path) -> None:
    case_id, excerpts = small_case
    result = library.packets.build_packet(case_id, tmp_path / "out" / "Packet.pdf", service=True)
    assert [p.path for p in result.parts] == [str(tmp_path / "out" / "Packet.pdf")]
    assert [r.label for r in result.index] == ["1", "2", "3"]
    assert result.highlights == len(excerpts)
    texts = check_packet(result, excerpts, (CYRILLIC, DEVANAGARI, "123456789", A_NUMBER))
    assert "CERTIFICATE OF SERVICE" in texts[-1]
    assert "CERTIFICATE OF TRANSLATION" not in "".join(texts)
    marks = [title for title, _ in outline(result)]
    assert marks[:2] == ["Cover", "Index of Exhibits"] and marks[-1] == "Certificate of Service"


def test_cover_names_in_other_scripts_are_embedded_and_searchable(
    library: Library, small_case: tuple[int, list[Excerpt]], tmp_path: Path
) -> None:
    case_id, _ = small_case
    result = library.packets.build_packet(case_id, tmp_path / "p.pdf")
    cover = pypdf.PdfReader(result.parts[0].path).pages[0]
    text = cover.extract_text()
    assert CYRILLIC in text
    assert "A 123-456-789" in text
    resources = cover["/Resources"].get_object()
    assert isinstance(resources, pypdf.generic.DictionaryObject)
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, pypdf.generic.DictionaryObject)
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    if fontset().font_for(DEVANAGARI[0]) is None:
        pytest.skip("no Devanagari font on this machine")
    assert DEVANAGARI in text
    assert any("Devanagari" in name or "Free" in name for name in names), names


def test_size_limit_splits_at_exhibit_boundaries(
    library: Library, small_case: tuple[int, list[Excerpt]], tmp_path: Path
) -> None:
    case_id, excerpts = small_case
    whole = library.packets.build_packet(case_id, tmp_path / "whole.pdf", max_bytes=None)
    limit = int(whole.parts[0].size * 0.7)
    result = library.packets.build_packet(
        case_id, tmp_path / "Split.pdf", max_bytes=limit, service=True
    )
    assert len(result.parts) >= 2
    assert [Path(p.path).name for p in result.parts] == [
        f"Split_Part{i}.pdf" for i in range(1, len(result.parts) + 1)
    ]
    assert not result.warnings
    for part in result.parts:
        assert part.size <= limit and Path(part.path).stat().st_size == part.size
    assert result.total_pages == whole.total_pages + 1  # the certificate of service
    texts = check_packet(result, excerpts, (CYRILLIC, A_NUMBER))
    assert "Filed in" in texts[1] and "Part" in texts[1]
    parts = [r.part for r in result.index]
    # the certificate of service may go to a last part of its own
    assert parts == sorted(parts) and parts[-1] >= len(result.parts) - 1
    for previous, part in zip(result.parts, result.parts[1:], strict=False):
        assert part.first_page == previous.last_page + 1  # numbering never restarts


def test_cancel_writes_nothing(
    library: Library, small_case: tuple[int, list[Excerpt]], tmp_path: Path
) -> None:
    import threading

    cancel = threading.Event()
    cancel.set()
    result = library.packets.build_packet(small_case[0], tmp_path / "c.pdf", cancel=cancel)
    assert result.cancelled and not result.parts
    assert not (tmp_path / "c.pdf").exists()


def test_without_unicode_fonts_layout_falls_back_to_helvetica(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evidence_app.packet import fonts

    monkeypatch.setattr(fonts, "_find_base", lambda: None)
    found = fonts._discover()
    assert (found.regular, found.embedded) == ("Helvetica", False)
    assert found.font_for("Ж") is None


def test_markup_switches_font_only_for_other_scripts() -> None:
    from evidence_app.packet.fonts import markup

    assert markup("Núñez & <Co>") == "Núñez &amp; &lt;Co&gt;"
    mixed = markup(f"Ram {DEVANAGARI}")
    if fontset().font_for(DEVANAGARI[0]) is None:
        pytest.skip("no Devanagari font on this machine")
    assert mixed.startswith("Ram ") and '<font name="' in mixed and DEVANAGARI[0] in mixed


# ---------------------------------------------------------------- the corpus case
SENTENCE = re.compile(r"[A-ZÁÉÍÓÚÑ][^.\n]{40,220}\.")


def sentence_excerpt(library: Library, source_id: int, page_no: int, nth: int = 0) -> Excerpt:
    """An excerpt of the nth plain sentence on a page (no line breaks inside)."""
    text = library.catalog.page(source_id, page_no).text
    matches = list(SENTENCE.finditer(text))
    match = matches[min(nth, len(matches) - 1)]
    return library.excerpts.add_excerpt(source_id, page_no, match.start(), match.end())


@pytest.fixture(scope="module")
def corpus_packet(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Library, PacketResult, list[Excerpt], dict[str, int]]]:
    names = {
        "hn": "html/statedept_hrr_2024_honduras.html",
        "gt": "html/statedept_hrr_2024_guatemala.html",
        "ug": "html/statedept_hrr_2024_uganda.html",
        "es": "pdf/iacthr_el_amparo_v_venezuela_1997_es.pdf",
        "un": "pdf/un_general_assembly_A_INF_76_1.pdf",
        "gt22": "html/statedept_hrr_2022_guatemala.html",
        "sv": "text/statedept_hrr_2021_el_salvador.txt",
        "fr": "pdf/us_federal_register_page.pdf",
    }
    missing = [p for p in names.values() if not (corpus / p).is_file()]
    if missing:
        pytest.skip(f"corpus files missing: {missing}")
    folder = tmp_path_factory.mktemp("packet")
    library = Library.open(folder / "lib")
    imported = library.import_files([corpus / p for p in names.values()], workers=0)
    assert not imported.failed, imported.failed
    by_file = {s.original_name: s.id for s in imported.imported}
    ids = {key: by_file[Path(path).name] for key, path in names.items()}
    case = library.cases.new_case(
        applicant_name=f"María José Núñez {CYRILLIC}",
        a_number="A 12345678",
        countries=["HN", "GT", "UG"],
        translator_name="Ana Traductora",
        court_location="Arlington, VA",
        judge="Hon. Jane Roe",
        service_on="DHS/ICE OPLA",
        service_method="ECAS",
        service_date="2026-11-20",
    )
    excerpts = [
        sentence_excerpt(library, ids["hn"], 2), sentence_excerpt(library, ids["hn"], 3, 1),
        sentence_excerpt(library, ids["gt"], 2), sentence_excerpt(library, ids["gt"], 4),
        sentence_excerpt(library, ids["ug"], 1, 2), sentence_excerpt(library, ids["ug"], 3),
        sentence_excerpt(library, ids["es"], 2), sentence_excerpt(library, ids["es"], 5),
        sentence_excerpt(library, ids["un"], 1), sentence_excerpt(library, ids["gt22"], 2),
        sentence_excerpt(library, ids["sv"], 2), sentence_excerpt(library, ids["sv"], 4),
    ]
    english = folder / "el_amparo_english.txt"
    english.write_text("The Inter-American Court of Human Rights, El Amparo v. Venezuela, "
                       "interpretation of the judgment (English translation).", encoding="utf-8")
    library.translations.attach_translation(ids["es"], english)
    library.cases.add_exhibit(case.id, ids["hn"])
    library.cases.add_exhibit(case.id, ids["es"], pages="1-2,5")
    library.cases.add_exhibit(case.id, ids["gt22"], pages="1-2")
    library.cases.add_excerpts_exhibit(case.id, [e.id for e in excerpts])
    library.cases.add_exhibit(case.id, ids["fr"], lettered=True)
    result = library.packets.build_packet(case.id, folder / "out" / "Packet.pdf", service=True)
    try:
        yield library, result, excerpts, ids
    finally:
        library.close()


def test_corpus_packet_is_court_ready(
    corpus_packet: tuple[Library, PacketResult, list[Excerpt], dict[str, int]],
) -> None:
    library, result, excerpts, ids = corpus_packet
    assert len(result.index) == 8
    assert [r.label for r in result.index] == ["1", "2", "3", "4", "5", "6", "7", "A"]
    assert len(excerpts) == 12 and result.highlights >= 12
    texts = check_packet(result, excerpts, ("Núñez", CYRILLIC, "12345678", "012-345-678"))
    spanish = next(r for r in result.index if r.label == "2")
    assert "CERTIFICATE OF TRANSLATION" in texts[spanish.last_page - 1]
    assert "Spanish" in texts[spanish.last_page - 1]
    assert sum("CERTIFICATE OF TRANSLATION" in t for t in texts) == 1
    assert "CERTIFICATE OF SERVICE" in texts[-1]
    # Exhibit 2 holds the chosen PDF pages 1-2 and 5, scaled to Letter, after tab and head,
    # then its English translation (one page) and the certificate.
    assert spanish.last_page - spanish.first_page + 1 == 2 + 3 + 1 + 1
    assert "English translation" in texts[spanish.last_page - 2]
    index = squash(texts[1] + texts[2])
    assert squash("U.S. Dep't of State, 2024 Country Reports on Human Rights Practices") in index
    assert squash("(packet p.") in index


def test_corpus_summary_and_citations(
    corpus_packet: tuple[Library, PacketResult, list[Excerpt], dict[str, int]],
    tmp_path: Path,
) -> None:
    library, result, excerpts, _ = corpus_packet
    case_id = library.cases.cases()[0].id
    summary = library.packets.evidence_summary(case_id, tmp_path / "summary.pdf")
    assert summary.packet_pages == "last_build"
    assert {r.excerpt_id for r in summary.rows} == {e.id for e in excerpts}
    for row in summary.rows:
        assert row.packet_page == result.excerpt_pages[row.excerpt_id]
    text = library.cases.citations(case_id, "text")
    assert text.count("\n") == 7 and "Tab A." in text


def test_a_page_over_the_size_limit_stops_the_build(
    library: Library, small_case: tuple[int, list[Excerpt]], tmp_path: Path
) -> None:
    from evidence_app.errors import PacketPageTooLarge

    case_id, _ = small_case
    with pytest.raises(PacketPageTooLarge) as caught:
        library.packets.build_packet(case_id, tmp_path / "Tiny.pdf", max_bytes=20_000)
    assert caught.value.page >= 1 and caught.value.size > caught.value.limit == 20_000
    assert not (tmp_path / "Tiny.pdf").exists() and not (tmp_path / "Tiny_Part1.pdf").exists()
