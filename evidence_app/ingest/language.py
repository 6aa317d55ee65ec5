"""Guess the language of a text: py3langid (97 languages, its model ships inside the
package, so it works offline), helped by the writing system and by function-word lists.

Every non-English source must get a language, because a packet needs a certified English
translation of each one (EOIR Practice Manual 3.3(a)): a Chinese, Arabic or Korean report
left with no language would escape that check. Word lists alone cannot see those
scripts; py3langid alone can wobble on short Latin-script samples (Spanish taken for
Galician), where the word lists for the six languages we see most are steadier.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from typing import Any

SAMPLE_CHARS = 20_000
MODEL_CHARS = 5_000
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MIN_WORDS = 20
MIN_SHARE = 0.12  # stopwords per word; real prose is around 0.3-0.5
MIN_LETTERS = 12  # fewer letters than this: no guess (keep the hint)
MIN_LETTERS_MODEL = 40  # below this the model's guess is only taken for a clear script
MODEL_CONFIDENT = 0.5  # normalised probability of the model's best language
MODEL_OVERRIDES = 0.95  # the model wins over the word lists only when this sure
SCRIPT_SHARE = 0.4  # share of letters in one distinctive script to decide by script

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

# Writing systems that name their language (or a few, which the model then picks from).
# Key: the first word of the Unicode character name.
SCRIPTS: dict[str, tuple[str, frozenset[str]]] = {
    "HANGUL": ("ko", frozenset({"ko"})),
    "HIRAGANA": ("ja", frozenset({"ja"})),
    "KATAKANA": ("ja", frozenset({"ja"})),
    "CJK": ("zh", frozenset({"zh", "ja"})),
    "ARABIC": ("ar", frozenset({"ar", "fa", "ur", "ps", "ku", "ug"})),
    "HEBREW": ("he", frozenset({"he", "yi"})),
    "THAI": ("th", frozenset({"th"})),
    "DEVANAGARI": ("hi", frozenset({"hi", "mr", "ne", "sa"})),
    "BENGALI": ("bn", frozenset({"bn", "as"})),
    "TAMIL": ("ta", frozenset({"ta"})),
    "GREEK": ("el", frozenset({"el"})),
    "ARMENIAN": ("hy", frozenset({"hy"})),
    "GEORGIAN": ("ka", frozenset({"ka"})),
    "ETHIOPIC": ("am", frozenset({"am", "ti"})),
    "KHMER": ("km", frozenset({"km"})),
    "MYANMAR": ("my", frozenset({"my"})),
    "CYRILLIC": ("ru", frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg"})),
}
_NOT_A_LANGUAGE = {"zxx", "und", ""}

_WORD = re.compile(r"[^\W\d_]+")
_model: Any = None
_model_lock = threading.Lock()


def load_model() -> None:
    """Load the model now (the extraction fork server does, before forking workers)."""
    _identifier()


def _identifier() -> Any:
    """The py3langid model with normalised probabilities, loaded once (about 0.5 s)."""
    global _model
    with _model_lock:
        if _model is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _model


def model_guess(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) from py3langid; ("", 0.0) when it sees no language.
    The model reads the first MODEL_CHARS characters: its time grows with the text (70 ms
    for 20,000 characters, a quarter of reading a saved report page), and a few thousand
    characters of prose leave it no doubt."""
    lang, probability = _identifier().classify(text[:MODEL_CHARS])
    lang = str(lang)
    return ("", 0.0) if lang in _NOT_A_LANGUAGE else (lang, float(probability))


def _script(text: str) -> tuple[str, int]:
    """The distinctive writing system most letters are in ("" for Latin), and the letter count.
    ASCII letters are counted by a regular expression (in C): only the other characters are
    looked at one by one (a 20,000-character English sample took 20 ms, now under 1)."""
    counts: Counter[str] = Counter()
    letters = len(_ASCII_LETTER.findall(text))
    for ch in _NON_ASCII.findall(text):
        if not ch.isalpha():
            continue
        letters += 1
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        if first in SCRIPTS:
            counts[first] += 1
    if not counts:
        return "", letters
    script, count = counts.most_common(1)[0]
    if script == "CJK" and (counts["HIRAGANA"] + counts["KATAKANA"]) * 10 >= count:
        script = "HIRAGANA"  # Japanese mixes kanji with kana; Chinese has no kana
    if count < SCRIPT_SHARE * letters:
        return "", letters
    return script, letters


def _by_words(sample: str) -> str:
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return ""
    scores = {
        lang: sum(1 for word in words if word in stops) / len(words)
        for lang, stops in STOPWORDS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= MIN_SHARE else ""


def guess_language(text: str, hint: str = "") -> str:
    """ISO 639-1 code of the text's language, or `hint` (e.g. an HTML lang
    attribute) when the text is too short or unclear, or "" when unknown."""
    hint = hint.strip().lower().replace("_", "-").split("-")[0]
    hint = hint if re.fullmatch(r"[a-z]{2}", hint) else ""
    sample = text[:SAMPLE_CHARS]
    script, letters = _script(sample)
    if letters < MIN_LETTERS and not (script and letters >= 2):
        return hint
    lang, probability = model_guess(sample)
    if script:
        default, family = SCRIPTS[script]
        if lang in family and probability >= 0.3:
            return lang
        return hint if hint in family else default
    by_words = _by_words(sample)
    if by_words and not (lang and lang != by_words and probability >= MODEL_OVERRIDES):
        return by_words
    if lang and probability >= MODEL_CONFIDENT and letters >= MIN_LETTERS_MODEL:
        return lang
    return hint
