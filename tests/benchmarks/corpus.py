"""Seeded generator of report-like documents, written as text and PDF files.

A corpus folder (cached between runs) holds:
  files/<CC>/<risk>/<name>.txt|.pdf   one folder per country and risk theme (tags at import)
  extra/                              the 100-page report added last, and profile documents
  pages.sqlite3                       every page's text and its document's metadata: the same
                                      pages feed the FTS5 baseline and the exhaustive reference
  manifest.json                       parameters; written last, so a half-built folder is redone
Each document is generated from its own Random, so the corpus depends only on the seed.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .vocab import (
    COUNTRIES,
    COUNTRY_THEMES,
    COUNTRY_WEIGHTS,
    PUBLISHERS,
    RISK_PHRASES,
    SPANISH_SPEAKING,
    THEME_TITLES,
    Language,
    build_language,
)

GENERATOR_VERSION = 1
MIN_PAGES, MAX_PAGES = 20, 300
PAGE_CHARS = (3500, 4500)
LINE_CHARS = 100
PDF_SHARE = 0.2
SPANISH_SHARE = 0.25
ADD_ONE_PAGES = 100
MARKER = "qzxbenchmarker"  # planted in the added report only: the "is it searchable yet" probe


@dataclass(frozen=True)
class DocSpec:
    name: str  # file stem, unique: also how results are mapped back to pages
    index: int
    country: str
    risk: str
    lang: str
    fmt: str  # "text" or "pdf"
    pages: int
    year: int
    title: str
    publisher: str

    def relpath(self) -> str:
        ext = ".pdf" if self.fmt == "pdf" else ".txt"
        return f"files/{self.country}/{self.risk}/{self.name}{ext}"


def plan(total_pages: int, seed: int, formats: tuple[str, ...]) -> list[DocSpec]:
    """Documents of 20-300 pages (log-uniform) adding up to `total_pages`."""
    rng = random.Random(f"plan:{seed}")
    docs: list[DocSpec] = []
    remaining = total_pages
    while remaining > 0:
        n = int(math.exp(rng.uniform(math.log(MIN_PAGES), math.log(MAX_PAGES + 1))))
        if remaining - n < MIN_PAGES:
            n = remaining
        docs.append(_spec(rng, len(docs), n, formats))
        remaining -= n
    return docs


def _spec(rng: random.Random, index: int, pages: int, formats: tuple[str, ...],
          country: str | None = None, risk: str | None = None, lang: str | None = None,
          fmt: str | None = None, prefix: str = "") -> DocSpec:
    codes = list(COUNTRY_WEIGHTS)
    country = country or rng.choices(codes, weights=[COUNTRY_WEIGHTS[c] for c in codes])[0]
    risk = risk or rng.choice(COUNTRY_THEMES[country])
    # Spanish only where it is spoken, at a rate that gives ~25% over the whole corpus.
    es_rate = SPANISH_SHARE * sum(COUNTRY_WEIGHTS.values()) / sum(
        COUNTRY_WEIGHTS[c] for c in SPANISH_SPEAKING)
    lang = lang or ("es" if country in SPANISH_SPEAKING and rng.random() < es_rate else "en")
    if fmt is None:
        if len(formats) == 1:
            fmt = formats[0]
        else:
            fmt = "pdf" if rng.random() < PDF_SHARE else "text"
    year = rng.randint(2015, 2024)
    li = 0 if lang == "en" else 1
    cname = COUNTRIES[country][li][0]
    theme = THEME_TITLES[risk][li]
    if lang == "en":
        title = f"{cname}: {theme} {year} (report {index + 1})"
    else:
        title = f"{cname}: {theme} {year} (informe {index + 1})"
    name = f"{prefix}{country.lower()}-{risk}-{index + 1:06d}"
    publisher = rng.choice(PUBLISHERS[li])
    return DocSpec(name, index, country, risk, lang, fmt, pages, year, title, publisher)


class PageWriter:
    """Prose pages for one document: Zipfian words, risk phrases, country names, numbers."""

    def __init__(self, langs: dict[str, Language]) -> None:
        self.langs = langs

    def pages(self, spec: DocSpec, seed: int, marker: str = "") -> list[str]:
        rng = random.Random(f"doc:{seed}:{spec.name}")
        lang = self.langs[spec.lang]
        li = 0 if spec.lang == "en" else 1
        own = RISK_PHRASES[spec.risk][li]
        others = [p for r, v in RISK_PHRASES.items() if r != spec.risk for p in v[li]]
        names = COUNTRIES[spec.country][li]
        other_names = [n for c, v in COUNTRIES.items() if c != spec.country for n in v[li]]
        out = []
        for page_no in range(1, spec.pages + 1):
            target = rng.randint(*PAGE_CHARS)
            parts: list[str] = []
            head = f"{spec.title}\n{spec.publisher}, {spec.year}\n" if page_no == 1 else ""
            size = len(head)
            while size < target - 60:
                sentence = self._sentence(rng, lang, own, others, names, other_names)
                if marker and rng.random() < 0.05:
                    sentence = sentence[:-1] + f" {marker}."
                parts.append(sentence)
                size += len(sentence) + 1
            out.append(head + _wrap(" ".join(parts)))
        return out

    @staticmethod
    def _sentence(rng: random.Random, lang: Language, own: tuple[str, ...],
                  others: list[str], names: tuple[str, ...], other_names: list[str]) -> str:
        words = lang.sample(rng, rng.randint(8, 26))
        roll = rng.random()
        if roll < 0.22:
            words.insert(rng.randrange(len(words)), rng.choice(own))
        elif roll < 0.28:
            words.insert(rng.randrange(len(words)), rng.choice(others))
        roll = rng.random()
        if roll < 0.12:
            words.insert(rng.randrange(len(words)), rng.choice(names))
        elif roll < 0.15:
            words.insert(rng.randrange(len(words)), rng.choice(other_names))
        if rng.random() < 0.1:
            number = rng.choice((str(rng.randint(2010, 2024)), f"{rng.randint(2, 9999):,}",
                                 f"{rng.randint(1, 99)}%"))
            words.insert(rng.randrange(len(words)), number)
        if len(words) > 10 and rng.random() < 0.4:
            at = rng.randrange(3, len(words) - 3)
            words[at] = words[at] + ","
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."


def _wrap(text: str) -> str:
    """Lines of at most ~LINE_CHARS, cut at spaces, as in text saved from a PDF."""
    lines: list[str] = []
    line: list[str] = []
    width = 0
    for word in text.split(" "):
        if width + len(word) > LINE_CHARS and line:
            lines.append(" ".join(line))
            line, width = [], 0
        line.append(word)
        width += len(word) + 1
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


# ---------------------------------------------------------------- files
def write_text(path: Path, pages: list[str]) -> None:
    # One block per page, blank lines between: the text importer makes one passage of each.
    path.write_text("\n\n".join(pages) + "\n", encoding="utf-8")


def write_pdf(path: Path, pages: list[str], spec: DocSpec) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter, pageCompression=1, invariant=1)
    c.setTitle(spec.title)
    c.setAuthor(spec.publisher)
    _, height = letter
    for text in pages:
        obj = c.beginText(40, height - 40)
        obj.setFont("Helvetica", 8.5)
        obj.setLeading(11)
        for line in text.split("\n"):
            obj.textLine(line)
        c.drawText(obj)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- corpus
@dataclass(frozen=True)
class Corpus:
    folder: Path
    pages: int
    seed: int
    docs: tuple[DocSpec, ...]
    add_one: DocSpec
    profile_docs: tuple[DocSpec, ...]

    @property
    def db(self) -> Path:
        return self.folder / "pages.sqlite3"

    def import_groups(self) -> list[tuple[str, str, Path]]:
        """(country, risk, folder) for each folder of the corpus, in a stable order."""
        keys = sorted({(d.country, d.risk) for d in self.docs})
        return [(c, r, self.folder / "files" / c / r) for c, r in keys]



def page_rows(db: Path) -> Iterator[tuple[int, str, int, str, str, str, str]]:
    """(rowid, doc, page_no, lang, country, risk, text) of every page, in corpus order."""
    con = sqlite3.connect(db)
    try:
        yield from con.execute(
            "SELECT p.rowid, p.doc, p.page_no, d.lang, d.country, d.risk, p.text "
            "FROM pages p JOIN docs d ON d.name = p.doc ORDER BY p.rowid"
        )
    finally:
        con.close()


def corpus_folder(root: Path, pages: int, seed: int, formats: tuple[str, ...]) -> Path:
    suffix = "" if set(formats) == {"text", "pdf"} else "-" + "-".join(formats)
    return root / f"corpus-{pages}-{seed}{suffix}"


def ensure_corpus(root: Path, pages: int, seed: int, formats: tuple[str, ...],
                  log: Callable[[str], None] = print) -> Corpus:
    folder = corpus_folder(root, pages, seed, formats)
    docs = plan(pages, seed, formats)
    rng = random.Random(f"extra:{seed}")
    add_one = _spec(rng, 0, ADD_ONE_PAGES, formats, "HN", "gang_violence", "en",
                    "pdf" if "pdf" in formats else "text", prefix="added-")
    profile_docs = tuple(
        _spec(rng, i, n, formats, prefix="profile-")
        for i, n in enumerate((120, 80, 60, 140, 100, 90, 110, 70, 130, 100))
    )
    corpus = Corpus(folder, pages, seed, tuple(docs), add_one, profile_docs)
    params = {"version": GENERATOR_VERSION, "pages": pages, "seed": seed,
              "formats": sorted(formats), "documents": len(docs)}
    manifest = folder / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text())["params"] == params:
        return corpus
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "extra").mkdir(parents=True)
    writer = PageWriter({code: build_language(code, seed) for code in ("en", "es")})
    con = sqlite3.connect(folder / "pages.sqlite3")
    con.executescript(
        "CREATE TABLE docs (name TEXT PRIMARY KEY, country TEXT, risk TEXT, lang TEXT,"
        " fmt TEXT, pages INTEGER, title TEXT, relpath TEXT);"
        "CREATE TABLE pages (doc TEXT, page_no INTEGER, text TEXT);"
    )
    done = 0
    for spec in docs:
        texts = writer.pages(spec, seed)
        path = folder / spec.relpath()
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, texts, spec)
        con.execute("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)",
                    (spec.name, spec.country, spec.risk, spec.lang, spec.fmt, spec.pages,
                     spec.title, spec.relpath()))
        con.executemany("INSERT INTO pages VALUES (?,?,?)",
                        [(spec.name, i, t) for i, t in enumerate(texts, 1)])
        done += spec.pages
        if spec.index % 50 == 0:
            con.commit()
            log(f"  generated {done:,}/{pages:,} pages")
    con.commit()
    con.close()
    for spec in (add_one, *profile_docs):
        texts = writer.pages(spec, seed, marker=MARKER if spec is add_one else "")
        path = folder / "extra" / Path(spec.relpath()).name
        _write(path, texts, spec)
        path.with_suffix(".pages.json").write_text(json.dumps(texts))
    manifest.write_text(json.dumps({"params": params, "docs": [asdict(d) for d in docs]}))
    return corpus


def _write(path: Path, texts: list[str], spec: DocSpec) -> None:
    if spec.fmt == "pdf":
        write_pdf(path, texts, spec)
    else:
        write_text(path, texts)


def extra_path(corpus: Corpus, spec: DocSpec) -> Path:
    return corpus.folder / "extra" / Path(spec.relpath()).name
