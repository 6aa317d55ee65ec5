"""Where things live: portable mode beside a frozen executable, and the environment for
system programs started from a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from evidence_app.folder import paths


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "EvidenceLibrary"
    folder.mkdir()
    exe = folder / "EvidenceLibrary"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return folder


def test_installed_app_uses_the_user_data_folder(frozen_app: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.settings_dir() is None
    expected = Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR))
    assert paths.default_library_dir() == expected / "Library"


def test_portable_marker_keeps_everything_beside_the_executable(frozen_app: Path) -> None:
    (frozen_app / "portable").touch()
    data = frozen_app / "EvidenceLibraryData"
    assert paths.portable_dir() == data
    assert paths.data_dir() == data
    assert paths.default_library_dir() == data / "Library"
    assert paths.settings_dir() == data / "settings"


def test_portable_marker_is_ignored_when_running_from_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.portable_dir() is None
    assert paths.app_root() == Path(paths.__file__).resolve().parents[2]
    assert (paths.migrations_dir() / "0001_initial.sql").is_file()


def test_bundle_resources_come_from_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.app_root() == tmp_path
    assert paths.migrations_dir() == tmp_path / "db" / "migrations"


def test_system_programs_get_the_original_library_path(frozen_app: Path) -> None:
    env = paths.external_program_env(
        {"PATH": "/usr/bin", "LD_LIBRARY_PATH": str(frozen_app / "_internal"),
         "LD_LIBRARY_PATH_ORIG": "/opt/lib"}
    )
    assert env == {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/lib"}
    env = paths.external_program_env({"LD_LIBRARY_PATH": str(frozen_app / "_internal")})
    assert "LD_LIBRARY_PATH" not in env


def test_environment_untouched_when_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    base = {"LD_LIBRARY_PATH": "/x", "LD_LIBRARY_PATH_ORIG": "/y"}
    assert paths.external_program_env(base) == base
