"""Tag suggestions: whole names, longest first, accent- and case-insensitive."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.labelling.suggest import fold, suggest_tags
from evidence_app.model import Country, RiskType
from evidence_app.taxonomy import load_countries, load_risk_types

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _countries(text: str, **kwargs: int) -> list[tuple[str, float]]:
    result = suggest_tags([text], load_countries(), load_risk_types(), **kwargs)
    return [(s.code, s.score) for s in result.countries]


def _risks(text: str) -> list[str]:
    result = suggest_tags([text], load_countries(), load_risk_types(), min_country_hits=1)
    return [s.code for s in result.risks]


def test_fold_removes_case_accents_and_ligatures() -> None:
    assert fold("HONDUREÑOS en México") == "hondurenos en mexico"
    assert fold("Côte d\u2019Ivoire") == "cote d'ivoire"
    assert fold("\ufb01scal") == "fiscal"


def test_country_ranked_by_occurrences_of_names_and_demonyms() -> None:
    text = (
        "Hondurans fleeing Honduras. A Honduran woman; the hondureña said the "
        "Guatemalan border was closed. Mexico is far."
    )
    assert _countries(text, min_country_hits=1) == [("HN", 4.0), ("GT", 1.0), ("MX", 1.0)]
    assert _countries(text) == [("HN", 4.0)]  # others are under the minimum of 3


def test_relative_threshold_drops_countries_far_behind_the_top() -> None:
    text = "Honduras " * 50 + "Mexico Mexico Mexico Guatemala " * 2
    assert _countries(text) == [("HN", 50.0), ("MX", 6.0)]
    text = "Honduras " * 100 + "Mexico " * 5
    assert _countries(text) == [("HN", 100.0)]


def test_max_items_caps_the_list() -> None:
    text = " ".join(["Honduras"] * 9 + ["Guatemala"] * 8 + ["Mexico"] * 7 + ["Belize"] * 6)
    assert [c for c, _ in _countries(text, max_items=2)] == ["HN", "GT"]


def test_guinea_is_not_counted_inside_longer_country_names() -> None:
    text = (
        "Papua New Guinea. Equatorial Guinea. Guinea Ecuatorial. Guinea-Bissau. "
        "Papúa Nueva Guinea. New Guinea island. The Gulf of Guinea."
    )
    found = dict(_countries(text, min_country_hits=1))
    assert "GN" not in found
    assert found["PG"] == 2.0
    assert found["GQ"] == 2.0
    assert found["GW"] == 1.0
    assert dict(_countries("Guinea and Conakry, Guinea.", min_country_hits=1)) == {"GN": 2.0}


def test_niger_is_not_counted_inside_nigeria() -> None:
    found = dict(_countries("Nigeria, Nigerian, Nigerians. Niger.", min_country_hits=1))
    assert found == {"NG": 3.0, "NE": 1.0}
    assert _countries("the Niger Delta of Nigeria", min_country_hits=1) == [("NG", 1.0)]


def test_matching_ignores_case_and_accents() -> None:
    found = dict(_countries("MEXICO, méxico, Mexico, MÉXICO, mexicanos", min_country_hits=1))
    assert found == {"MX": 5.0}
    found = dict(_countries("HONDURENOS y hondureños; Panama y Panamá", min_country_hits=1))
    assert found == {"HN": 2.0, "PA": 2.0}
    assert "gang_violence" in _risks("La EXTORSION y la extorsión de las maras")


def test_names_match_across_line_breaks_and_only_as_whole_words() -> None:
    assert _countries("El\nSalvador and El  Salvador", min_country_hits=1) == [("SV", 2.0)]
    assert _countries("Cubans in Cuba; cubano; incubation", min_country_hits=1) == [("CU", 3.0)]


def test_generic_words_do_not_suggest_the_united_states() -> None:
    text = "American citizens and americanos; la gente usa el teléfono. " * 5
    assert _countries(text, min_country_hits=1) == []
    assert _countries("Estados Unidos y EE. UU. y EE.UU.", min_country_hits=1) == [("US", 3.0)]


def test_phrases_containing_a_country_count_for_nobody() -> None:
    assert _countries("New Mexico and New Jersey", min_country_hits=1) == []


def test_risks_by_keyword_hits_and_hidden_types_skipped() -> None:
    risks = [
        RiskType("gangs", "Gangs", "Pandillas", keywords=("gang", "pandilla", "war tax")),
        RiskType("lgbt", "LGBT", "LGBT", keywords=("lgbti",), hidden=True),
        RiskType("torture", "Torture", "Tortura", keywords=("tortura", "torture")),
    ]
    text = "The gang charged a war tax; la pandilla. LGBTI LGBTI LGBTI. Torture."
    result = suggest_tags([text], [], risks)
    assert [(s.code, s.score) for s in result.risks] == [("gangs", 3.0)]
    result = suggest_tags([text], [], risks, min_risk_hits=1)
    assert [s.code for s in result.risks] == ["gangs", "torture"]


def test_a_country_without_names_is_found_by_its_display_names() -> None:
    custom = [Country("XK", "Kosovo", "Kósovo")]
    result = suggest_tags(["Kosovo, kósovo, KOSOVO"], custom, [])
    assert [(s.code, s.score) for s in result.countries] == [("XK", 3.0)]


def test_empty_input_gives_no_suggestions() -> None:
    result = suggest_tags([], load_countries(), load_risk_types())
    assert result.countries == () and result.risks == ()


def test_honduras_report_suggests_honduras_and_gang_violence() -> None:
    path = CORPUS / "text" / "statedept_hrr_2024_honduras.txt"
    if not path.is_file():
        pytest.skip(f"corpus not present at {CORPUS}")
    text = path.read_text(encoding="utf-8")
    pages = [text[i : i + 4000] for i in range(0, len(text), 4000)]
    # The 2024 report names the country only twice in its text: the title, which the
    # library passes along with the pages, makes the third mention.
    result = suggest_tags(
        ["Honduras 2024 Human Rights Report", *pages], load_countries(), load_risk_types()
    )
    assert result.countries and result.countries[0].code == "HN"
    assert "gang_violence" in [s.code for s in result.risks]


def test_longer_honduras_report_needs_no_title() -> None:
    path = CORPUS / "text" / "statedept_hrr_2022_honduras.txt"
    if not path.is_file():
        pytest.skip(f"corpus not present at {CORPUS}")
    result = suggest_tags([path.read_text(encoding="utf-8")], load_countries(), load_risk_types())
    assert [s.code for s in result.countries][:1] == ["HN"]
    assert "gang_violence" in [s.code for s in result.risks]
