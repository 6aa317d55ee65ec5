"""The process the kill trials kill: `python -m tests.trust.crash_driver LIB WORK SEED`.

It imports everything, prints READY, waits for GO on stdin, opens the library and then does
write verbs in a loop until it is killed. Before each verb it prints `START n {json}`, after
the verb returned `DONE n {json}`: what the test may then require of the library.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from evidence_app.library.facade import Library

WORDS = ("gangs extortion deportees police threats asylum refugees violence femicide "
         "pandillas amenazas deportados policía detention border judges journalists").split()
COUNTRIES = ("HN", "GT", "SV", "BZ", "EC", "PY", "UG", "MX")
BUNDLES = "bundles"


def text_for(token: str, rng: random.Random) -> str:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(12)]
    return f"Report {token}\n\n{token} appears here.\n\n" + "\n\n".join(paragraphs)


class Driver:
    def __init__(self, lib: Library, work: Path, seed: int) -> None:
        self.lib = lib
        self.work = work
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = 0
        self.bundles = sorted((work / BUNDLES).glob("*.evbundle"))

    def token(self) -> str:
        return f"tok{self.seed}x{self.n}"

    def pick_source(self) -> Any:
        sources = self.lib.catalog.sources()
        return self.rng.choice(sources) if sources else None

    # ------------------------------------------------------------ verbs
    def do_import(self) -> dict[str, Any]:
        token = self.token()
        path = self.work / f"{token}.txt"
        path.write_text(text_for(token, self.rng), encoding="utf-8")
        report = self.lib.import_files([path], workers=0)
        path.unlink()
        return {"op": "import", "token": token, "sha": report.imported[0].sha256}

    def do_edit(self) -> dict[str, Any]:
        source = self.pick_source()
        if source is None:
            return self.do_import()
        title = f"Title {self.token()}"
        self.lib.catalog.edit_source(source.id, title=title)
        return {"op": "edit", "sha": source.sha256, "title": title}

    def do_tag(self) -> dict[str, Any]:
        source = self.pick_source()
        if source is None:
            return self.do_import()
        country = self.rng.choice(COUNTRIES)
        self.lib.catalog.tag(source.id, countries=[country])
        return {"op": "tag", "sha": source.sha256, "country": country}

    def do_excerpt(self) -> dict[str, Any]:
        source = self.pick_source()
        if source is None:
            return self.do_import()
        page = self.lib.catalog.pages(source.id)[0]
        start = self.rng.randrange(0, max(1, len(page.text) - 40))
        note = f"note-{self.token()}"
        self.lib.excerpts.add_excerpt(source.id, page.page_no, start, start + 30, note=note)
        return {"op": "excerpt", "note": note}

    def do_excerpt_delete(self) -> dict[str, Any]:
        mine = [e for e in self.lib.excerpts.excerpts() if e.note.startswith("note-")]
        if not mine:
            return self.do_excerpt()
        excerpt = self.rng.choice(mine)
        self.lib.excerpts.delete_excerpt(excerpt.id)
        return {"op": "excerpt_delete", "note": excerpt.note}

    def do_case(self) -> dict[str, Any]:
        source = self.pick_source()
        if source is None:
            return self.do_import()
        name = f"Applicant {self.token()}"
        case = self.lib.cases.new_case(applicant_name=name, countries=["HN"])
        self.lib.cases.add_exhibit(case.id, source.id)
        return {"op": "case", "name": name}

    def do_case_edit(self) -> dict[str, Any]:
        cases = self.lib.cases.cases()
        if not cases:
            return self.do_case()
        case = self.rng.choice(cases)
        notes = f"notes {self.token()}"
        self.lib.cases.edit_case(case.id, notes=notes)
        return {"op": "case_edit", "name": case.applicant_name, "notes": notes}

    def do_bundle(self) -> dict[str, Any]:
        if not self.bundles:
            return self.do_import()
        bundle = self.rng.choice(self.bundles)
        self.lib.bundles.import_bundle(bundle)
        return {"op": "bundle", "file": bundle.name}

    def do_rebuild(self) -> dict[str, Any]:
        self.lib.index.rebuild_index()
        return {"op": "rebuild"}

    VERBS = (("do_import", 4), ("do_edit", 2), ("do_tag", 2), ("do_excerpt", 2),
             ("do_excerpt_delete", 1), ("do_case", 1), ("do_case_edit", 1), ("do_bundle", 1),
             ("do_rebuild", 1))

    def step(self) -> None:
        names = [n for n, _ in self.VERBS]
        weights = [w for _, w in self.VERBS]
        name = self.rng.choices(names, weights)[0]
        self.n += 1
        print(f"START {self.n} {json.dumps({'verb': name})}", flush=True)
        result = getattr(self, name)()
        print(f"DONE {self.n} {json.dumps(result)}", flush=True)


def main(argv: list[str]) -> int:
    folder, work, seed = Path(argv[0]), Path(argv[1]), int(argv[2])
    # What the app does once at start (the GUI in a background thread): the language model
    # and the extraction fork server, so the kills land in writes, not in start-up.
    from evidence_app.ingest import pool
    from evidence_app.ingest.language import load_model

    load_model()
    # Workers run this main module again: loaded in the fork server, it costs them nothing
    # (as evidence_app.cli.main does for the command line).
    pool.PRELOAD.append("tests.trust.crash_driver")
    pool.warm_up(wait=True)
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 0
    with Library.open(folder, lock_wait=30) as lib:
        driver = Driver(lib, work, seed)
        while True:
            driver.step()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
