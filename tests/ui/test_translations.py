"""Spanish ships complete: every string the GUI shows has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "evidence_es.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    out = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(message.findtext("source") or "")
    return out


def test_spanish_ts_is_complete_and_current(tmp_path: Path) -> None:
    copy = tmp_path / "evidence_es.ts"
    shutil.copy(TS, copy)
    sources = sorted(
        str(p) for p in sorted((REPO / "evidence_app" / "ui").rglob("*.py"))
    )
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources,
         str(REPO / "evidence_app" / "app.py"), "-ts", str(copy)],
        check=True, capture_output=True,
    )
    missing = _unfinished(copy)
    assert not missing, f"untranslated (run packaging/update-translations.sh): {missing[:10]}"


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    out = tmp_path / "es.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (REPO / "resources" / "i18n" / "evidence_es.qm").read_bytes()


EN_TS = REPO / "resources" / "i18n" / "evidence_en.ts"


def test_english_plural_forms_are_complete_and_current(tmp_path: Path) -> None:
    copy = tmp_path / "evidence_en.ts"
    shutil.copy(EN_TS, copy)
    sources = sorted(
        str(p) for p in sorted((REPO / "evidence_app" / "ui").rglob("*.py"))
    )
    subprocess.run(
        [_tool("pyside6-lupdate"), "-pluralonly", "-no-obsolete", *sources,
         str(REPO / "evidence_app" / "app.py"), "-ts", str(copy)],
        check=True, capture_output=True,
    )
    missing = _unfinished(copy)
    assert not missing, f"plural forms missing (run packaging/update-translations.sh): {missing}"
    out = tmp_path / "en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(EN_TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (REPO / "resources" / "i18n" / "evidence_en.qm").read_bytes()


def test_english_says_1_exhibit_not_1_exhibits(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from evidence_app.ui.i18n import install_translators

    assert install_translators(QCoreApplication.instance(), "en") == "en"  # type: ignore[arg-type]
    try:
        def tr(context: str, text: str, n: int) -> str:
            return QCoreApplication.translate(context, text, None, n)

        assert tr("ExportDialog", "The packet has %n pages in one file.", 1) == (
            "The packet has 1 page in one file.")
        assert tr("ExportDialog", "The packet has %n pages in one file.", 3) == (
            "The packet has 3 pages in one file.")
        assert tr("ExportDialog", "“%1” for %2: %n exhibits.", 1) == "“%1” for %2: 1 exhibit."
    finally:
        install_translators(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
