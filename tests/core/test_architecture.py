"""House rules a machine can check."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import evidence_app

REPO = Path(__file__).resolve().parents[2]


def test_core_does_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, evidence_app\n"
        "for m in pkgutil.walk_packages(evidence_app.__path__, 'evidence_app.'):\n"
        "    if m.name.startswith('evidence_app.ui') or m.name == 'evidence_app.app':\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "assert 'PySide6' not in sys.modules, [k for k in sys.modules if 'PySide6' in k]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_every_core_module_imports() -> None:
    names = [
        m.name
        for m in pkgutil.walk_packages(evidence_app.__path__, "evidence_app.")
        if not m.name.startswith("evidence_app.ui") and m.name != "evidence_app.app"
    ]
    assert "evidence_app.library.facade" in names
    for name in names:
        importlib.import_module(name)


def test_schema_sql_is_current(tmp_path: Path) -> None:
    from evidence_app.store import Store, schema_sql

    store = Store.open(tmp_path / "x.sqlite3")
    try:
        current = schema_sql(store.db)
    finally:
        store.close()
    recorded = (REPO / "db" / "schema.sql").read_text(encoding="utf-8")
    assert current == recorded, "db/schema.sql is stale: regenerate it with store.schema_sql"


def test_migrations_are_numbered_in_order() -> None:
    from evidence_app.store.connection import migration_files

    numbers = [int(p.name[:4]) for p in migration_files()]
    assert numbers == list(range(1, len(numbers) + 1))
