"""Agreement records in library bundles: round trip, newer as-of dates, user edits held,
hostile records refused."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from evidence_app.agreements.data import agreement_to_dict
from evidence_app.errors import BundleRejected
from evidence_app.library.facade import Library
from evidence_app.sharing.bundle_agreements import AGREEMENTS
from tests.trust.bundles import _zip


@pytest.fixture
def libs(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = Library.open(tmp_path / "a")
    b = Library.open(tmp_path / "b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _publish(lib: Library, tmp_path: Path, name: str = "org.evbundle") -> Path:
    out = tmp_path / name
    lib.bundles.export_bundle(out)
    return out


def test_plain_bundles_carry_no_agreements(libs: tuple[Library, Library], tmp_path: Path) -> None:
    a, _ = libs
    with zipfile.ZipFile(_publish(a, tmp_path)) as zf:
        assert AGREEMENTS not in zf.namelist()


def test_a_newer_record_replaces_a_shipped_one_and_the_report_says_so(
    libs: tuple[Library, Library], tmp_path: Path
) -> None:
    a, b = libs
    hn = a.agreements.agreement("hn-2025")
    newer = replace(hn, status=replace(hn.status, as_of="2026-06-01"),
                    cap=replace(hn.cap, number=20, words="20 a month from June 2026"))
    a.agreements.edit_agreement("hn-2025", newer)
    older = replace(a.agreements.agreement("ug-2025"), discretion=replace(
        hn.discretion, words="Uganda decides", source="tcdw"))
    a.agreements.edit_agreement("ug-2025", older)  # same as-of date: not newer
    bundle = _publish(a, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        carried = json.loads(zf.read(AGREEMENTS))["agreements"]
    assert sorted(r["id"] for r in carried) == ["hn-2025", "ug-2025"]
    report = b.bundles.import_bundle(bundle, workers=0)
    lines = [c.line() for c in report.agreements]
    assert "hn-2025: updated (as of 2026-01 -> 2026-06-01)" in lines
    assert any(line.startswith("ug-2025: kept") for line in lines)
    got = b.agreements.agreement("hn-2025")
    assert got.cap.number == 20 and got.origin == "bundle" and not got.user_edited
    assert b.agreements.agreement("ug-2025").discretion.known is False
    assert report.changes.taxonomy
    # reopening keeps the bundle's newer record over the shipped one
    folder = b.folder
    b.close()
    with Library.open(folder) as again:
        assert again.agreements.agreement("hn-2025").cap.number == 20


def test_a_user_edited_record_is_held_not_replaced(
    libs: tuple[Library, Library], tmp_path: Path
) -> None:
    a, b = libs
    hn = a.agreements.agreement("hn-2025")
    a.agreements.edit_agreement(
        "hn-2025", replace(hn, status=replace(hn.status, as_of="2026-06-01"))
    )
    mine = b.agreements.agreement("hn-2025")
    b.agreements.edit_agreement("hn-2025", replace(mine, notes=(*mine.notes, replace(
        mine.notes[0], words="Our office saw two transfers in May 2026."))))
    report = b.bundles.import_bundle(_publish(a, tmp_path), workers=0)
    assert [c.what for c in report.agreements] == ["held"]
    kept = b.agreements.agreement("hn-2025")
    assert kept.user_edited and kept.status.as_of == "2026-01"
    assert "held" not in report.agreements[0].line()  # says it in words
    assert "your edited record was kept" in report.agreements[0].line()


def _bundle_with(records: object, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(_zip({"sources.jsonl": b"", AGREEMENTS: json.dumps(records).encode()}))
    return path


def test_hostile_agreement_records_are_refused(
    libs: tuple[Library, Library], tmp_path: Path
) -> None:
    _, b = libs
    good = agreement_to_dict(b.agreements.agreement("hn-2025"))
    before = [(x.id, x.updated_at) for x in b.agreements.agreements()]
    cases = {
        "not_a_list": {"agreements": {"id": "x"}},
        "bad_source": {"agreements": [{**good, "cap": {"words": "1", "source": "ghost"}}]},
        "script_url": {"agreements": [{**good, "sources": {
            "tcdw": {"title": "t", "url": "file:///etc/passwd"}}}]},
        "twice": {"agreements": [good, good]},
        "deep": {"agreements": [json.loads("[" * 50 + "]" * 50)]},
        "many": {"agreements": [good] * 501},
    }
    for name, records in cases.items():
        with pytest.raises(BundleRejected) as caught:
            b.bundles.import_bundle(_bundle_with(records, tmp_path, f"{name}.evbundle"), workers=0)
        assert caught.value.reason in ("invalid", "too_large"), name
        assert [(x.id, x.updated_at) for x in b.agreements.agreements()] == before, name
    path = tmp_path / "notjson.evbundle"
    path.write_bytes(_zip({"sources.jsonl": b"", AGREEMENTS: b"\xff{"}))
    with pytest.raises(BundleRejected):
        b.bundles.import_bundle(path, workers=0)


def test_a_record_for_an_unknown_country_is_left_out(
    libs: tuple[Library, Library], tmp_path: Path
) -> None:
    _, b = libs
    record = {
        **agreement_to_dict(b.agreements.agreement("hn-2025")),
        "id": "xx-2026",
        "country": "XX",
    }
    report = b.bundles.import_bundle(_bundle_with({"agreements": [record]}, tmp_path, "x.evbundle"),
                             workers=0)
    assert [c.what for c in report.agreements] == ["skipped"]
    assert "xx-2026" not in {a.id for a in b.agreements.agreements()}


def test_held_records_are_taken_only_when_asked(
    libs: tuple[Library, Library], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evidence_app.cli.main import main as cli

    a, b = libs
    hn = a.agreements.agreement("hn-2025")
    a.agreements.edit_agreement(
        "hn-2025", replace(hn, status=replace(hn.status, as_of="2026-06-01"))
    )
    bundle = _publish(a, tmp_path)
    mine = b.agreements.agreement("hn-2025")
    b.agreements.edit_agreement(
        "hn-2025", replace(mine, discretion=replace(mine.discretion, words="x"))
    )
    held = b.bundles.import_bundle(bundle, workers=0).agreements[0]
    assert held.what == "held" and held.record is not None
    b.agreements.accept_agreement(held.record)
    taken = b.agreements.agreement("hn-2025")
    assert taken.status.as_of == "2026-06-01" and not taken.user_edited
    # the command line: only with --replace-edited-agreements
    b.agreements.edit_agreement(
        "hn-2025", replace(mine, discretion=replace(mine.discretion, words="y"))
    )
    folder = str(b.folder)
    b.close()
    assert cli(["--library", folder, "bundle", "import", str(bundle)]) == 0
    assert "--replace-edited-agreements" in capsys.readouterr().out
    assert cli(["--library", folder, "bundle", "import", str(bundle),
                "--replace-edited-agreements"]) == 0
    assert "replaced by the bundle's" in capsys.readouterr().out
    with Library.open(folder) as again:
        assert again.agreements.agreement("hn-2025").status.as_of == "2026-06-01"
