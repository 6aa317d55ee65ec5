"""The 50 benchmark queries, written once and rendered three ways: the app's query syntax,
an FTS5 MATCH expression (the baseline) and per-language MATCH expressions over pages
pre-analysed with the app's own analyzer (the exhaustive reference)."""

from __future__ import annotations

from dataclasses import dataclass, field

from evidence_app.search.analysis import EN, ES, query_terms


@dataclass(frozen=True)
class BenchQuery:
    kind: str  # term, and, phrase, near, country, risk, facets
    parts: tuple[str, ...]  # words or phrases, all required
    phrase: bool = False  # parts[0] is a phrase (kind phrase/near or a filtered phrase)
    slop: int = 0  # > 0: the phrase's words within this distance ("a b"~5)
    countries: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    facets: bool = False
    label: str = field(default="", compare=False)

    # ------------------------------------------------------------ the app
    def app_text(self) -> str:
        if self.phrase:
            head = f'"{self.parts[0]}"' + (f"~{self.slop}" if self.slop else "")
            return " ".join([head, *self.parts[1:]])
        return " ".join(self.parts)

    def name(self) -> str:
        text = self.app_text()
        if self.countries:
            text += f" [country {','.join(self.countries)}]"
        if self.risks:
            text += f" [risk {','.join(self.risks)}]"
        if self.facets:
            text += " [facets]"
        return text

    # ------------------------------------------------------------ FTS5 baseline
    def fts_match(self) -> str:
        """FTS5 syntax; the porter/unicode61 tokenizer analyses inside the quotes."""
        out = []
        for i, part in enumerate(self.parts):
            quoted = '"' + part.replace('"', "") + '"'
            if i == 0 and self.phrase and self.slop:
                words = " ".join('"' + w + '"' for w in part.split())
                out.append(f"NEAR({words}, {self.slop})")
            else:
                out.append(quoted)
        return " AND ".join(out)

    # ------------------------------------------------------------ exhaustive reference
    def ref_match(self, lang: str) -> str | None:
        """MATCH over text already analysed with `lang`'s analyzer; None: cannot match."""
        key = EN if lang == "en" else ES
        out = []
        for i, part in enumerate(self.parts):
            if i == 0 and self.phrase:
                terms = [t for w in part.split() for t in query_terms(w, key)]
                if not terms:
                    continue
                if self.slop and len(terms) > 1:
                    out.append("NEAR(" + " ".join(_q(t) for t in terms) + f", {self.slop})")
                else:
                    out.append('"' + " ".join(terms) + '"')
            else:
                terms = query_terms(part, key)
                if terms:
                    out.append('"' + " ".join(terms) + '"')
        return " AND ".join(out) if out else None


def _q(term: str) -> str:
    return '"' + term + '"'


def _t(word: str) -> BenchQuery:
    return BenchQuery("term", (word,))


def _and(*words: str) -> BenchQuery:
    return BenchQuery("and", words)


def _p(phrase: str) -> BenchQuery:
    return BenchQuery("phrase", (phrase,), phrase=True)


def _near(phrase: str, slop: int = 5) -> BenchQuery:
    return BenchQuery("near", (phrase,), phrase=True, slop=slop)


QUERIES: tuple[BenchQuery, ...] = (
    # single terms, from very common to rare
    _t("violence"), _t("extortion"), _t("extorsión"), _t("deportees"), _t("femicide"),
    _t("impunity"), _t("asylum"), _t("trafficking"), _t("detention"), _t("Honduras"),
    _t("MS-13"), _t("impunidad"),
    # two words, both required
    _and("asylum", "detention"), _and("police", "extortion"), _and("gang", "recruitment"),
    _and("women", "violence"), _and("migrantes", "deportados"), _and("impunidad", "policía"),
    _and("children", "threats"), _and("returnees", "reintegration"),
    _and("asylum", "backlog"), _and("journalists", "threatened"),
    # phrases
    _p("gang violence"), _p("returned deportees"), _p("violencia de pandillas"),
    _p("human trafficking"), _p("asylum system"), _p("extrajudicial killings"),
    _p("sexual violence"), _p("trata de personas"), _p("personas deportadas"),
    _p("security forces"),
    # proximity
    _near("police extortion"), _near("gang threats"), _near("women killed"),
    _near("asylum backlog"), _near("pandillas extorsión"), _near("deportees violence"),
    # country filters
    BenchQuery("country", ("extortion",), countries=("HN",)),
    BenchQuery("country", ("gang violence",), phrase=True, countries=("SV",)),
    BenchQuery("country", ("asylum",), countries=("GT", "HN")),
    BenchQuery("country", ("deportees",), countries=("GT",)),
    BenchQuery("country", ("femicide",), countries=("EC",)),
    BenchQuery("country", ("trafficking",), countries=("PY",)),
    # risk filters
    BenchQuery("risk", ("police",), risks=("gang_violence",)),
    BenchQuery("risk", ("detention",), risks=("asylum_capacity",)),
    BenchQuery("risk", ("violence",), risks=("returnees",)),
    # facet counts asked of the baseline too (the app always returns them)
    BenchQuery("facets", ("violence",), facets=True),
    BenchQuery("facets", ("protection",), facets=True),
    BenchQuery("facets", ("migrantes",), facets=True),
)

WARM_UP: tuple[BenchQuery, ...] = (_t("government"), _and("court", "appeal"), _p("human rights"))

COLD_QUERY = BenchQuery("phrase", ("gang violence",), phrase=True)

assert len(QUERIES) == 50
