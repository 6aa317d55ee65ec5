"""Passage-level risk types: which risk types one page (passage) of a source is about.

A country report speaks of gangs, women, prisons and refugees; tagging the whole report with
all of them makes the risk filter filter nothing. Each page is labelled on its own, from
evidence on that page:

- the taxonomy's keywords (English and Spanish, user-editable), weighted: a phrase of
  several words ("sexual orientation") counts more than a single word ("gay");
- a few context words per seeded risk type ("children", "prison", "refugees"), which add
  weight to a page the taxonomy's keywords point at and label one alone only when it is
  full of them (a page on prisons may never say "prison conditions");
- the density of that evidence (weight per 1,000 characters, short pages counted as
  `MIN_CHARS` long), not a single mention: a page on police abuses that mentions one rape
  is not about gender-based violence;
- section headings when the document has them (State Department reports label their
  sections: "Women", "Children", "Trafficking in Persons"): a heading that names a risk
  type, in force over a good share of the page, is strong evidence on its own.

Pure: no Qt, no SQL. Measured by `bash packaging/bench.sh --labels` (tests/benchmarks/labels.py).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import RiskType
from .suggest import Matcher, fold

KEYWORD_WEIGHT = 1.0  # a taxonomy keyword of one word ("torture", "gay")
PHRASE_WEIGHT = 1.5  # a taxonomy keyword of several words
CONTEXT_WEIGHT = 1.0  # a context word below
CONTEXT_ALONE = 8.0  # context weight that counts without any keyword (a page full of them)
MIN_CHARS = 1500  # shorter pages count as this long: two words do not make a passage
THRESHOLD = 3.0  # weight per 1,000 characters
# Seeded types whose passages repeat one specific word rather than many keywords ("torture"
# and little else, where lists of grounds name "sexual orientation" in passing): a lower bar.
# Calibrated on the starter reports, checked on the 1,748 real ones (README, benchmark).
THRESHOLDS = {"torture": 2.2}
MIN_WEIGHT = 3.0  # and at least this much evidence on the page (not a single mention)
LIST_TYPES = 3  # a sentence naming this many risk types is a list of them
LIST_WEIGHT = 0.25
HEADING_SCORE = 10.0
HEADING_SHARE = 0.25  # a heading counts when its section covers this share of the page

# What labels the pages of one stored source and keeps the labels, as the parts that store
# sources receive it (library/passages.py: store_labels bound to the writer's store):
# (source_id, the visible risk types, its pages as (page_no, text), or None to read them).
LabelPages = Callable[[int, Sequence[RiskType], "Sequence[tuple[int, str]] | None"], object]

# Context words of seeded risk types: common words that say what a passage is about once a
# keyword has shown the topic ("children" on a page about child abuse). Folded, as matched.
CONTEXT: dict[str, tuple[str, ...]] = {
    "children": ("child", "children", "minors", "girls", "boys", "juvenile", "juveniles",
                 "adolescent", "adolescents", "birth registration", "orphanage", "orphanages",
                 "child pornography", "age of consent", "statutory rape", "infanticide",
                 "ninos", "ninas", "menores", "menores de edad", "registro de nacimiento"),
    "gender_violence": ("women", "woman", "mujer", "mujeres", "spousal rape",
                        "protection orders", "protective orders", "medidas de proteccion",
                        "domestic abuse", "victims of rape", "girls"),
    "lgbtqi": ("lgbtqi+ persons", "lgbtqi persons", "transgender persons", "transgender women",
               "trans", "same-sex relations", "same-sex couples", "conversion therapy",
               "gender affirmation"),
    "indigenous_ethnic": ("ethnic", "racial", "race", "ancestral", "ancestral lands",
                          "tribal", "indigenous communities", "indigenous groups",
                          "afro-ecuadorian", "afro-ecuadorians", "afro-honduran",
                          "afro-hondurans", "afro-paraguayan", "afro-mexican",
                          "afro-mexicans", "afro-panamanian", "afro-panamanians",
                          "afro-salvadoran", "afro-guatemalan", "afro-belizean", "mestizo",
                          "etnico", "etnicos", "racial minorities", "minority", "minorities",
                          "ethnic groups", "ethnic group", "roma", "romani", "tribe", "tribes",
                          "clan", "clans", "caste", "castes", "dalit", "dalits",
                          "national minorities", "ethnicity"),
    "trafficking": ("trafficking", "trafficked", "trata", "victims of trafficking",
                    "antitrafficking", "anti-trafficking", "tip report"),
    "prison_conditions": ("prison", "prisons", "prisoners", "inmates", "inmate",
                          "penitentiary", "penitentiaries", "jail", "jails", "carcel",
                          "carceles", "reos", "privados de libertad", "centros penales",
                          "detention facilities", "detention centers"),
    "torture": ("cruel", "degrading", "inhuman", "beat", "beaten", "beating", "abused",
                "abused detainees", "mistreated", "excessive force", "physical abuse",
                "psychological abuse", "abuses by security forces", "electric shocks",
                "asphyxiation", "suffocation", "coerced confessions", "forced confessions",
                "national preventive mechanism", "mecanismo nacional de prevencion",
                "tratos crueles", "malos tratos", "golpeado", "golpeados"),
    "no_fair_procedure": ("refugee", "refugees", "asylum", "asilo", "refugiado", "refugiados",
                          "refugee status", "stateless", "statelessness", "apatridia",
                          "protection of refugees", "temporary protection"),
    "refoulement": ("refugee", "refugees", "asylum", "refugiados"),
    "disability": ("disabled", "wheelchair", "accessibility", "accesibilidad"),
    "religion": ("religious", "religion", "religiosa", "religioso"),
    "journalists_hrd": ("media outlets", "press", "medios de comunicacion", "defamation",
                        "difamacion", "news outlets"),
}

# Phrases that contain a keyword of one type without being about it ("drug trafficking" is
# not human trafficking). Matched like keywords, they count for nobody.
NOT_KEYWORDS = ("drug trafficking", "arms trafficking", "weapons trafficking",
                "trafico de drogas", "narcotrafico", "trafficking of drugs",
                "children's rights defenders")

# Section names (folded, as a regex searched in the heading) and the risk types they name,
# for headings whose words are not taxonomy keywords ("Women", "Children").
SECTION_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bwomen\b|\bmujeres\b", ("gender_violence",)),
    (r"\bchildren\b|\bchild labor\b|\bninez\b|\bninos\b", ("children",)),
    (r"sexual orientation|gender identity|\blgbt", ("lgbtqi",)),
    (r"indigenous|racial or ethnic|ethnic minorit|national/racial|pueblos indigenas",
     ("indigenous_ethnic",)),
    (r"trafficking in persons|trata de personas", ("trafficking",)),
    (r"prison and detention|condiciones carcelarias|prison conditions", ("prison_conditions",)),
    (r"\btorture\b|\btortura\b", ("torture",)),
    (r"protection of refugees|refugiados|asylum", ("no_fair_procedure", "refoulement")),
    (r"persons with disabilities|discapacidad", ("disability",)),
    (r"freedom of religion|libertad religiosa", ("religion",)),
    (r"members of the press|libertad de expresion|freedom of expression",
     ("journalists_hrd",)),
)


_WEIGHTS = {"p": PHRASE_WEIGHT, "k": KEYWORD_WEIGHT}
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+|\n+")


@dataclass(frozen=True)
class HeadingSpan:
    """A section heading of a page: its level, text and where it begins (-1: on an earlier
    page, still in force), as stored in page_headings."""

    level: int
    text: str
    start: int


class Labeller:
    """Labels pages with the visible risk types of one taxonomy (build once, reuse)."""

    def __init__(self, risks: Sequence[RiskType]) -> None:
        self.slugs = tuple(r.slug for r in risks if not r.hidden)
        known = set(self.slugs)
        phrases: dict[str, tuple[str, ...]] = {}

        def add(phrase: str, tag: str) -> None:
            key = " ".join(fold(phrase).split())
            if key and tag not in phrases.get(key, ()):
                phrases[key] = (*phrases.get(key, ()), tag)

        for slug, words in CONTEXT.items():
            if slug in known:
                for word in words:
                    add(word, f"c:{slug}")
        for risk in risks:
            if risk.hidden:
                continue
            for keyword in risk.keywords:
                key = " ".join(fold(keyword).split())
                # a keyword replaces a context word of the same spelling
                phrases[key] = tuple(t for t in phrases.get(key, ()) if not t.startswith("c:"))
                weight = "p" if (" " in key or "-" in key) else "k"
                add(key, f"{weight}:{risk.slug}")
        for blocker in NOT_KEYWORDS:
            phrases[" ".join(fold(blocker).split())] = ()
        self._matcher = Matcher(phrases)
        self._sections = [(re.compile(p), tuple(s for s in slugs if s in known))
                          for p, slugs in SECTION_TYPES]

    def evidence(self, text: str) -> dict[str, tuple[float, float]]:
        """{slug: (keyword weight, context weight)} found in the text.

        A sentence that names LIST_TYPES or more risk types is a list ("discrimination based
        on race, sex, disability, sexual orientation or HIV status"): it is about none of
        them in particular, and its words count LIST_WEIGHT of their weight."""
        folded = fold(text)
        found = list(self._matcher.matches(folded))
        if not found:
            return {}
        # the sentence of each match, and the risk types each sentence names
        ends = [m.start() for m in _SENTENCE.finditer(folded)]
        named: dict[int, set[str]] = {}
        placed = []
        for start, tags in found:
            sentence = bisect.bisect_right(ends, start)
            placed.append((sentence, tags))
            named.setdefault(sentence, set()).update(
                t[2:] for t in tags if not t.startswith("c:"))
        out: dict[str, tuple[float, float]] = {}
        for sentence, tags in placed:
            factor = LIST_WEIGHT if len(named[sentence]) >= LIST_TYPES else 1.0
            for tag in tags:
                kind, slug = tag.split(":", 1)
                kw, ctx = out.get(slug, (0.0, 0.0))
                if kind == "c":
                    ctx += CONTEXT_WEIGHT * factor
                else:
                    kw += _WEIGHTS[kind] * factor
                out[slug] = (kw, ctx)
        return out

    def heading_types(self, heading: str) -> set[str]:
        """Risk types a section heading names (its words, or a known section name)."""
        folded = fold(heading)
        found = {slug for pattern, slugs in self._sections if pattern.search(folded)
                 for slug in slugs}
        counts: Counter[str] = Counter()
        self._matcher.count(folded, counts)
        found.update(tag.split(":", 1)[1] for tag in counts if not tag.startswith("c:"))
        return found

    def label(self, text: str, headings: Sequence[HeadingSpan] = ()) -> dict[str, float]:
        """{slug: score} of the risk types the page is about (score >= THRESHOLD)."""
        length = max(len(text), MIN_CHARS)
        scores: dict[str, float] = {}
        for slug, (kw, ctx) in self.evidence(text).items():
            # context words count up to twice the keywords' weight, plus CONTEXT_ALONE
            weight = kw + min(ctx, 2 * kw + CONTEXT_ALONE)
            score = weight * 1000 / length
            if weight >= MIN_WEIGHT and score >= THRESHOLDS.get(slug, THRESHOLD):
                scores[slug] = round(score, 3)
        for slug in self._headed(text, headings):
            scores[slug] = round(scores.get(slug, 0.0) + HEADING_SCORE, 3)
        return scores

    def _headed(self, text: str, headings: Sequence[HeadingSpan]) -> set[str]:
        """Types named by headings whose sections cover HEADING_SHARE of the page."""
        found: set[str] = set()
        size = max(len(text), 1)
        for i, h in enumerate(headings):
            begin = max(h.start, 0)
            end = next((max(o.start, 0) for o in headings[i + 1:]
                        if o.level <= h.level and o.start >= 0), len(text))
            if (end - begin) / size >= HEADING_SHARE:
                found |= self.heading_types(h.text)
        return found


@lru_cache(maxsize=4)
def labeller_for(risks: tuple[RiskType, ...]) -> Labeller:
    return Labeller(risks)


def label_pages(
    pages: Iterable[tuple[int, str]],
    risks: Sequence[RiskType],
    headings: Mapping[int, Sequence[HeadingSpan]] | None = None,
) -> dict[int, dict[str, float]]:
    """{page_no: {slug: score}} for the pages of one source (pages without any: left out)."""
    labeller = labeller_for(tuple(risks))
    out: dict[int, dict[str, float]] = {}
    for page_no, text in pages:
        found = labeller.label(text, (headings or {}).get(page_no, ()))
        if found:
            out[page_no] = found
    return out
