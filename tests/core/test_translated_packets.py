"""Translations in packets, language detection, private notes (issue 16), read back with pypdf.

A foreign-language exhibit is followed by its English translation and a certificate naming
both by packet pages; without a translation there is no certificate and the build refuses
unless the user chooses "translation to follow"; excerpt notes print only when marked.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from evidence_app import ingest
from evidence_app.errors import TranslationMissing, UnsupportedFile
from evidence_app.ingest.language import guess_language
from evidence_app.library.facade import Library
from evidence_app.model.cases import PacketResult

SPANISH = (
    "En Honduras, las pandillas extorsionaron a los trabajadores del transporte y amenazaron "
    "a las familias que denunciaron los delitos; la policía rara vez investigó estas amenazas."
)
ENGLISH = (
    "In Honduras, gangs extorted transport workers and threatened the families who reported "
    "the crimes; the police rarely investigated these threats."
)


def texts_of(result: PacketResult) -> list[str]:
    texts: list[str] = []
    for part in result.parts:
        texts += [page.extract_text() or "" for page in pypdf.PdfReader(part.path).pages]
    return texts


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf(path: Path, pages: list[str]) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for text in pages:
        canvas.setFont("Helvetica", 11)
        y = 720
        for k in range(0, len(text), 80):
            canvas.drawString(60, y, text[k:k + 80])
            y -= 16
        canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def spanish_case(library: Library, tmp_path: Path) -> tuple[int, dict[str, int]]:
    """A Spanish PDF (whole exhibit) and a Spanish text (exhibit of two excerpts)."""
    original = pdf(tmp_path / "informe.pdf",
                   [f"Informe de derechos humanos, página {n}. {SPANISH}" for n in (1, 2, 3)])
    text = tmp_path / "sentencia.txt"
    text.write_text("\n\n".join(f"Párrafo {n}. {SPANISH}" for n in range(1, 6)), "utf-8")
    imported = library.import_files([original, text], workers=0)
    assert not imported.failed
    ids = {Path(s.original_name).stem: s.id for s in imported.imported}
    assert {s.language for s in imported.imported} == {"es"}
    case = library.cases.new_case(applicant_name="Respondent Secret-Name",
                            translator_name="Ana Traductora")
    label = library.catalog.page(ids["sentencia"], 1).label
    first = library.excerpts.add_excerpt_by_quote(
        ids["sentencia"], label, "las pandillas extorsionaron a los trabajadores del transporte",
        note="for brief only PRIVATE-NOTE", translation="gangs extorted transport workers")
    second_excerpt = library.excerpts.add_excerpt_by_quote(
        ids["sentencia"], label, "la policía rara vez investigó estas amenazas",
        note="asylum system depends on UNHCR", print_note=True)
    library.excerpts.edit_excerpt(
        second_excerpt.id, translation="the police rarely investigated these threats"
    )
    library.cases.add_exhibit(case.id, ids["informe"])
    library.cases.add_excerpts_exhibit(case.id, [first.id, second_excerpt.id])
    ids["first"], ids["second"] = first.id, second_excerpt.id
    return case.id, ids


def test_without_translation_the_build_refuses_and_says_why(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, _ = spanish_case
    assert [e.label for e in library.translations.missing_translations(case_id)] == ["1"]
    with pytest.raises(TranslationMissing) as caught:
        library.packets.build_packet(case_id, tmp_path / "refused.pdf")
    assert caught.value.labels == ("1",) and caught.value.languages == ("Spanish",)
    assert not (tmp_path / "refused.pdf").exists()
    result = library.packets.build_packet(
        case_id, tmp_path / "follow.pdf", translations_to_follow=True
    )
    texts = texts_of(result)
    whole = flat(" ".join(texts))
    index = flat(texts[1])
    assert "[Translation to follow]" in index and "Translation to follow: Tab 1." in index
    first = result.index[0]
    exhibit_one = flat(" ".join(texts[first.first_page - 1:first.last_page]))
    assert "CERTIFICATE OF TRANSLATION" not in exhibit_one
    assert "English translation to follow" in exhibit_one
    # Exhibit 2's quotes are all translated: it alone has a certificate.
    assert whole.count("CERTIFICATE OF TRANSLATION") == 1


def test_attached_translation_follows_the_original_and_the_certificate_names_both(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    english = pdf(tmp_path / "report_en.pdf", [f"English translation page {n}. {ENGLISH}"
                                               for n in (1, 2)])
    attached = library.translations.attach_translation(ids["informe"], english)
    assert attached.format == "pdf" and attached.page_count == 2
    assert (library.folder / attached.stored_file).is_file()
    assert attached.stored_file.startswith(f"files/{attached.sha256[:2]}/")
    result = library.packets.build_packet(case_id, tmp_path / "Packet.pdf", service=True)
    texts = texts_of(result)
    row = result.index[0]
    pages = texts[row.first_page - 1:row.last_page]
    # tab, head, 3 original pages, translation head, 2 translation pages, certificate
    assert len(pages) == 2 + 3 + 1 + 2 + 1
    assert "página 1" in pages[2] and "página 3" in pages[4]
    assert "Tab 1: English translation" in pages[5]
    assert "English translation page 1" in pages[6] and "English translation page 2" in pages[7]
    certificate = flat(pages[8])
    assert "CERTIFICATE OF TRANSLATION" in certificate and "Ana Traductora" in certificate
    original = f"packet pages {row.first_page}\u2013{row.first_page + 4}"
    translated = f"packet pages {row.first_page + 5}\u2013{row.first_page + 7}"
    assert "Tab 1" in certificate and original in certificate and translated in certificate
    assert f"English translation: pages {row.first_page + 5}\u2013{row.first_page + 7}" in flat(
        texts[1])
    assert "Translation to follow" not in flat(texts[1])


def test_excerpt_exhibit_shows_each_translation_and_notes_only_when_marked(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    english = tmp_path / "informe_en.txt"
    english.write_text(ENGLISH + "\n\n" + ENGLISH, encoding="utf-8")
    library.translations.attach_translation(ids["informe"], english)
    result = library.packets.build_packet(case_id, tmp_path / "Packet.pdf")
    texts = texts_of(result)
    whole = flat(" ".join(texts))
    row = result.index[1]
    head = flat(texts[row.first_page])  # after the tab page
    quote_one = head.index("las pandillas extorsionaron")
    translated = head.index("English translation: \u201cgangs extorted transport workers\u201d")
    assert translated > quote_one
    assert "\u201cthe police rarely investigated these threats\u201d" in head
    # Notes are private: the unmarked one is nowhere, the marked one is printed.
    assert "PRIVATE-NOTE" not in whole and "for brief" not in whole
    assert "asylum system depends on UNHCR" in head
    certificate = flat(texts[row.last_page - 1])
    assert "CERTIFICATE OF TRANSLATION" in certificate
    assert "passages quoted" in certificate
    assert f"packet page {row.first_page + 1}" in certificate  # the head page with the English
    # The laid-out text translation follows exhibit 1's original.
    first = result.index[0]
    assert "Tab 1: English translation" in texts[first.last_page - 2]
    assert "In Honduras, gangs extorted" in texts[first.last_page - 2]


def test_a_partly_translated_excerpt_exhibit_is_still_missing(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    library.excerpts.edit_excerpt(ids["second"], translation="")
    assert [e.label for e in library.translations.missing_translations(case_id)] == ["1", "2"]


def test_translation_files_are_checked_replaced_and_removed(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    _, ids = spanish_case
    with pytest.raises(UnsupportedFile):
        library.translations.attach_translation(ids["informe"], tmp_path / "missing.pdf")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + ENGLISH * 3 + "</p></body></html>", "utf-8")
    with pytest.raises(UnsupportedFile, match="PDF, DOCX or text"):
        library.translations.attach_translation(ids["informe"], page)
    assert library.translations.translation(ids["informe"]) is None
    first = tmp_path / "one.txt"
    first.write_text(ENGLISH, "utf-8")
    second = tmp_path / "two.txt"
    second.write_text(ENGLISH + " Second version.", "utf-8")
    old = library.translations.attach_translation(ids["informe"], first)
    new = library.translations.attach_translation(ids["informe"], second)
    assert not (library.folder / old.stored_file).exists()
    assert (library.folder / new.stored_file).is_file()
    assert library.translations.translations() == {ids["informe"]: new}
    report = library.check()
    assert not [p for p in report.problems if p.kind == "unreferenced_file"]
    library.translations.remove_translation(ids["informe"])
    assert library.translations.translation(ids["informe"]) is None
    assert not (library.folder / new.stored_file).exists()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("这份报告记录了警察在首都逮捕记者和人权捍卫者的情况，以及被驱逐者在边境遭到拘留。", "zh"),
        ("يوثق هذا التقرير اعتقال الشرطة للصحفيين والمدافعين عن حقوق الإنسان في العاصمة.", "ar"),
        ("이 보고서는 경찰이 수도에서 기자와 인권 옹호자를 체포한 사례를 기록합니다.", "ko"),
        ("Ce rapport décrit l'arrestation de journalistes et de défenseurs des droits humains "
         "par la police dans la capitale, et la détention des personnes expulsées.", "fr"),
        (SPANISH, "es"),
        (ENGLISH + " " + ENGLISH, "en"),
        ("Этот доклад описывает аресты журналистов и правозащитников полицией в столице.", "ru"),
    ],
)
def test_language_of_short_texts(text: str, code: str) -> None:
    assert guess_language(text) == code


def test_language_keeps_the_hint_when_there_is_nothing_to_read() -> None:
    assert guess_language("12 34 56", hint="fr-FR") == "fr"
    assert guess_language("") == ""


@pytest.mark.parametrize(
    ("name", "code"),
    [("pdf/chinese_text.pdf", "zh"), ("pdf/korean_text.pdf", "ko"),
     ("pdf/arabic_habibi.pdf", "ar"), ("pdf/iacthr_el_amparo_v_venezuela_1997_es.pdf", "es")],
)
def test_language_of_corpus_files(corpus: Path, name: str, code: str) -> None:
    if not (corpus / name).is_file():
        pytest.skip(f"{name} not in the corpus")
    assert ingest.extract(corpus / name).language == code


def test_imported_non_english_sources_are_caught_by_the_translation_check(
    library: Library, tmp_path: Path
) -> None:
    files = {
        "zh": "这份报告记录了警察在首都逮捕记者和人权捍卫者的情况。" * 5,
        "ar": "يوثق هذا التقرير اعتقال الشرطة للصحفيين والمدافعين عن حقوق الإنسان. " * 5,
        "ko": "이 보고서는 경찰이 수도에서 기자와 인권 옹호자를 체포한 사례를 기록합니다. " * 5,
        "fr": "Ce rapport décrit l'arrestation de journalistes par la police dans la capitale. "
              * 5,
    }
    paths = []
    for code, text in files.items():
        path = tmp_path / f"{code}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    imported = library.import_files(paths, workers=0)
    languages = {Path(s.original_name).stem: s.language for s in imported.imported}
    assert languages == {code: code for code in files}
    case = library.cases.new_case()
    for source in imported.imported:
        library.cases.add_exhibit(case.id, source.id)
    assert len(library.translations.missing_translations(case.id)) == 4
    # A source imported before detection knew its script is caught from its text.
    library.catalog.edit_source(imported.imported[0].id, language="")
    assert len(library.translations.missing_translations(case.id)) == 4


@pytest.mark.slow  # packets built through the CLI
def test_cli_translation_and_excerpt_edit(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    folder = str(library.folder)
    library.close()
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, "utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "evidence_app.cli.main", "--library", folder,
                               *args], capture_output=True, text=True, timeout=120)

    refused = cli("packet", "build", str(case_id), "--out", str(tmp_path / "p.pdf"),
                  "--allow-blank-cover")
    assert refused.returncode == 2
    assert "Tab 1 (Spanish)" in refused.stderr and "--translations-to-follow" in refused.stderr
    assert not (tmp_path / "p.pdf").exists()
    follow = cli("packet", "build", str(case_id), "--out", str(tmp_path / "p.pdf"),
                 "--translations-to-follow", "--allow-blank-cover")
    assert follow.returncode == 0, follow.stderr
    assert "translation to follow: Tab 1" in follow.stderr
    added = cli("translation", "add", str(ids["informe"]), str(english))
    assert added.returncode == 0 and "attached" in added.stdout
    edited = cli("excerpt", "edit", str(ids["first"]), "--translation", "gangs extorted",
                 "--no-print-note")
    assert edited.returncode == 0 and "English: \u201cgangs extorted\u201d" in edited.stdout
    built = cli("packet", "build", str(case_id), "--out", str(tmp_path / "q.pdf"),
                "--allow-blank-cover")
    assert built.returncode == 0, built.stderr
    removed = cli("translation", "remove", str(ids["informe"]))
    assert removed.returncode == 0
    again = cli("translation", "remove", str(ids["informe"]))
    assert again.returncode == 2 and "no translation attached" in again.stderr


def test_evidence_summary_shows_each_translation_under_its_quote(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    library.packets.build_packet(case_id, tmp_path / "Packet.pdf", translations_to_follow=True)
    summary = library.packets.evidence_summary(case_id, tmp_path / "summary.pdf")
    by_id = {row.excerpt_id: row for row in summary.rows}
    assert by_id[ids["first"]].translation == "gangs extorted transport workers"
    text = flat(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(summary.path).pages))
    assert text.index("English: \u201cgangs extorted transport workers\u201d") > text.index(
        "las pandillas extorsionaron")
    assert "PRIVATE-NOTE" not in text
    csv_path = library.packets.evidence_summary(case_id, tmp_path / "summary.csv").path
    table = Path(csv_path).read_text(encoding="utf-8-sig")
    assert "English translation" in table.splitlines()[0]
    assert "the police rarely investigated these threats" in table


def test_excerpt_translations_travel_in_bundles(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    _, ids = spanish_case
    out = tmp_path / "shared.evbundle"
    library.bundles.export_bundle(out)
    other = Library.open(tmp_path / "other")
    try:
        other.bundles.import_bundle(out)
        translations = {e.quote: e.translation for e in other.excerpts.excerpts()}
        assert translations["las pandillas extorsionaron a los trabajadores del transporte"] == (
            "gangs extorted transport workers")
    finally:
        other.close()


def test_a_translation_of_a_source_of_unknown_language_is_certified_and_english_skips_it(
    library: Library, spanish_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = spanish_case
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    library.translations.attach_translation(ids["informe"], english)
    library.catalog.edit_source(ids["informe"], language="")
    # the plan guesses Spanish again from the text; with a scan nothing could be guessed
    result = library.packets.build_packet(case_id, tmp_path / "a.pdf")
    texts = texts_of(result)
    row = result.index[0]
    assert "CERTIFICATE OF TRANSLATION" in texts[row.last_page - 1]
    library.catalog.edit_source(ids["informe"], language="en")
    result = library.packets.build_packet(case_id, tmp_path / "b.pdf")
    row = result.index[0]
    exhibit = flat(" ".join(texts_of(result)[row.first_page - 1:row.last_page]))
    assert "English translation" not in exhibit and "CERTIFICATE OF TRANSLATION" not in exhibit
