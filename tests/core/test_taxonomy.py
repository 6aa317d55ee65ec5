"""The taxonomy seed data loads, validates, and says what the seeds say about ACAs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evidence_app import taxonomy
from evidence_app.model import Country, RiskType

LEGAL_ELEMENTS = {
    "persecution",
    "torture",
    "refoulement",
    "full_and_fair_procedure",
    "numerical_cap",
    "nationality_exclusion",
}


def _by_code() -> dict[str, Country]:
    return {c.code: c for c in taxonomy.load_countries()}


def test_resources_dir_is_the_checkout_folder() -> None:
    root = Path(__file__).resolve().parents[2]
    assert taxonomy.resources_dir() == root / "resources"
    assert (taxonomy.taxonomy_dir() / "countries.json").is_file()


def test_resources_dir_inside_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert taxonomy.resources_dir() == tmp_path / "resources"


def test_every_iso_country_is_there_once() -> None:
    countries = taxonomy.load_countries()
    codes = [c.code for c in countries]
    assert len(codes) == len(set(codes)) == 249
    assert all(c.name_en and c.name_es for c in countries)
    by_code = _by_code()
    assert by_code["MX"].name_es == "México"
    assert by_code["DE"].name_es == "Alemania"
    assert by_code["BO"].name_en == "Bolivia"  # not the formal "Plurinational State of"


def test_aca_countries_and_their_status() -> None:
    by_code = _by_code()
    for code in ("BZ", "EC", "GT", "HN", "PY", "UG"):
        assert by_code[code].aca_status == "aca_active", code
        assert by_code[code].is_aca
    salvador = by_code["SV"]
    assert salvador.aca_status == "aca_ended"
    assert (salvador.aca_signed, salvador.aca_ended) == ("2019", "2021")
    assert salvador.is_aca
    assert by_code["CA"].aca_status == "stca"
    assert by_code["CA"].aca_in_force.startswith("2004")
    assert not by_code["CA"].is_aca
    assert by_code["MX"].aca_status == "approached"
    assert by_code["PA"].aca_status == "approached"
    others = {c.code for c in by_code.values() if c.aca_status}
    assert others == {"BZ", "EC", "GT", "HN", "PY", "UG", "SV", "CA", "MX", "PA"}
    assert all(by_code[code].notes for code in others)


def test_names_carry_demonyms_but_no_generic_american() -> None:
    by_code = _by_code()
    honduras = set(by_code["HN"].names)
    assert {"Honduras", "Honduran", "Hondurans", "hondureño", "hondureñas"} <= honduras
    assert "Salvadoran" in by_code["SV"].names
    assert "salvadoreño" in by_code["SV"].names
    us = {n.lower() for n in by_code["US"].names}
    assert not us & {"american", "americans", "americano", "americanos", "usa"}
    # Display names that are ordinary words elsewhere are not used to suggest.
    assert "Granada" not in by_code["GD"].names
    assert "Reunión" not in by_code["RE"].names


def test_risk_types_have_both_labels_and_valid_structure() -> None:
    risks = taxonomy.load_risk_types()
    slugs = [r.slug for r in risks]
    assert len(slugs) == len(set(slugs))
    known = set(slugs)
    for risk in risks:
        assert risk.label_en.strip() and risk.label_es.strip(), risk.slug
        assert risk.description, risk.slug
        assert risk.legal_element in LEGAL_ELEMENTS, risk.slug
        assert risk.parent == "" or risk.parent in known, risk.slug
        assert risk.keywords and all(k == k.lower() for k in risk.keywords), risk.slug
    # Every legal element of an ACA challenge is served by at least one risk type.
    assert {r.legal_element for r in risks} == LEGAL_ELEMENTS


def test_gang_violence_keywords_are_bilingual() -> None:
    gang = {r.slug: r for r in taxonomy.load_risk_types()}["gang_violence"]
    assert gang.parent == "persecution"
    assert {"maras", "pandillas", "ms-13", "extorsión", "war tax", "impuesto de guerra"} <= set(
        gang.keywords
    )


def test_legal_elements_have_both_labels() -> None:
    elements = taxonomy.load_legal_elements()
    assert set(elements) == LEGAL_ELEMENTS
    assert all(en and es for en, es in elements.values())
    assert elements["torture"] == ("Risk of torture", "Riesgo de tortura")


def test_thesaurus_groups_are_disjoint_and_bilingual() -> None:
    groups = taxonomy.load_thesaurus()
    assert len(groups) >= 40
    terms = [t for g in groups for t in g]
    assert len(terms) == len(set(terms))
    assert all(len(g) >= 2 for g in groups)
    assert taxonomy.related_terms("Pandillas") == tuple(
        t for g in groups if "pandillas" in g for t in g if t != "pandillas"
    )
    assert "extorsión" in taxonomy.related_terms("extortion")
    assert "feminicidio" in taxonomy.related_terms("femicide")
    assert taxonomy.related_terms("zzz-not-a-term") == ()


def test_loaders_hand_out_copies() -> None:
    first = taxonomy.load_countries()
    first.clear()
    assert len(taxonomy.load_countries()) == 249
    assert all(isinstance(r, RiskType) for r in taxonomy.load_risk_types())


# ---------------------------------------------------------------- validation errors
def _countries_data() -> dict[str, object]:
    return json.loads((taxonomy.taxonomy_dir() / "countries.json").read_text(encoding="utf-8"))


def _risk_data() -> dict[str, object]:
    return json.loads((taxonomy.taxonomy_dir() / "risk_types.json").read_text(encoding="utf-8"))


def test_duplicate_country_code_is_rejected_naming_the_file() -> None:
    data = _countries_data()
    rows = data["countries"]
    assert isinstance(rows, list)
    rows.append(dict(rows[0]))
    with pytest.raises(ValueError, match=r"my/countries\.json: country AD: duplicate code"):
        taxonomy.parse_countries(data, "my/countries.json")


def test_bad_aca_status_and_date_are_rejected() -> None:
    bad_status = {"countries": [{"code": "HN", "name_en": "H", "name_es": "H",
                                 "aca_status": "maybe"}]}
    with pytest.raises(ValueError, match="unknown aca_status"):
        taxonomy.parse_countries(bad_status, "c.json")
    bad_date = {"countries": [{"code": "HN", "name_en": "H", "name_es": "H",
                               "aca_signed": "July 2019"}]}
    with pytest.raises(ValueError, match="aca_signed"):
        taxonomy.parse_countries(bad_date, "c.json")


def test_unknown_parent_and_missing_label_are_rejected() -> None:
    data = _risk_data()
    elements = set(taxonomy.parse_legal_elements(data, "r.json"))
    rows = data["risk_types"]
    assert isinstance(rows, list)
    rows[1] = {**rows[1], "parent": "no_such_type"}
    with pytest.raises(ValueError, match=r"r\.json: risk type gang_violence: unknown parent"):
        taxonomy.parse_risk_types(data, "r.json", elements)
    data = _risk_data()
    rows = data["risk_types"]
    assert isinstance(rows, list)
    rows[0] = {**rows[0], "label_es": " "}
    with pytest.raises(ValueError, match="label_es is empty"):
        taxonomy.parse_risk_types(data, "r.json", elements)


def test_parent_cycle_and_duplicate_slug_are_rejected() -> None:
    base = {"label_en": "x", "label_es": "x", "legal_element": "torture", "keywords": []}
    cycle = {"risk_types": [{**base, "slug": "a", "parent": "b"},
                            {**base, "slug": "b", "parent": "a"}]}
    with pytest.raises(ValueError, match="cycle"):
        taxonomy.parse_risk_types(cycle, "r.json", {"torture"})
    twice = {"risk_types": [{**base, "slug": "a"}, {**base, "slug": "a"}]}
    with pytest.raises(ValueError, match="duplicate slug"):
        taxonomy.parse_risk_types(twice, "r.json", {"torture"})


def test_thesaurus_term_in_two_groups_is_rejected() -> None:
    data = {"groups": [["gang", "pandilla"], ["mara", "gang"]]}
    with pytest.raises(ValueError, match=r"t\.json: groups\[1\]: term 'gang' is already"):
        taxonomy.parse_thesaurus(data, "t.json")


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "countries.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="countries.json: not valid JSON"):
        taxonomy._read_json(path)


def test_every_shipped_risk_type_has_a_spanish_description() -> None:
    from evidence_app.model import RiskType
    from evidence_app.taxonomy import load_risk_types, risk_description, seed_descriptions

    shipped = seed_descriptions()
    for risk in load_risk_types():
        english, spanish = shipped[risk.slug]
        assert english == risk.description and spanish and spanish != english, risk.slug
        assert risk_description(risk, "es") == spanish
        assert risk_description(risk, "en") == english
    edited = RiskType(slug="torture", label_en="T", label_es="T", description="My own words",
                      legal_element="torture")
    assert risk_description(edited, "es") == "My own words"  # an edited text is the user's
