"""Guess the language of a text from the share of common function words.

Good enough to tell English from Spanish (the two languages the app serves and the
search analyzers distinguish) and to recognise a few neighbours so that a German or
French file is not taken for either. No model, no dependency.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 20_000
MIN_WORDS = 20
MIN_SHARE = 0.12  # stopwords per word; real prose is around 0.3-0.5

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in is was for that on with as by are were be it its this from"
        " at an or not have has had which their they been but who also other".split()
    ),
    "es": frozenset(
        "el la los las de del y en que por con para una un es se su sus al lo como"
        " más pero fue son este esta ha han sobre entre sin también según".split()
    ),
    "pt": frozenset(
        "o os as do da dos das e em no na nos nas que por com para uma um é se seu"
        " sua ao não mais foi são este esta pelo pela também".split()
    ),
    "fr": frozenset(
        "le la les de des du et en que qui pour dans une un est se sur au aux ne pas"
        " par plus ce cette sont été avec ou leur".split()
    ),
    "de": frozenset(
        "der die das und in den von zu mit ist im dem nicht ein eine des auf für sich"
        " auch es an als wird werden sind bei oder einer".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della e in che per con una un è si su al non più"
        " come sono dei delle anche nel nella".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, hint: str = "") -> str:
    """ISO 639-1 code of the text's language, or `hint` (e.g. an HTML lang
    attribute) when the text is too short or unclear, or "" when unknown."""
    hint = hint.strip().lower().replace("_", "-").split("-")[0]
    hint = hint if re.fullmatch(r"[a-z]{2}", hint) else ""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return hint
    scores = {
        lang: sum(1 for word in words if word in stops) / len(words)
        for lang, stops in STOPWORDS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < MIN_SHARE:
        return hint
    return best
