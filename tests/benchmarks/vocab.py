"""Word material for the synthetic report pages: ranked real words, a Zipfian long tail of
made-up words, country names and risk phrases in English and Spanish.

Real words come first in rough frequency order (function words on top, so that language
detection and stop-word removal see realistic prose); the tail is pseudo-words built from
syllables, with the suffixes stemmers care about, so the index sees tens of thousands of
distinct terms as it would with real reports.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

EN_WORDS = """
the of and to in a that for is was on by with as were are from at it be not this which their
have has had or an its also been they other who but government report according more than
police said during year people cases human rights authorities law women children country
security national public persons reported migrants between violence including state some
there after these would against such those under officials many most could members forces
while however into within through victims per cent families family community local number
groups group government's justice court courts prosecutor office ministry information
organizations organization international may about over all them both did do new years
only whether because before when where while protection protect protected provide provided
access services health education work workers employment labor economic social political
freedom expression assembly association media journalists press attacks attacked threats
threatened killed killings murder homicide homicides crime crimes criminal criminals
investigation investigations investigated arrested arrest detained detention prison prisons
prisoners conditions overcrowding torture abuse abuses abused risk risks fear fled flee
displacement displaced internally return returned returning deported deportation migrants
migration migrant border borders asylum refugee refugees claim claims applications applied
application status determination procedure procedures process processing access denied
denial granted recognition eligible eligibility commission committee agency agencies unhcr
nongovernmental ngos ngo advocates lawyers legal aid representation hearing hearings judge
judges decision decisions appeal appeals interview interviews reports reporting data
statistics percent increase increased decrease decreased compared previous period months
month week weeks day days january february march april may june july august september
october november december capital city cities rural urban areas area region regions
department departments municipality municipalities neighborhood neighborhoods community
communities indigenous afro descendant ethnic minority minorities lgbtqi transgender gay
lesbian discrimination discriminatory hate harassment intimidation extortion recruitment
control controlled territory territorial presence gangs gang members member criminal
organized cartel cartels drug trafficking traffickers smuggling smugglers corruption corrupt
impunity accountability investigate prosecute prosecuted prosecutions convicted convictions
sentenced sentence sentences penal code article articles constitution constitutional
reform reforms policy policies program programs plan plans measures measure support
assistance shelter shelters housing food water medical care psychological mental
trauma survivors survivor witness witnesses testimony testified sources source
credible reliable documented documentation evidence found finds finding concerns concern
serious significant widespread systematic ongoing continued continues remained remains
lack limited insufficient resources staff capacity backlog delays delay waiting pending
transfer transferred agreement agreements cooperative united states mexico central america
northern triangle region regional president minister congress legislature assembly
elections electoral opposition party parties protest protests protesters demonstrations
military army soldiers officers officer patrol patrols operation operations emergency
exception suspended suspension rights guarantees detainees deaths died death custody
""".split()

ES_WORDS = """
de la que el en y a los se del las un por con no una su para es al lo como más pero sus le
ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde
todo nos durante todos uno les ni contra otros ese eso ante ellos e esto antes algunos
qué unos otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar
estas algunas algo nosotros según informe gobierno derechos humanos personas país policía
autoridades mujeres niños niñas adolescentes violencia seguridad nacional pública casos año
años víctimas familias familia comunidad comunidades migrantes migración frontera asilo
refugiados refugiado solicitud solicitudes procedimiento proceso reconocimiento condición
estado estados unidos ministerio fiscalía fiscal juez jueces tribunal tribunales corte
justicia investigación investigaciones denuncias denuncia delitos delito homicidios
homicidio asesinatos asesinato amenazas amenaza ataques desplazamiento desplazados forzado
interno retorno retornados deportados deportación detención detenidos cárcel cárceles
centros centro penitenciario hacinamiento tortura malos tratos abusos abuso riesgo miedo
temor huyeron protección proteger acceso servicios salud educación trabajo empleo
organizaciones organización sociedad civil defensores periodistas prensa libertad expresión
discriminación pueblos indígenas afrodescendientes lgbti mujeres trans odio acoso
intimidación extorsión reclutamiento control territorio territorial presencia pandillas
pandilleros maras miembros crimen organizado narcotráfico corrupción impunidad rendición
cuentas condena condenas sentencia código penal artículo constitución reforma política
políticas programa programas plan medidas apoyo asistencia albergue albergues vivienda
alimentación agua atención médica psicológica salud mental sobrevivientes testigos
testimonio fuentes documentado documentación pruebas preocupación graves grave generalizada
sistemática continúa falta recursos personal capacidad limitada retraso espera pendientes
traslado acuerdo acuerdos cooperación méxico centroamérica región regional presidente
ministro congreso asamblea elecciones oposición partido protestas manifestaciones militares
ejército soldados agentes oficiales patrullas operativos emergencia excepción suspensión
garantías detenidas muertes murieron muerte custodia enero febrero marzo abril mayo junio
julio agosto septiembre octubre noviembre diciembre capital ciudad ciudades zonas rurales
urbanas departamento departamentos municipio municipios barrio barrios colonias datos
estadísticas porcentaje aumento disminución comparación período meses semanas días
""".split()

COUNTRIES = {
    # code: (English names, Spanish names); the first name is the usual one
    "GT": (("Guatemala", "Guatemalan"), ("Guatemala", "guatemalteco", "guatemaltecas")),
    "HN": (("Honduras", "Honduran"), ("Honduras", "hondureño", "hondureñas")),
    "SV": (("El Salvador", "Salvadoran"), ("El Salvador", "salvadoreño", "salvadoreñas")),
    "BZ": (("Belize", "Belizean"), ("Belice", "beliceño")),
    "EC": (("Ecuador", "Ecuadorian"), ("Ecuador", "ecuatoriano", "ecuatorianas")),
    "PY": (("Paraguay", "Paraguayan"), ("Paraguay", "paraguayo")),
    "UG": (("Uganda", "Ugandan"), ("Uganda", "ugandés")),
    "MX": (("Mexico", "Mexican"), ("México", "mexicanos")),
    "US": (("United States",), ("Estados Unidos",)),
}
# Share of documents per country (the last two are only mentioned, never a document's subject).
COUNTRY_WEIGHTS = {"HN": 20, "GT": 20, "SV": 18, "EC": 12, "PY": 10, "BZ": 8, "UG": 12}
SPANISH_SPEAKING = {"GT", "HN", "SV", "EC", "PY"}
# Two risk themes per country: a document's theme picks its risk tag and its phrase mix.
COUNTRY_THEMES = {
    "HN": ("gang_violence", "returnees"),
    "GT": ("returnees", "state_violence_impunity"),
    "SV": ("gang_violence", "gender_violence"),
    "EC": ("asylum_capacity", "gender_violence"),
    "PY": ("trafficking", "asylum_capacity"),
    "BZ": ("trafficking", "gang_violence"),
    "UG": ("asylum_capacity", "state_violence_impunity"),
}

RISK_PHRASES = {
    "gang_violence": (
        ("gang violence", "extortion", "forced recruitment", "gang members", "MS-13",
         "Barrio 18", "territorial control", "war tax"),
        ("violencia de pandillas", "extorsión", "reclutamiento forzado", "pandilleros",
         "maras", "control territorial", "impuesto de guerra", "extorsiones"),
    ),
    "returnees": (
        ("returned deportees", "deportees", "returnees", "reception center",
         "returned migrants", "reintegration"),
        ("personas deportadas", "deportados", "retornados", "migrantes retornados",
         "centro de atención al migrante retornado", "reintegración"),
    ),
    "gender_violence": (
        ("femicide", "domestic violence", "sexual violence", "violence against women",
         "femicides", "rape"),
        ("feminicidio", "violencia doméstica", "violencia sexual",
         "violencia contra las mujeres", "feminicidios", "violación sexual"),
    ),
    "state_violence_impunity": (
        ("impunity", "extrajudicial killings", "police abuse", "security forces",
         "enforced disappearances", "state of exception"),
        ("impunidad", "ejecuciones extrajudiciales", "abuso policial", "fuerzas de seguridad",
         "desapariciones forzadas", "régimen de excepción"),
    ),
    "asylum_capacity": (
        ("asylum system", "asylum claims", "eligibility officers", "limited capacity",
         "backlog of asylum claims", "refugee status determination"),
        ("sistema de asilo", "solicitudes de asilo", "oficiales de elegibilidad",
         "capacidad limitada", "determinación de la condición de refugiado", "rezago"),
    ),
    "trafficking": (
        ("human trafficking", "trafficking in persons", "sexual exploitation", "forced labor",
         "migrant smuggling", "traffickers"),
        ("trata de personas", "explotación sexual", "trabajo forzoso", "tráfico de migrantes",
         "tratantes", "víctimas de trata"),
    ),
}
THEME_TITLES = {
    "gang_violence": ("Gang Violence and Extortion", "Violencia de pandillas y extorsión"),
    "returnees": ("Situation of Returned Deportees", "Situación de personas deportadas"),
    "gender_violence": ("Violence against Women", "Violencia contra las mujeres"),
    "state_violence_impunity": ("Impunity and State Violence", "Impunidad y violencia estatal"),
    "asylum_capacity": ("Access to Asylum", "Acceso al asilo"),
    "trafficking": ("Trafficking in Persons", "Trata de personas"),
}
PUBLISHERS = (
    ("U.S. Department of State", "Human Rights Watch", "Amnesty International", "UNHCR",
     "Refugees International", "Immigration and Refugee Board of Canada"),
    ("Comisión Interamericana de Derechos Humanos", "Cristosal", "Amnistía Internacional",
     "ACNUR", "Procuraduría de Derechos Humanos", "Defensoría del Pueblo"),
)

_EN_SYL = (("b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
            "br", "cr", "dr", "gr", "pr", "tr", "st", "sh", "th", "pl", "cl"),
           ("a", "e", "i", "o", "u", "ai", "ea", "ou", "io"),
           ("", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng"))
_EN_SUFFIX = ("", "", "", "", "s", "ed", "ing", "tion", "ment", "ity", "al", "ous", "er", "ive")
_ES_SYL = (("b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ll",
            "ch", "ñ", "br", "cr", "tr", "pl", "gu"),
           ("a", "e", "i", "o", "u", "a", "e", "o", "ó", "í", "á", "ie", "ue"),
           ("", "", "", "", "n", "r", "s", "l"))
_ES_SUFFIX = ("", "", "", "", "s", "ción", "miento", "idad", "ado", "ada", "ero", "ista",
              "mente", "ando", "aciones")

VOCAB_SIZE = 40_000
ZIPF_S = 1.05
ZIPF_Q = 2.7  # Zipf-Mandelbrot shift: flattens the very top like real text


@dataclass(frozen=True)
class Language:
    code: str
    words: tuple[str, ...]  # ranked, most frequent first
    cum_weights: tuple[float, ...]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def _pseudo_words(rng: random.Random, syllables: tuple[tuple[str, ...], ...],
                  suffixes: tuple[str, ...], taken: set[str], n: int) -> list[str]:
    onsets, vowels, codas = syllables
    out: list[str] = []
    while len(out) < n:
        word = "".join(
            rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
            for _ in range(rng.choice((1, 2, 2, 2, 3)))
        ) + rng.choice(suffixes)
        if len(word) >= 4 and word not in taken:
            taken.add(word)
            out.append(word)
    return out


def build_language(code: str, seed: int, size: int = VOCAB_SIZE) -> Language:
    """A ranked vocabulary of `size` words with Zipf-Mandelbrot weights."""
    real = EN_WORDS if code == "en" else ES_WORDS
    ranked = list(dict.fromkeys(real))
    taken = set(ranked)
    rng = random.Random(f"vocab:{code}:{seed}")
    syl, suf = (_EN_SYL, _EN_SUFFIX) if code == "en" else (_ES_SYL, _ES_SUFFIX)
    tail = _pseudo_words(rng, syl, suf, taken, size - len(ranked))
    # Sprinkle made-up words among the real ones below the top 60, as real reports
    # mix rare names and terms into the middle ranks.
    head, rest = ranked[:60], ranked[60:]
    merged: list[str] = []
    tail_iter = iter(tail)
    for word in rest:
        merged.append(word)
        if rng.random() < 0.3:
            merged.append(next(tail_iter))
    merged.extend(tail_iter)
    words = tuple(head + merged)
    weights = [1.0 / (rank + ZIPF_Q) ** ZIPF_S for rank in range(1, len(words) + 1)]
    return Language(code, words, tuple(accumulate(weights)))
