"""The cheaper reads behind import speed (issue 12) give the same answers as the full ones."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
import trafilatura

from evidence_app import ingest
from evidence_app.ingest import html, language

REPORT = "html/statedept_hrr_2024_guatemala.html"


def test_known_report_pages_skip_trafilaturas_body_search_with_the_same_result(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = corpus / REPORT
    fast = ingest.extract(page)
    monkeypatch.setattr(html, "report_metadata", trafilatura.extract_metadata)
    full = ingest.extract(page)
    assert fast == full
    assert fast.title and fast.url.startswith("https://www.state.gov/")


def test_report_metadata_fields_equal_trafilaturas(corpus: Path) -> None:
    text = (corpus / REPORT).read_text(encoding="utf-8", errors="replace")
    tree = html._parse(text)
    assert tree is not None
    full = trafilatura.extract_metadata(copy.deepcopy(tree))
    fast = html.report_metadata(copy.deepcopy(tree))
    for field in ("title", "sitename", "url", "date", "author"):
        assert getattr(fast, field) == getattr(full, field), field


def _old_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def test_script_counts_letters_as_before() -> None:
    rng = random.Random(12)
    for _ in range(200):
        text = "".join(chr(rng.choice([rng.randrange(0, 128), rng.randrange(128, 0x3100)]))
                       for _ in range(rng.randrange(0, 200)))
        assert language._script(text)[1] == _old_letters(text)
    assert language._script("Привет, мир! Hello")[0] == "CYRILLIC"
    assert language._script("plain English text")[0] == ""


def test_the_model_reads_only_the_start_of_a_long_text() -> None:
    english = "The police did not protect the witnesses who reported the threats. " * 80
    spanish = "La policía no protegió a los testigos que denunciaron las amenazas. " * 400
    assert len(english) >= language.MODEL_CHARS
    assert language.model_guess(english + spanish)[0] == "en"
    assert language.model_guess(spanish)[0] == "es"


def test_auto_tagging_fold_is_unchanged() -> None:
    import unicodedata

    from evidence_app.labelling import suggest

    def translated(text: str) -> str:  # the former fold
        if text.isascii():
            return text.lower()
        text = suggest._COMBINING.sub("", unicodedata.normalize("NFKD", text))
        return text.translate(suggest._PUNCT).lower()

    rng = random.Random(4)
    letters = "abcXYZ éñÉ’‘ʼ‐‑\u00adﬁ-'"
    for _ in range(2000):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 60)))
        assert suggest.fold(text) == translated(text), text
