"""Passage-level risk types: the labeller, their storage, and search by passage."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from evidence_app.labelling.passage_labels import taxonomy_fingerprint
from evidence_app.labelling.passage_risks import HeadingSpan, Labeller, label_pages
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery
from evidence_app.taxonomy import load_risk_types

STARTER = next((up / "shared" / "starter" / "statedept_hrr"
                for up in Path(__file__).resolve().parents[3:5]
                if (up / "shared" / "starter" / "statedept_hrr").is_dir()), None)

LGBTQI_PAGE = (
    "Violence against LGBTQI+ persons continued. NGOs reported killings of transgender "
    "women and of gay men, and said police were slow to investigate attacks motivated by "
    "sexual orientation or gender identity. The law does not criminalize same-sex conduct, "
    "but lesbian and bisexual women reported harassment. " * 3
)
POLICE_PAGE = (
    "Police officers were accused of arbitrary arrests and excessive force during "
    "protests. The Public Ministry opened investigations into the conduct of officers. "
    "One NGO also mentioned a case of rape in custody. Courts were slow and corruption "
    "was widespread in the judiciary, according to observers. " * 3
)


@pytest.fixture(scope="module")
def labeller() -> Labeller:
    return Labeller(load_risk_types())


def test_a_passage_about_lgbtqi_persons_is_labelled_so(labeller: Labeller) -> None:
    found = labeller.label(LGBTQI_PAGE)
    assert "lgbtqi" in found
    assert "gender_violence" not in found


def test_a_single_mention_does_not_label_a_passage(labeller: Labeller) -> None:
    found = labeller.label(POLICE_PAGE)
    assert "gender_violence" not in found  # one "rape" on a page about police
    assert "lgbtqi" not in found


def test_spanish_keywords_label_too(labeller: Labeller) -> None:
    text = ("La violencia contra las mujeres y el feminicidio siguieron siendo graves. "
            "La violencia doméstica y la violencia sexual quedaron impunes. ") * 6
    assert "gender_violence" in labeller.label(text)


def test_a_heading_covering_the_page_is_strong_evidence(labeller: Labeller) -> None:
    text = "The government took few steps during the year. " * 30
    assert labeller.label(text) == {}
    headed = labeller.label(text, [HeadingSpan(2, "Children", -1)])
    assert set(headed) == {"children"}
    # a heading that begins near the end of the page covers too little of it
    late = labeller.label(text, [HeadingSpan(2, "Children", len(text) - 40)])
    assert "children" not in late


def test_label_pages_leaves_out_pages_without_labels() -> None:
    pages = [(1, LGBTQI_PAGE), (2, "Nothing of note. " * 50)]
    assert list(label_pages(pages, load_risk_types())) == [1]


def _write(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_import_labels_passages_and_applies_no_source_risks(
        library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.txt", [LGBTQI_PAGE, POLICE_PAGE * 2])
    report = library.import_files([path], auto_tag=True)
    sid = report.imported[0].id
    labels = library.passages.passage_risks(sid)
    assert any("lgbtqi" in found for found in labels.values())
    assert library.catalog.source(sid).risks == ()  # no source-level tag written by import
    assert "lgbtqi" in library.passages.effective_risks(sid, ())
    assert library.passages.effective_risks(sid, ("torture",)) == ("torture",)
    assert library.passages.sources_to_label() == []


def test_edited_keywords_make_sources_to_label(library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.txt", [POLICE_PAGE])
    sid = library.import_files([path]).imported[0].id
    assert "torture" not in {s for f in library.passages.passage_risks(sid).values() for s in f}
    torture = next(r for r in library.taxonomy.risk_types() if r.slug == "torture")
    library.taxonomy.edit_risk_type("torture", keywords=[*torture.keywords, "excessive force",
                                                "arbitrary arrests", "police officers"])
    assert library.passages.sources_to_label() == [sid]
    library.passages.label_passages()
    assert library.passages.sources_to_label() == []
    assert any("torture" in f for f in library.passages.passage_risks(sid).values())


WORDS = ("report", "officials", "community", "year", "government", "court", "region",
         "province", "victims", "families", "law", "cases")


def _random_library(library: Library, folder: Path, rng: random.Random) -> dict[int, str]:
    """Sources of random pages (some say "violence"), then random labels written over the
    labeller's: the test compares search with a scan of whatever is stored."""
    paths = []
    for n in range(rng.randint(4, 8)):
        paragraphs = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(WORDS) for _ in range(450)]
            if rng.random() < 0.6:
                words[rng.randrange(len(words))] = "violence"
            paragraphs.append(" ".join(words) + ".")
        paths.append(_write(folder, f"src{n}.txt", paragraphs))
    report = library.import_files(paths)
    country = {s.id: rng.choice(["HN", "GT"]) for s in report.imported}
    fingerprint = taxonomy_fingerprint(library.taxonomy.risk_types(include_hidden=False))
    for source in report.imported:
        library.catalog.tag(source.id, countries=[country[source.id]])
        labels = {p.page_no: {slug: 1.0 for slug in ("lgbtqi", "children", "torture")
                              if rng.random() < 0.4}
                  for p in library.catalog.pages(source.id)}
        library.store.passage_risks.replace_page_risks(source.id, labels, fingerprint)
    return country


