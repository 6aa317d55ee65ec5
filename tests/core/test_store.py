from __future__ import annotations

import ast
import inspect
import sqlite3
from pathlib import Path

import pytest

from evidence_app.errors import LibraryTooNew, NotFound
from evidence_app.model import Country, RiskType
from evidence_app.store import Store
from evidence_app.store.connection import MIGRATION_SET, split_statements


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "lib.sqlite3", tmp_path / "backups")
    s.taxonomy.sync_taxonomy(
        [Country("HN", "Honduras", "Honduras", "aca_active"), Country("GT", "Guatemala", "")],
        [RiskType("gangs", "Gang violence", "Violencia de pandillas", keywords=("gang",))],
    )
    return s


def test_migrations_recorded(store: Store) -> None:
    rows = list(store.db.query("SELECT migration_set, name FROM _sqlite_migrations"))
    assert {"migration_set": MIGRATION_SET, "name": "0001_initial"} in rows
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_library_is_refused(tmp_path: Path, store: Store) -> None:
    store.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_future", "2030"],
    )
    store.close()
    with pytest.raises(LibraryTooNew):
        Store.open(tmp_path / "lib.sqlite3")


def test_statement_splitter_keeps_triggers_whole() -> None:
    script = (
        "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;\n-- end\n"
    )
    assert len(split_statements(script)) == 2


def test_insert_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        # Duplicate page numbers make the page insert fail: nothing of the source may remain.
        store.sources.insert_source({"sha256": "a" * 64}, [(1, "1", "x"), (1, "1", "y")])
    assert store.sources.count_sources() == 0
    assert store.sources.count_pages() == 0
    assert store.index_log.generation() == 0


def test_generation_log_drives_catch_up(store: Store) -> None:
    a = store.sources.insert_source({"sha256": "a" * 64, "title": "A"}, [(1, "1", "alpha")], ["HN"])
    b = store.sources.insert_source({"sha256": "b" * 64, "title": "B"}, [(1, "i", "beta")])
    assert store.index_log.changes_since(0) == ({a, b}, set())
    gen = store.index_log.generation()
    store.sources.delete_source(a)
    store.sources.update_source(b, {"title": "B2"})
    assert store.index_log.changes_since(gen) == ({b}, {a})
    store.index_log.trim_index_log(store.index_log.generation())
    assert store.index_log.changes_since(store.index_log.generation()) == (set(), set())


def test_tags_and_pages(store: Store) -> None:
    sid = store.sources.insert_source(
        {"sha256": "c" * 64, "title": "C"}, [(1, "ii", "one"), (2, "iii", "two")], ["HN"], ["gangs"]
    )
    store.tags.change_source_tags(sid, add_countries=["GT"], remove_countries=["HN"])
    source = store.sources.get_source(sid)
    assert source.countries == ("GT",)
    assert source.risks == ("gangs",)
    assert store.sources.page_nos_by_label(sid, "iii") == [2]
    assert store.sources.page_texts(sid, [2, 9]) == {2: ("iii", "two")}
    with pytest.raises(NotFound):
        store.sources.get_source(999)


def test_excerpt_roundtrip_and_restore(store: Store) -> None:
    sid = store.sources.insert_source(
        {"sha256": "d" * 64, "title": "D"}, [(1, "5", "gangs extort people")]
    )
    eid = store.excerpts.insert_excerpt(sid, 1, 0, 5, "gangs", "note", ["HN"], ["gangs"])
    excerpt = store.excerpts.get_excerpt(eid)
    assert (excerpt.quote, excerpt.cite_label, excerpt.countries) == ("gangs", "5", ("HN",))
    assert store.excerpts.list_excerpts(countries=["GT"]) == []
    assert [e.id for e in store.excerpts.list_excerpts(risks=["gangs"])] == [eid]
    deleted = store.excerpts.delete_excerpt(eid)
    store.excerpts.insert_excerpt(deleted.source_id, deleted.page_no, deleted.start, deleted.end,
                         deleted.quote, deleted.note, deleted.countries, deleted.risks,
                         excerpt_id=deleted.id, created_at=deleted.created_at)
    assert store.excerpts.get_excerpt(eid) == excerpt


def test_user_edits_survive_taxonomy_sync(store: Store) -> None:
    store.taxonomy.update_risk_type("gangs", {"label_en": "Gangs and maras"})
    store.taxonomy.sync_taxonomy([], [RiskType("gangs", "Gang violence", "x")])
    assert store.taxonomy.get_risk_type("gangs").label_en == "Gangs and maras"


def test_backup_before_pending_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "migs"
    folder.mkdir()
    src = Path(__file__).resolve().parents[2] / "db" / "migrations" / "0001_initial.sql"
    (folder / "0001_initial.sql").write_text(src.read_text())
    monkeypatch.setattr("evidence_app.store.connection.migrations_dir", lambda: folder)
    Store.open(tmp_path / "l.sqlite3", tmp_path / "backups").close()
    assert not list((tmp_path / "backups").glob("*.sqlite3"))
    (folder / "0002_extra.sql").write_text("CREATE TABLE extra (x INTEGER);\n")
    Store.open(tmp_path / "l.sqlite3", tmp_path / "backups").close()
    backups = list((tmp_path / "backups").glob("*before-0002_extra.sqlite3"))
    assert len(backups) == 1


def test_store_parts_own_their_verbs(store: Store) -> None:
    """Each verb lives on one named part, given the database (not the Store); the Store itself
    keeps only what concerns the whole file, and forwards nothing."""
    parts = {name: part for name, part in vars(store).items() if hasattr(part, "db")}
    assert set(parts) >= {"sources", "tags", "excerpts", "cases", "taxonomy", "index_log"}
    verbs: dict[str, str] = {}
    for name, part in parts.items():
        assert part.db is store.db
        params = inspect.signature(type(part).__init__).parameters.values()
        assert "Store" not in {str(p.annotation) for p in params}
        for verb in (v for v in dir(part) if not v.startswith("_") and callable(getattr(part, v))):
            assert verb not in verbs, f"{verb} on both {verbs[verb]} and {name}"
            verbs[verb] = name
            assert not hasattr(Store, verb), f"Store.{verb} shadows store.{name}.{verb}"
    sid = store.sources.insert_source({"sha256": "e" * 64, "title": "E"}, [(1, "1", "x")],
                                      ["HN"])
    store.tags.change_source_tags(sid, add_risks=["gangs"])
    assert store.tags.tag_origins(sid) == {"countries": {"HN": "user"},
                                           "risks": {"gangs": "user"}}
    assert store.index_log.generation() == 2
    with pytest.raises(AttributeError):
        _ = store.insert_source  # type: ignore[attr-defined]


def test_store_imports_neither_search_nor_packet() -> None:
    folder = Path(__file__).resolve().parents[2] / "evidence_app" / "store"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                top = node.module.split(".")[0]
                assert top not in ("search", "packet"), f"{path.name} imports {node.module}"
