from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="PySide6 not installed", exc_type=ImportError)

from evidence_app.library.facade import Library  # noqa: E402
from evidence_app.ui import tasks  # noqa: E402

SAMPLE = (
    "Honduras 2024 report\n\n"
    "Gangs such as MS-13 extorted bus drivers and small business owners in San Pedro Sula.\n\n"
    "Returned deportees faced threats from gangs after arriving at the airport.\n\n"
    "The police were accused of extrajudicial killings."
)


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background jobs run at once on the calling thread, so tests need no waiting."""
    previous = tasks.use(tasks.SynchronousRunner())
    try:
        yield
    finally:
        tasks.use(previous)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and the data folder go to tmp, never the developer's real ones."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )


@pytest.fixture
def ui_library(tmp_path: Path) -> Iterator[Library]:
    """A small library with one tagged English source."""
    lib = Library.open(tmp_path / "lib")
    sample = tmp_path / "honduras_2024.txt"
    sample.write_text(SAMPLE, encoding="utf-8")
    report = lib.import_files([sample], workers=0)
    lib.catalog.tag(report.imported[0].id, countries=["HN"])
    try:
        yield lib
    finally:
        lib.close()
