"""Generate resources/taxonomy/countries.json once, from pycountry plus the facts below.

Not a runtime dependency. Run from a throwaway virtualenv:

    python -m venv /tmp/pc && /tmp/pc/bin/pip install pycountry
    /tmp/pc/bin/python resources/taxonomy/tools/make_countries.py

pycountry gives every ISO 3166-1 code with English names and Spanish translations (gettext
locales); its Spanish is sometimes formal ("Bolivia, Estado plurinacional de") or wrong
("Tunez"), so display names are corrected here. `names` drives tag suggestions: a name that is
also a common word or a place elsewhere ("Reunión", "Granada", "Jersey", "Guadalupe") is left
out on purpose, and so are "American"/"americano" and "USA" (Spanish "usa" = "uses").
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "countries.json"

# code -> (English, Spanish) display names where pycountry's are formal or wrong.
DISPLAY: dict[str, tuple[str, str]] = {
    "BO": ("Bolivia", "Bolivia"),
    "BN": ("Brunei", "Brunéi"),
    "BF": ("Burkina Faso", "Burkina Faso"),
    "BM": ("Bermuda", "Bermudas"),
    "AX": ("Åland Islands", "Islas Åland"),
    "CD": ("Democratic Republic of the Congo", "República Democrática del Congo"),
    "CG": ("Republic of the Congo", "República del Congo"),
    "CI": ("Côte d'Ivoire", "Costa de Marfil"),
    "DZ": ("Algeria", "Argelia"),
    "FK": ("Falkland Islands (Malvinas)", "Islas Malvinas"),
    "FM": ("Micronesia", "Micronesia"),
    "IR": ("Iran", "Irán"),
    "KM": ("Comoros", "Comoras"),
    "KP": ("North Korea", "Corea del Norte"),
    "KR": ("South Korea", "Corea del Sur"),
    "LA": ("Laos", "Laos"),
    "MD": ("Moldova", "Moldavia"),
    "MM": ("Myanmar", "Myanmar (Birmania)"),
    "MV": ("Maldives", "Maldivas"),
    "NE": ("Niger", "Níger"),
    "PS": ("Palestine", "Palestina"),
    "RU": ("Russia", "Rusia"),
    "SR": ("Suriname", "Surinam"),
    "SY": ("Syria", "Siria"),
    "TN": ("Tunisia", "Túnez"),
    "TW": ("Taiwan", "Taiwán"),
    "TZ": ("Tanzania", "Tanzania"),
    "VA": ("Holy See (Vatican City)", "Santa Sede (Ciudad del Vaticano)"),
    "VE": ("Venezuela", "Venezuela"),
    "VG": ("British Virgin Islands", "Islas Vírgenes Británicas"),
    "VI": ("U.S. Virgin Islands", "Islas Vírgenes de los Estados Unidos"),
    "VN": ("Vietnam", "Vietnam"),
}


def _g(stem_en: str, stem_es: str) -> list[str]:
    """English demonym (+s) and the four Spanish forms of an -o/-a demonym stem."""
    return [stem_en, stem_en + "s", stem_es + "o", stem_es + "a", stem_es + "os", stem_es + "as"]


def _gs(stem_en: str, m: str, f: str, mp: str, fp: str) -> list[str]:
    return [stem_en, stem_en + "s", m, f, mp, fp]


# Extra names and demonyms used to suggest tags (display names are always added).
NAMES: dict[str, list[str]] = {
    # ACA, STCA and approached countries.
    "GT": ["Republic of Guatemala", "República de Guatemala", *_g("Guatemalan", "guatemaltec"),
           "chapín", "chapines"],
    "HN": ["Republic of Honduras", "República de Honduras", *_g("Honduran", "hondureñ"),
           "catracho", "catracha", "catrachos", "catrachas"],
    "SV": ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans",
           "salvadoreño", "salvadoreña", "salvadoreños", "salvadoreñas"],
    "BZ": ["Belize", "Belice", *_g("Belizean", "beliceñ")],
    "EC": ["Republic of Ecuador", "República del Ecuador", "Ecuadorian", "Ecuadorians",
           "Ecuadorean", "Ecuadoreans", "ecuatoriano", "ecuatoriana", "ecuatorianos",
           "ecuatorianas"],
    "PY": ["Republic of Paraguay", "República del Paraguay", *_g("Paraguayan", "paraguay")],
    "UG": ["Republic of Uganda", "Ugandan", "Ugandans", "ugandés", "ugandesa", "ugandeses",
           "ugandesas"],
    "CA": ["Canadian", "Canadians", "canadiense", "canadienses"],
    "MX": ["United Mexican States", "Estados Unidos Mexicanos", "Méjico",
           *_g("Mexican", "mexican")],
    "PA": ["Republic of Panama", "República de Panamá", *_g("Panamanian", "panameñ")],
    "US": ["United States of America", "Estados Unidos de América", "EE. UU.", "EE.UU.",
           "EEUU"],
    # Main countries of origin.
    "VE": ["Bolivarian Republic of Venezuela", "República Bolivariana de Venezuela",
           *_g("Venezuelan", "venezolan")],
    "CU": ["Republic of Cuba", "República de Cuba", *_g("Cuban", "cuban")],
    "HT": ["Haiti", "Haití", "Republic of Haiti", "Haitian", "Haitians", "haitiano", "haitiana",
           "haitianos", "haitianas"],
    "NI": ["Republic of Nicaragua", "República de Nicaragua", "Nicaraguan", "Nicaraguans",
           "nicaragüense", "nicaragüenses", "nica", "nicas"],
    "CO": ["Republic of Colombia", "República de Colombia", *_g("Colombian", "colombian")],
    "PE": ["Republic of Peru", "República del Perú", "Peruvian", "Peruvians", "peruano",
           "peruana", "peruanos", "peruanas"],
    "BR": ["Federative Republic of Brazil", "Brazilian", "Brazilians", "brasileño", "brasileña",
           "brasileños", "brasileñas", "brasilero", "brasileros"],
    "DO": ["Dominican Republic", "República Dominicana", "Dominican", "Dominicans",
           "dominicano", "dominicana", "dominicanos", "dominicanas"],
    "CR": ["Costa Rican", "Costa Ricans", "costarricense", "costarricenses"],
    "CL": ["Chilean", "Chileans", "chileno", "chilena", "chilenos", "chilenas"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians", "argentino", "argentina",
           "argentinos", "argentinas"],
    "BO": ["Plurinational State of Bolivia", "Estado Plurinacional de Bolivia", "Bolivian",
           "Bolivians", "boliviano", "boliviana", "bolivianos", "bolivianas"],
    "UY": ["Uruguayan", "Uruguayans", "uruguayo", "uruguaya", "uruguayos", "uruguayas"],
    "JM": ["Jamaican", "Jamaicans", "jamaiquino", "jamaiquina", "jamaiquinos", "jamaiquinas"],
    "IN": ["Republic of India", "Indian nationals", "Indian citizens", "ciudadanos indios"],
    "CN": ["People's Republic of China", "República Popular China", "Chinese", "chino", "china",
           "chinos", "chinas", "PRC"],
    "RU": ["Russian Federation", "Federación Rusa", "Federación de Rusia", "Russian", "Russians",
           "ruso", "rusa", "rusos", "rusas"],
    "AF": ["Afghan", "Afghans", "afgano", "afgana", "afganos", "afganas", "Afganistán"],
    "UA": ["Ukrainian", "Ukrainians", "ucraniano", "ucraniana", "ucranianos", "ucranianas"],
    "TR": ["Turkey", "Turkish", "turco", "turca", "turcos", "turcas"],
    "IR": ["Islamic Republic of Iran", "Iranian", "Iranians", "iraní", "iraníes"],
    "SY": ["Syrian Arab Republic", "Syrian", "Syrians", "sirio", "siria", "sirios", "sirias"],
    "IQ": ["Iraq", "Irak", "Iraqi", "Iraqis", "iraquí", "iraquíes"],
    "PK": ["Pakistani", "Pakistanis", "paquistaní", "paquistaníes", "pakistaní", "pakistaníes",
           "Paquistán"],
    "BD": ["Bangladeshi", "Bangladeshis", "bangladesí", "bangladesíes", "Bangladesh"],
    "NP": ["Nepali", "Nepalese", "nepalí", "nepalíes"],
    "LK": ["Sri Lankan", "Sri Lankans", "ceilandés", "esrilanqués"],
    "VN": ["Viet Nam", "Vietnamese", "vietnamita", "vietnamitas"],
    "MM": ["Burma", "Birmania", "Burmese", "birmano", "birmana", "birmanos", "birmanas",
           "Rohingya", "rohinyá"],
    "PH": ["Philippines", "Filipino", "Filipinos", "filipino", "filipina", "filipinos"],
    "KP": ["Democratic People's Republic of Korea", "DPRK", "North Korean", "North Koreans",
           "norcoreano", "norcoreana", "norcoreanos"],
    "UZ": ["Uzbek", "Uzbeks", "uzbeko", "uzbeka", "uzbekos"],
    "KG": ["Kyrgyz", "kirguís", "kirguises"],
    "TJ": ["Tajik", "Tajiks", "tayiko", "tayikos"],
    "KZ": ["Kazakh", "Kazakhs", "kazajo", "kazajos"],
    "GE": ["Georgian", "Georgians", "georgiano", "georgianos"],
    "AM": ["Armenian", "Armenians", "armenio", "armenia", "armenios"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "azerbaiyano", "azerbaiyanos"],
    "MR": ["Mauritanian", "Mauritanians", "mauritano", "mauritana", "mauritanos"],
    "SN": ["Senegalese", "senegalés", "senegalesa", "senegaleses"],
    "GN": ["Guinean", "Guineans", "guineano", "guineana", "guineanos"],
    "GQ": ["Equatorial Guinean", "Equatoguinean", "ecuatoguineano", "ecuatoguineanos"],
    "GW": ["Guinea Bissau", "Bissau-Guinean", "bisauguineano", "bisauguineanos"],
    "PG": ["Papua New Guinean", "papú", "papuano"],
    "NE": ["Nigerien", "Nigeriens", "nigerino", "nigerina", "nigerinos"],
    "NG": ["Nigerian", "Nigerians", "nigeriano", "nigeriana", "nigerianos", "nigerianas"],
    "GH": ["Ghanaian", "Ghanaians", "ghanés", "ghanesa", "ghaneses"],
    "CM": ["Cameroonian", "Cameroonians", "camerunés", "camerunesa", "cameruneses"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "RDC", "RD Congo", "Congolese"],
    "CG": ["Congo-Brazzaville", "Congo Brazzaville"],
    "AO": ["Angolan", "Angolans", "angoleño", "angoleña", "angoleños"],
    "ER": ["Eritrean", "Eritreans", "eritreo", "eritrea", "eritreos"],
    "ET": ["Ethiopian", "Ethiopians", "etíope", "etíopes"],
    "SO": ["Somali", "Somalis", "somalí", "somalíes"],
    "SD": ["Sudanese", "sudanés", "sudanesa", "sudaneses"],
    "SS": ["South Sudanese", "sursudanés", "sursudaneses"],
    "KE": ["Kenyan", "Kenyans", "keniano", "keniana", "kenianos", "keniata", "keniatas"],
    "RW": ["Rwandan", "Rwandans", "ruandés", "ruandesa", "ruandeses"],
    "BI": ["Burundian", "Burundians", "burundés", "burundeses"],
    "TZ": ["United Republic of Tanzania", "Tanzanian", "Tanzanians", "tanzano", "tanzanos"],
    "ZW": ["Zimbabwean", "Zimbabweans", "zimbabuense", "zimbabuenses"],
    "ML": ["Malian", "Malians", "maliense", "malienses"],
    "BF": ["Burkinabe", "Burkinabè", "burkinés", "burkineses"],
    "CI": ["Ivory Coast", "Ivorian", "Ivorians", "marfileño", "marfileña", "marfileños"],
    "EG": ["Egyptian", "Egyptians", "egipcio", "egipcia", "egipcios"],
    "MA": ["Moroccan", "Moroccans", "marroquí", "marroquíes"],
    "DZ": ["Algerian", "Algerians", "argelino", "argelina", "argelinos"],
    "SL": ["Sierra Leonean", "Sierra Leoneans", "sierraleonés", "sierraleoneses"],
    "LR": ["Liberian", "Liberians", "liberiano", "liberianos"],
    "GM": ["The Gambia", "Gambian", "Gambians", "gambiano", "gambianos"],
    "TD": ["Chadian", "Chadians", "chadiano", "chadianos"],
    "YE": ["Yemeni", "Yemenis", "yemení", "yemeníes"],
    "PS": ["State of Palestine", "Palestinian", "Palestinians", "palestino", "palestina",
           "palestinos"],
    "LB": ["Lebanese", "libanés", "libanesa", "libaneses"],
    "JO": ["Jordanian", "Jordanians", "jordano", "jordanos"],
    "SA": ["Arabia Saudita", "Saudi", "Saudis"],
    "CZ": ["Czech Republic", "República Checa"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland", "Suazilandia"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "GB": ["Great Britain", "Gran Bretaña", "British", "británico", "británica", "británicos"],
    "ES": ["Spanish government", "gobierno español"],
}

# Display names that are ordinary words or other places in running text: never suggest by them.
AMBIGUOUS = {
    "GD": {"Granada"},  # a city in Nicaragua and Spain
    "GP": {"Guadalupe"},  # Virgin of Guadalupe, towns in Mexico and Central America
    "RE": {"Reunión", "Réunion"},  # "reunión" means "meeting"
    "JE": {"Jersey"},  # New Jersey; a garment
    "LC": {"Santa Lucía"},  # towns in Honduras and Guatemala
    "MF": {"San Martín (zona francesa)"},
    "BL": {"San Bartolomé"},
    "CG": {"Congo"},  # also the DRC, the river
    "MU": {"Mauricio"},  # a common first name (Mauricio Funes)
    "AI": {"Anguila"},  # "eel"
}

CANADA_NOTE = (
    "Safe Third Country Agreement signed 2002 and in force 29 December 2004, extended in 2023 "
    "to crossings between ports of entry; for decades the only US agreement of this kind."
)

ACA: dict[str, dict[str, str]] = {
    "GT": {
        "aca_status": "aca_active",
        "notes": "Signed an ACA in July 2019 that was implemented in November 2019 and "
        "terminated in 2021; a new ACA was concluded under the second Trump administration "
        "(2025–26).",
    },
    "HN": {
        "aca_status": "aca_active",
        "notes": "Signed an ACA in 2019 that was never implemented and was terminated in 2021; "
        "a new ACA under the second Trump administration has been used for removals since "
        "late 2025.",
    },
    "SV": {
        "aca_status": "aca_ended",
        "aca_signed": "2019",
        "aca_ended": "2021",
        "notes": "Signed an ACA in 2019 that was not implemented and was terminated in 2021 "
        "under the Biden administration.",
    },
    "BZ": {
        "aca_status": "aca_active",
        "notes": "ACA concluded under the second Trump administration (2025–26).",
    },
    "EC": {
        "aca_status": "aca_active",
        "notes": "ACA concluded under the second Trump administration (2025–26).",
    },
    "PY": {
        "aca_status": "aca_active",
        "notes": "ACA concluded under the second Trump administration (2025–26).",
    },
    "UG": {
        "aca_status": "aca_active",
        "notes": "ACA concluded under the second Trump administration (2025–26).",
    },
    "CA": {
        "aca_status": "stca",
        "aca_signed": "2002-12-05",
        "aca_in_force": "2004-12-29",
        "notes": CANADA_NOTE,
    },
    "MX": {
        "aca_status": "approached",
        "notes": "The United States pursued an ACA-type agreement with Mexico in 2019; none is "
        "recorded as in force.",
    },
    "PA": {
        "aca_status": "approached",
        "notes": "The United States pursued an ACA-type agreement with Panama in 2019; none is "
        "recorded as in force.",
    },
}


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def main() -> None:
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        common = getattr(c, "common_name", None)
        name_en, name_es = DISPLAY.get(
            code, (common or c.name, es.gettext(common or c.name))
        )
        official = getattr(c, "official_name", None)
        ambiguous = AMBIGUOUS.get(code, set())
        candidates = [name_en, name_es, *NAMES.get(code, [])]
        if official and "," not in official:
            candidates.append(official)
        names = [n for n in _unique(candidates) if n not in ambiguous]
        if code == "JE":
            names = ["Bailiwick of Jersey"]
        facts = ACA.get(code, {})
        rows.append(
            {
                "code": code,
                "name_en": name_en,
                "name_es": name_es,
                "aca_status": facts.get("aca_status", ""),
                "aca_signed": facts.get("aca_signed", ""),
                "aca_in_force": facts.get("aca_in_force", ""),
                "aca_ended": facts.get("aca_ended", ""),
                "notes": facts.get("notes", ""),
                "names": names,
            }
        )
    OUT.write_text(
        json.dumps({"version": 1, "countries": rows}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
