"""find_hits looking for the lowered forms in the lowered page finds what looking for
every surface form in the page finds (search/hits.py), whatever the case and alphabet."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_app.search.analysis import EN, ES, WORD_RE, token_term
from evidence_app.search.hits import PageWords, find_hits

_WORDS = ["gang", "Gang", "GANG", "gangs", "Gangs", "rights", "Rights", "RIGHTS", "right",
          "İstanbul", "istanbul", "ΟΔΟΣ", "οδος", "Extorsión", "EXTORSIÓN", "extorsion",
          "ǅemal", "the", "ß", "STRASSE", "straße", "x"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS),
                            st.sampled_from([" ", ", ", ".", "-", "\n", "", "'"])),
                  max_size=30).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from([EN, ES]), st.sampled_from([0, 1, 3]),
       st.sets(st.sampled_from(_WORDS)))
def test_lowered_search_finds_the_same_hits(text: str, lang: str, width: int,
                                            extra: set[str]) -> None:
    forms = {tok: t for tok in [*WORD_RE.findall(text), *extra]
             if (t := token_term(tok, lang))}
    words = PageWords.of(lang, forms, width)
    plain = dataclasses.replace(words, lowered=None)
    assert find_hits(text, words) == find_hits(text, plain)


def test_forms_that_lowering_would_change_are_searched_as_written() -> None:
    assert PageWords.of(EN, {"ΟΔΟΣ": "οδος"}, 0).lowered is None
    assert PageWords.of(EN, {"İstanbul": "istanbul"}, 0).lowered is None
    assert PageWords.of(EN, {"Rights": "right", "rights": "right"}, 0).lowered == ("rights",)
