"""Tag origins ('user' or 'auto') through the store, the bulk verbs, bundles and undo."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from evidence_app.errors import NotFound
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery

REPORT = ("Honduras: gangs (maras) extort bus drivers; pandillas threaten women. "
          "Honduras police. Honduras courts. Mexico once.\n")


def _import(library: Library, tmp_path: Path, name: str = "honduras.txt",
            text: str = REPORT) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return library.import_files([path], workers=0).imported[0].id


def test_a_person_tag_claims_an_automatic_one_and_never_the_reverse(
    library: Library, tmp_path: Path
) -> None:
    source_id = _import(library, tmp_path)
    assert library.catalog.source(source_id).auto_countries == ("HN",)
    library.catalog.tag(source_id, countries=["HN", "GT"])
    source = library.catalog.source(source_id)
    assert source.countries == ("GT", "HN") and source.auto_countries == ()
    library.store.tags.change_source_tags(source_id, ["GT"], (), (), (), origin="auto")
    assert library.catalog.source(source_id).auto_countries == ()


def test_existing_tags_read_as_set_by_a_person(tmp_path: Path) -> None:
    """Migration 0008: rows from before it default to 'user'."""
    with Library.open(tmp_path / "lib") as lib:
        source_id = _import(lib, tmp_path)
    db = sqlite3.connect(tmp_path / "lib" / "library.sqlite3")
    db.execute("INSERT INTO source_risks (source_id, slug) VALUES (?, 'gang_violence')",
               [source_id])
    db.commit()
    db.close()
    with Library.open(tmp_path / "lib") as lib:
        assert lib.tags.source_tags(source_id).risks == (("gang_violence", "user"),)


def test_accept_suggestions_adds_them_as_the_persons_and_undo_puts_them_back(
    library: Library, tmp_path: Path
) -> None:
    source_id = _import(library, tmp_path)
    before = library.tags.source_tags(source_id)
    seen: list[tuple[int, int]] = []
    result = library.tags.accept_suggestions(
        [source_id], progress=lambda d, t, _: seen.append((d, t))
    )
    assert result.changed == (source_id,) and result.before == (before,)
    source = library.catalog.source(source_id)
    assert "HN" in source.countries and source.auto_countries == ()
    assert "gang_violence" in source.risks and source.auto_risks == ()
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    assert library.search(SearchQuery(text="extort", risks=("gang_violence",))).sources
    library.tags.restore_tags(result.before)
    assert library.tags.source_tags(source_id) == before


def test_clear_auto_tags_removes_only_the_apps_tags(library: Library, tmp_path: Path) -> None:
    one = _import(library, tmp_path)
    two = _import(library, tmp_path, "guatemala.txt", "Guatemala report, gangs.\n")
    library.catalog.tag(two, risks=["gang_violence"])
    result = library.tags.clear_auto_tags()  # every source with automatic tags
    assert set(result.changed) == {one, two} and result.removed == 2
    assert library.catalog.source(one).countries == ()
    assert library.catalog.source(two).countries == () and library.catalog.source(two).risks == (
        "gang_violence",)
    assert library.tags.clear_auto_tags().changed == ()
    library.catalog.delete_source(two)  # gone since: undo puts back the rest
    library.tags.restore_tags(result.before)
    assert library.catalog.source(one).auto_countries == ("HN",)


def test_a_cancelled_bulk_action_stops_between_sources(library: Library, tmp_path: Path) -> None:
    ids = [_import(library, tmp_path, f"{n}.txt", f"{n} report") for n in ("honduras", "belize")]
    cancel = threading.Event()
    cancel.set()
    result = library.tags.clear_auto_tags(ids, cancel=cancel)
    assert result.cancelled and result.changed == ()
    with pytest.raises(NotFound):
        library.tags.accept_suggestions([9999])


def test_bundles_keep_tag_origins_and_old_bundles_read_as_user(
    library: Library, tmp_path: Path
) -> None:
    source_id = _import(library, tmp_path)
    library.catalog.tag(source_id, risks=["gang_violence"])
    out = tmp_path / "one.evbundle"
    library.bundles.export_bundle(out)
    with Library.open(tmp_path / "other") as other:
        other.bundles.import_bundle(out)
        got = other.catalog.sources()[0]
        assert got.countries == ("HN",) and got.auto_countries == ("HN",)
        assert got.risks == ("gang_violence",) and got.auto_risks == ()
    # the same bundle as an older app wrote it: no auto_* keys
    old = tmp_path / "old.evbundle"
    with zipfile.ZipFile(out) as zin:
        members = {item.filename: zin.read(item) for item in zin.infolist()}
    rows = [json.loads(line) for line in members["sources.jsonl"].decode().splitlines() if line]
    for row in rows:
        row.pop("auto_countries"), row.pop("auto_risks")
    members["sources.jsonl"] = "".join(json.dumps(r) + "\n" for r in rows).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["sources.jsonl"] = hashlib.sha256(members["sources.jsonl"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(old, "w") as zout:
        for name, data in members.items():
            zout.writestr(name, data)
    with Library.open(tmp_path / "third") as third:
        third.bundles.import_bundle(old)
        got = third.catalog.sources()[0]
        assert got.countries == ("HN",) and got.auto_countries == ()


def test_undoing_a_source_deletion_keeps_tag_origins(library: Library, tmp_path: Path) -> None:
    source_id = _import(library, tmp_path)
    library.catalog.tag(source_id, risks=["gang_violence"])
    deleted = library.catalog.delete_source_undoably(source_id)
    new_id, _ = library.catalog.restore_source(deleted)
    source = library.catalog.source(new_id)
    assert source.auto_countries == ("HN",) and source.risks == ("gang_violence",)
    assert source.auto_risks == ()