@pytest.mark.parametrize("seed", range(4))
def test_search_by_risk_equals_a_scan_of_the_stored_labels(
        library: Library, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    country_of = _random_library(library, tmp_path, rng)
    stored = {(slug, sid, page) for slug, sid, page in library.store.passage_risks.page_risk_rows()}
    for country in ([], ["HN"]):
        plain = library.search(SearchQuery("violence", countries=tuple(country), limit=100,
                                           pages_per_source=50, passages=500))
        matched = {s.source_id for s in plain.sources}
        for slug in ("lgbtqi", "children", "torture"):
            expected = sum(1 for s, sid, _ in stored if s == slug and sid in matched)
            assert plain.facets["risks"].get(slug, 0) == expected
            narrowed = library.search(SearchQuery(
                "violence", countries=tuple(country), risks=(slug,), limit=100,
                pages_per_source=50, passages=500))
            labelled = {(sid, page) for s, sid, page in stored if s == slug}
            holding = {sid for sid, page in labelled if sid in matched and any(
                "violence" in library.catalog.page(sid, page).text for _ in [0])}
            # the sources listed: those with a labelled passage that holds the query
            assert {s.source_id for s in narrowed.sources} == holding
            assert narrowed.total_sources == len(holding)
            if not country:  # the country facet counts the sources listed
                by_country: dict[str, int] = {}
                for sid in holding:
                    by_country[country_of[sid]] = by_country.get(country_of[sid], 0) + 1
                assert narrowed.facets["countries"] == by_country
            shown = {(p.source_id, p.page_no) for s in narrowed.sources for p in s.pages}
            shown |= {(p.source_id, p.page_no) for p in narrowed.passages}
            assert shown <= labelled
            best = {(p.source_id, p.page_no) for p in narrowed.passages}
            assert best == {(sid, page) for sid, page in labelled if sid in holding
                            and "violence" in library.catalog.page(sid, page).text}
            # the facet counts passages whatever else is ticked (drill-down)
            assert narrowed.facets["risks"].get(slug, 0) == expected


@pytest.mark.skipif(STARTER is None, reason="../shared/starter (the starter reports) is absent")
def test_violence_against_lgbtqi_persons_in_honduras(library: Library) -> None:
    assert STARTER is not None
    files = sorted(STARTER.glob("*/honduras.html")) + sorted(STARTER.glob("*/mexico.html"))
    library.import_files(files, auto_tag=True)
    result = library.search(SearchQuery("violence", countries=("HN",), risks=("lgbtqi",),
                                        passages=10))
    assert result.passages
    sources = {s.id: s for s in library.catalog.sources()}
    assert all("HN" in sources[p.source_id].countries for p in result.passages)
    for hit in result.passages[:5]:
        labels = library.passages.passage_risks(hit.source_id, [hit.page_no])
        assert "lgbtqi" in labels[hit.page_no]
        headings = " ".join(
            h.heading for h in library.starter.headings(hit.source_id, [hit.page_no])
        )
        assert "Sexual Orientation" in headings, headings
    # the facet counts passages: more than the sources passing
    assert result.facets["risks"]["lgbtqi"] >= result.total_sources


def test_an_excerpt_takes_its_passage_risk_types_by_default(
        library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.txt", [LGBTQI_PAGE])
    sid = library.import_files([path]).imported[0].id
    page = library.catalog.pages(sid)[0]
    assert "lgbtqi" in library.passages.passage_risks(sid)[page.page_no]
    quote = "The law does not criminalize"  # names no risk type itself
    start = page.text.index(quote)
    excerpt = library.excerpts.add_excerpt(sid, page.page_no, start, start + len(quote))
    assert "lgbtqi" in excerpt.risks
    chosen = library.excerpts.add_excerpt(sid, page.page_no, start, start + len(quote) + 4,
                                 risks=["torture"])
    assert chosen.risks == ("torture",)  # the user's choice wins


def test_a_bundle_brings_sources_whose_passages_are_labelled(
        library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.txt", [LGBTQI_PAGE, POLICE_PAGE])
    sid = library.import_files([path]).imported[0].id
    mine = library.passages.passage_risks(sid)
    out = tmp_path / "shared.evbundle"
    library.bundles.export_bundle(out)
    with Library.open(tmp_path / "other") as other:
        other.bundles.import_bundle(out)
        theirs = other.catalog.sources()[0].id
        assert other.passages.passage_risks(theirs) == mine
        assert other.passages.sources_to_label() == []
