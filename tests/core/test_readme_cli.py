"""Every `evidence-cli` example in README.md runs.

The examples are the lines starting with `evidence-cli` (or `.venv/bin/evidence-cli`) in the
README's fenced code blocks. They run in the README's order, in-process, against one library
made here, so each example sees what the ones before it did (the starter added, a case made…).
Each must exit with status 0, and print JSON that parses when it has `--json`.

Placeholders: a word in CAPITALS in an example stands for the user's own value. The ones the
test fills in (another argument spelled like them, e.g. EXPORT_ID, fails the test: add it here;
capital words inside other arguments, such as a search for 'UNHCR', are left as they are):

  SOURCE_ID    the source the test imported before the examples: a short Spanish ruling
               (`fallo_tegucigalpa.txt`, tagged HN) holding the README's excerpt quote
  PAGE         the page of SOURCE_ID (as cited, e.g. "¶ 1–3") holding that quote
  EXCERPT_ID   the newest excerpt when the example runs
  CASE_ID      the newest case;  EXHIBIT_ID  the newest exhibit of the newest case
  NAME         the newest backup's file name (`backups`, `restore NAME`)
  DIR          the test's library folder
  OUT.ext      a new file in the test's working folder (out.ext)
  FILE.ext     out.ext when an earlier example wrote it, else a document made here
               (FILE.pdf: an English translation PDF; FILE.txt: a text report)

Also as a shell would: `~` is a home folder made here, holding `Downloads/reports/` (two
reports), `Downloads/ruling_english.pdf` (the ruling's translation) and `Desktop/`; relative
paths are in the test's working folder. `--library DIR` is put before the verb unless the
example names a library. Examples needing programs a test cannot count on are in SKIP.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from evidence_app.cli.main import build_parser
from evidence_app.cli.main import main as cli
from evidence_app.cli.options import resolve

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
PREFIXES = ("evidence-cli ", ".venv/bin/evidence-cli ")
PLACEHOLDERS = ("SOURCE_ID", "PAGE", "EXCERPT_ID", "CASE_ID", "EXHIBIT_ID", "NAME", "DIR")
FILE_PLACEHOLDER = re.compile(r"^(OUT|FILE)\.(\w+)$")
PLACEHOLDER_LIKE = re.compile(r"^[A-Z]+(_[A-Z]+)+$")  # SOURCE_ID, EXPORT_ID, …
# verb -> (program it needs, why skipped): kept small
SKIP = {"ocr": ("ocrmypdf", "OCR needs Tesseract and OCRmyPDF")}

# The README's excerpt example quotes this ruling (keep the two in step).
QUOTE = "las pandillas amenazaron a los deportados"
RULING = (
    "Tribunal de Sentencia de Tegucigalpa. Fallo sobre la violencia contra personas "
    "deportadas.\n\n"
    "Los testigos declararon que las pandillas amenazaron a los deportados en la colonia "
    "Rivera Hernández y que la policía no los protegió.\n\n"
    "El tribunal considera probado que las maras controlan el barrio y cobran extorsión a "
    "las familias de los migrantes retornados.\n"
)
REPORTS = {
    "returnees.txt": "Returned deportees in Honduras. Gangs threatened returned deportees in "
                     "San Pedro Sula, and the police did not protect them.\n",
    "asylum.txt": "Guatemala asylum capacity. The asylum office had four officers and a "
                  "backlog of two years; denial rates were high.\n",
}


@dataclass(frozen=True)
class Example:
    line: int
    text: str  # as written in the README, comment removed

    @property
    def argv(self) -> list[str]:
        words = shlex.split(self.text, comments=True)
        return words[1:]


def readme_examples(readme: Path = README) -> list[Example]:
    found, fenced = [], False
    for number, raw in enumerate(readme.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("```"):
            fenced = not fenced
        elif fenced and line.startswith(PREFIXES):
            found.append(Example(number, shlex.join(shlex.split(line, comments=True))))
    return found


EXAMPLES = readme_examples()


def _unknown_placeholders(argv: list[str]) -> list[str]:
    return [w for w in argv if PLACEHOLDER_LIKE.match(w) and w not in PLACEHOLDERS]


# ------------------------------------------------------------------- fast checks
def test_the_readme_has_examples_and_every_placeholder_is_known() -> None:
    assert len(EXAMPLES) >= 15
    for example in EXAMPLES:
        unknown = _unknown_placeholders(example.argv)
        assert not unknown, (f"README.md:{example.line}: {example.text}: {unknown} are "
                             "not placeholders this test fills in (see its "
                             "docstring); add them to PLACEHOLDERS or write a real value")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"README:{e.line}")
def test_every_example_parses(example: Example) -> None:
    """Without a library: the options and arguments are ones the CLI takes (issue 17: the
    README's own `search … --json` failed with "unrecognized arguments")."""
    argv = [word if word not in PLACEHOLDERS else {"PAGE": "¶ 1", "NAME": "x.sqlite3",
                                                     "DIR": "lib"}.get(word, "1")
            for word in example.argv]
    parser = build_parser()
    resolve(parser, parser.parse_args(argv))


# ------------------------------------------------------------------- running them
@dataclass
class World:
    library: Path
    work: Path
    home: Path
    documents: dict[str, Path] = field(default_factory=dict)
    source_id: int = 0
    page: str = ""


def _json(world: World, capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert cli(["--library", str(world.library), "--json", *argv]) == 0, argv
    return json.loads(capsys.readouterr().out)


def _newest(items: object, key: str = "id") -> str:
    assert isinstance(items, list) and items, "the example needs one made by an earlier one"
    return str(max(item[key] for item in items))


def _translation_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.drawString(72, 720, "Sentencing Court of Tegucigalpa. Ruling on violence against "
                            "deported persons.")
    pdf.drawString(72, 700, "Witnesses stated that the gangs threatened the deportees.")
    pdf.save()
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("readme")
    home, work = root / "home", root / "work"
    reports = home / "Downloads" / "reports"
    for folder in (reports, home / "Desktop", work):
        folder.mkdir(parents=True)
    for name, text in REPORTS.items():
        (reports / name).write_text(text, encoding="utf-8")
    ruling = work / "fallo_tegucigalpa.txt"
    ruling.write_text(RULING, encoding="utf-8")
    pdf = _translation_pdf(home / "Downloads" / "ruling_english.pdf")
    w = World(library=root / "lib", work=work, home=home,
              documents={"pdf": pdf, "txt": reports / "returnees.txt"})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(work)
        assert cli(["--library", str(w.library), "import", str(ruling), "--country", "HN"]) == 0
        yield w


def _fill(word: str, world: World, capsys: pytest.CaptureFixture[str]) -> str:
    if word.startswith("~"):
        return str(world.home) + word[1:]
    match = FILE_PLACEHOLDER.match(word)
    if match:
        kind, ext = match.groups()
        out = world.work / f"out.{ext}"
        if kind == "OUT" or out.exists():
            return str(out)
        assert ext in world.documents, f"no document made for {word}"
        return str(world.documents[ext])
    if word not in PLACEHOLDERS:
        return word
    if word in ("SOURCE_ID", "PAGE"):
        if not world.source_id:
            sources = _json(world, capsys, "sources")
            assert isinstance(sources, list)
            world.source_id = next(s["id"] for s in sources
                                   if s["original_name"] == "fallo_tegucigalpa.txt")
            shown = _json(world, capsys, "show", str(world.source_id), "--pages")
            assert isinstance(shown, dict)
            world.page = next(p["label"] for p in shown["pages"] if QUOTE in p["text"])
        return str(world.source_id) if word == "SOURCE_ID" else world.page
    if word == "EXCERPT_ID":
        return _newest(_json(world, capsys, "excerpts"))
    if word == "CASE_ID":
        return _newest(_json(world, capsys, "case", "list"))
    if word == "EXHIBIT_ID":
        shown = _json(world, capsys, "case", "show", _newest(_json(world, capsys, "case",
                                                                   "list")))
        assert isinstance(shown, dict)
        return _newest(shown["exhibits"])
    if word == "NAME":
        backups = _json(world, capsys, "backups")
        assert isinstance(backups, list) and backups, "restore NAME needs a backup first"
        return str(backups[0]["name"])  # newest first
    return str(world.library)  # DIR


@pytest.mark.slow  # the starter example adds 81 reports
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"README:{e.line}")
def test_every_example_runs(example: Example, world: World,
                            capsys: pytest.CaptureFixture[str]) -> None:
    verb = example.argv[0] if example.argv else ""
    if verb in SKIP and shutil.which(SKIP[verb][0]) is None:
        pytest.skip(SKIP[verb][1])
    argv = [_fill(word, world, capsys) for word in example.argv]
    if "--library" not in argv:
        argv = ["--library", str(world.library), *argv]
    capsys.readouterr()
    code = cli(argv)
    out, err = capsys.readouterr()
    assert code == 0, f"README.md:{example.line}: {example.text}\nexit {code}\n{out}\n{err}"
    if "--json" in argv:
        json.loads(out)
