"""Mixed queries for the real-library benchmark, written from what practitioners search in
country reports for asylum cases: single terms, AND, exact phrases (quotes they remember),
proximity, wildcards, and searches limited to a country or a risk type. Each is written in
the app's syntax and as the FTS5 MATCH expression that asks the same."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RealQuery:
    kind: str  # term, and, phrase, near, wildcard, country, risk
    app: str
    fts: str
    countries: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()

    def name(self) -> str:
        extra = "".join(f" [country {c}]" for c in self.countries)
        extra += "".join(f" [risk {r}]" for r in self.risks)
        return self.app + extra


def _t(word: str) -> RealQuery:
    return RealQuery("term", word, f'"{word}"')


def _and(*words: str) -> RealQuery:
    return RealQuery("and", " AND ".join(words), " AND ".join(f'"{w}"' for w in words))


def _p(phrase: str, **kw: tuple[str, ...]) -> RealQuery:
    kind = "country" if kw.get("countries") else "risk" if kw.get("risks") else "phrase"
    return RealQuery(kind, f'"{phrase}"', f'"{phrase}"', **kw)


def _near(phrase: str, slop: int = 5) -> RealQuery:
    words = " ".join(f'"{w}"' for w in phrase.split())
    return RealQuery("near", f'"{phrase}"~{slop}', f"NEAR({words}, {slop})")


def _wild(prefix: str) -> RealQuery:
    return RealQuery("wildcard", f"{prefix}*", f'"{prefix}" *')


def _in(text: str, fts: str, countries: tuple[str, ...] = (),
        risks: tuple[str, ...] = ()) -> RealQuery:
    return RealQuery("country" if countries else "risk", text, fts, countries, risks)


REAL_QUERIES: tuple[RealQuery, ...] = (
    _t("extortion"),
    _t("femicide"),
    _t("maras"),
    _t("refoulement"),
    _t("disappearance"),
    _t("impunity"),
    _and("police", "torture"),
    _and("gang", "recruitment", "children"),
    _and("domestic", "violence", "shelters"),
    _and("journalists", "threats"),
    _and("LGBTQI", "police"),
    _p("gang violence"),
    _p("human rights defenders"),
    _p("internally displaced persons"),
    _p("female genital mutilation"),
    _p("forced disappearances"),
    _p("years in prison"),
    _p("prison conditions were harsh"),
    _p("security forces committed"),
    _p("credible reports of torture"),
    _p("arbitrary arrest or detention"),
    _near("police extortion", 5),
    _near("gang threats", 5),
    _near("women protection orders", 10),
    _wild("deport"),
    _wild("traffick"),
    _wild("extort"),
    _in("extortion", '"extortion"', countries=("HN",)),
    _in("gang AND police", '"gang" AND "police"', countries=("SV", "GT")),
    _p("death squads", countries=("HN", "SV", "GT")),
    _in("political prisoners", '"political" AND "prisoners"', countries=("VE", "NI", "CU")),
    _in("impunity", '"impunity"', risks=("gang_violence",)),
    _in("police", '"police"', risks=("lgbtqi",)),
    _p("domestic violence", risks=("gender_violence",)),
    _in("torture AND detention", '"torture" AND "detention"', risks=("torture",)),
)
