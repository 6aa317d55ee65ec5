"""Names in Chinese, Korean and Arabic on a packet's cover: drawn with a font that has
them, Arabic joined and right to left, and read back by pdftotext as they were stored."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from evidence_app.library.facade import Library
from evidence_app.packet.fonts import fontset, markup, visual

CHINESE = "李明"
KOREAN = "김민준"
ARABIC = "محمد عبد الله"


def has_bidi() -> bool:
    try:
        import arabic_reshaper  # noqa: F401
        import bidi  # noqa: F401
    except ImportError:
        return False
    return True


def test_arabic_is_joined_and_put_in_display_order() -> None:
    if not has_bidi():
        pytest.skip("python-bidi / arabic-reshaper not installed")
    shown = visual(ARABIC)
    assert shown != ARABIC
    # joined letters are presentation forms, and the last word is drawn first (leftmost)
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shown if not c.isspace())
    assert visual("Núñez, A 123") == "Núñez, A 123"


def test_cjk_falls_back_to_a_font_that_has_it() -> None:
    fs = fontset()
    if fs.font_for(CHINESE[0]) is None:
        pytest.skip("no CJK font on this machine (apt-get install fonts-wqy-microhei)")
    assert fs.font_for(KOREAN[0]) is not None
    assert f'<font name="{fs.font_for(CHINESE[0])}">{CHINESE}</font>' in markup(f"Li {CHINESE}")


def test_names_in_other_scripts_print_and_read_back_as_stored(
    library: Library, tmp_path: Path
) -> None:
    if fontset().font_for(CHINESE[0]) is None or not has_bidi():
        pytest.skip("needs a CJK font and python-bidi / arabic-reshaper")
    path = tmp_path / "r.txt"
    path.write_text("A report on Honduras.\n\nSecond paragraph.")
    source = library.import_files([path], workers=0).imported[0]
    case = library.cases.new_case(applicant_name=f"{CHINESE} {KOREAN} {ARABIC}", countries=["HN"])
    library.cases.add_exhibit(case.id, source.id)
    result = library.packets.build_packet(case.id, tmp_path / "p.pdf")
    packet = result.parts[0].path
    cover = pypdf.PdfReader(packet).pages[0]
    fonts = cover["/Resources"].get_object()["/Font"].get_object()
    for ref in fonts.values():
        descriptor = ref.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # every font embedded
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", packet, "-"],
                              capture_output=True, text=True, check=True).stdout
        assert CHINESE in text and KOREAN in text
        assert ARABIC in text  # logical order, plain letters: searchable as stored
        assert "\ufeaa" not in text  # no presentation forms leak into extracted text


def test_without_a_cjk_font_text_falls_back_without_failing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evidence_app.packet import fonts

    monkeypatch.setattr(fonts, "_LAZY_FILES", ())
    monkeypatch.setattr(fonts, "_fc_match", lambda pattern: None)
    monkeypatch.setattr(fonts, "_FALLBACK_FILES", ())
    found = fonts._discover()
    assert found.font_for(CHINESE[0]) is None
    monkeypatch.setattr(fonts, "_fontset", found)
    assert fonts.markup(f"Li {CHINESE}") == f"Li {CHINESE}"  # base font; no error
    assert fonts.script_runs(CHINESE) == [(CHINESE, found.regular)]


def test_without_bidi_packages_text_is_left_as_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_bidi(name: str, *args: object, **kwargs: object) -> object:
        if name in ("bidi", "arabic_reshaper"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_bidi)
    assert visual(ARABIC) == ARABIC
