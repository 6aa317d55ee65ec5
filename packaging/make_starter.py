"""Build resources/starter/starter.evbundle from the saved State Department report pages.

    python packaging/make_starter.py [SOURCE_DIR] [OUT]      (packaging/make-starter.sh)

SOURCE_DIR holds statedept_hrr/<year>/<country>.html (../shared/starter; see its
PROVENANCE.md). The pages are imported into a throw-away library by the app's own importer,
given their citation metadata from the page itself (the <h1> title, the canonical address,
the JSON-LD datePublished), tagged with their country, exported with the app's own bundle
writer, and the bundle is rewritten in a fixed order with fixed dates and each source's
series and edition, so the same pages always give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from evidence_app.sharing.bundle import MANIFEST, SOURCES  # noqa: E402
from evidence_app.importing.importer import sha256_file  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402

STARTER_VERSION = 1  # raise when a later app ships more (or newer) reports
PUBLISHER = "U.S. Department of State"
SERIES = "us-dos-hrr:{code}"
COUNTRIES = {  # file name → ISO 3166 alpha-2
    "belize": "BZ", "ecuador": "EC", "el-salvador": "SV", "guatemala": "GT",
    "honduras": "HN", "mexico": "MX", "panama": "PA", "paraguay": "PY", "uganda": "UG",
}
NAME = "U.S. State Department Country Reports on Human Rights Practices, ACA countries"
_DATE = (
    re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})'),
    re.compile(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})'),
)
_MODIFIED = re.compile(r'property="article:modified_time"\s+content="(\d{4}-\d{2}-\d{2})')
_CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"')
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_REPORT = re.compile(r'"name":"(\d{4} Country Reports on Human Rights Practices)"')


def page_metadata(path: Path, year: int) -> dict[str, str]:
    """Citation metadata, all read from the saved page."""
    html = path.read_text(encoding="utf-8")
    canonical = _CANONICAL.search(html)
    h1 = _H1.search(html)
    if not canonical or not h1:
        raise SystemExit(f"{path}: no canonical address or no <h1>")
    title = " ".join(re.sub(r"<[^>]+>", " ", h1.group(1)).split())
    report = _REPORT.search(html)
    if "Country Reports" not in title and report:
        # One page (2023 Mexico) heads itself with the country only: the report's name is
        # in its breadcrumb trail.
        title = f"{report.group(1)}: {title}"
    published = ""
    for pattern in _DATE:
        match = pattern.search(html)
        if match:
            published = match.group(1)
            break
    if not published:
        # The 2024 pages carry no datePublished; their last modification is the day the
        # edition came out (2025-08-12). Trusted only when it lies in the publication year.
        match = _MODIFIED.search(html)
        published = (match.group(1) if match and match.group(1).startswith(str(year + 1))
                     else str(year + 1))
    return {"title": title, "publisher": PUBLISHER, "published": published,
            "url": canonical.group(1), "kind": "government_report", "language": "en",
            "author": ""}


def pages_in(source_dir: Path) -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted((source_dir / "statedept_hrr").glob("*/*.html")):
        if path.stem in COUNTRIES and path.parent.name.isdigit():
            found.append((int(path.parent.name), path.stem, path))
    return found


def build(source_dir: Path, out: Path) -> dict[str, Any]:
    pages = pages_in(source_dir)
    if not pages:
        raise SystemExit(f"no statedept_hrr/<year>/<country>.html under {source_dir}")
    with tempfile.TemporaryDirectory(prefix="starter-build-") as tmp:
        lib = Library.open(Path(tmp) / "lib")
        try:
            report = lib.import_files([p for _, _, p in pages], workers=1)
            if report.failed:
                raise SystemExit(f"import failed: {[(f.path, f.message) for f in report.failed]}")
            by_sha = {s.sha256: s for s in lib.sources()}
            extra: dict[str, dict[str, str]] = {}
            entries = []
            for year, stem, path in pages:
                sha = sha256_file(path)
                source = by_sha[sha]
                meta = page_metadata(path, year)
                lib.edit_source(source.id, **meta)
                code = COUNTRIES[stem]
                lib.tag(source.id, countries=[code])
                extra[sha] = {"series": SERIES.format(code=code), "edition": str(year)}
                entries.append({"sha256": sha, "title": meta["title"], "country": code,
                                "year": year})
            exported = Path(tmp) / "export.evbundle"
            lib.export_bundle(exported)
        finally:
            lib.close()
        return _rewrite(exported, out, extra, entries)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100600 << 16
    return info


def _rewrite(exported: Path, out: Path, extra: dict[str, dict[str, str]],
             entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Same members, fixed order and dates, series and edition in each record."""
    order = {e["sha256"]: (e["country"], e["year"]) for e in entries}
    entries.sort(key=lambda e: (e["country"], e["year"]))
    with zipfile.ZipFile(exported) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        records = [json.loads(line) for line in zf.read(SOURCES).decode("utf-8").splitlines()
                   if line.strip()]
        for record in records:
            record.update(extra[record["sha256"]])
            record["accessed"] = ""
        records.sort(key=lambda r: order[r["sha256"]])
        data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                       for r in records).encode("utf-8")
        members = {name: sha for name, sha in manifest["members"].items() if name != SOURCES}
        members[SOURCES] = hashlib.sha256(data).hexdigest()
        newest = max(r["published"] for r in records)
        manifest.update(
            created=f"{newest}T00:00:00+00:00" if len(newest) == 10 else newest,
            members=dict(sorted(members.items())),
            starter={"version": STARTER_VERSION, "name": NAME, "sources": entries},
        )
        manifest.pop("app_version", None)
        partial = out.with_name(out.name + ".part")
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", compresslevel=9) as dst:
            for name in sorted(members):
                dst.writestr(_info(name), data if name == SOURCES else zf.read(name))
            dst.writestr(_info(MANIFEST), json.dumps(manifest, indent=1, sort_keys=True))
        partial.replace(out)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    beside = [p / "shared" / "starter" for p in (REPO.parent, REPO.parent.parent)]
    parser.add_argument("source", nargs="?",
                        default=str(next((p for p in beside if p.is_dir()), beside[0])))
    parser.add_argument("out", nargs="?",
                        default=str(REPO / "resources" / "starter" / "starter.evbundle"))
    args = parser.parse_args(argv)
    manifest = build(Path(args.source), Path(args.out))
    size = Path(args.out).stat().st_size
    print(f"{args.out}: {manifest['counts']['sources']} sources, "
          f"{manifest['counts']['pages']} passages, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
