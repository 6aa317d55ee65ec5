"""How well passage risk labels agree with the section headings of State Department reports.

The labelled set: the Country Reports on Human Rights Practices of the starter library
(../shared/starter/statedept_hrr/<year>/*.html), or with --real the 1,748 reports of
2016-2024 in a folder of saved state.gov pages. Each report is extracted as the importer
does (passages of a few thousand characters) and its section headings are placed on the
passages (ingest/headings.py). Ground truth comes from the headings: a passage is about a
risk type when a section mapped to it ("Women" -> gender_violence, "Trafficking in Persons"
-> trafficking, ...) covers at least GOLD_SHARE of the passage, and not about it when no
such section touches it; passages a section touches with less are left out of that type's
count (they are about it in part). The labeller sees the passage text only, headings
hidden. Prints precision and recall per type against the goal (P >= 0.8, R >= 0.7).

    bash packaging/bench.sh --labels                 # the starter reports
    bash packaging/bench.sh --labels --real DIR      # DIR/<year>/*.html (or any *.html below)
    bash packaging/bench.sh --labels --real DIR --limit 300
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from evidence_app.labelling.passage_risks import label_pages
from evidence_app.taxonomy import load_risk_types

# ../shared beside the repository (a worktree: one level further up)
STARTERS = [up / "shared" / "starter" / "statedept_hrr"
            for up in Path(__file__).resolve().parents[3:5]]
CACHE = Path("bench-results") / "labels-cache"
GOLD_SHARE = 0.5
GOAL_P, GOAL_R = 0.8, 0.7

# Section headings (lower case, regex) -> evaluated type. Each evaluated type names the
# slugs whose label counts as finding it ("refugees": asylum procedure or refoulement).
GOLD: tuple[tuple[str, str], ...] = (
    (r"^women$|^women and girls", "gender_violence"),
    (r"^children$|prohibition of child labor", "children"),
    (r"sexual orientation|gender identity|lgbt", "lgbtqi"),
    (r"indigenous people|racial or ethnic|national/racial/ethnic|ethnic minorit",
     "indigenous_ethnic"),
    (r"^trafficking in persons", "trafficking"),
    (r"prison and detention center conditions", "prison_conditions"),
    (r"^c\. torture", "torture"),
    (r"protection of refugees", "refugees"),
    (r"persons with disabilities", "disability"),
    (r"freedom of religion", "religion"),
)
EVALUATED = {
    "gender_violence": ("gender_violence",),
    "children": ("children",),
    "lgbtqi": ("lgbtqi",),
    "indigenous_ethnic": ("indigenous_ethnic",),
    "trafficking": ("trafficking",),
    "prison_conditions": ("prison_conditions",),
    "torture": ("torture",),
    "refugees": ("refoulement", "no_fair_procedure", "asylum_access_barriers"),
    "disability": ("disability",),
    "religion": ("religion",),
}
GOALS = ("gender_violence", "children", "lgbtqi", "indigenous_ethnic", "trafficking",
         "prison_conditions", "torture", "refugees")
# Sections known to speak of a type without being its section: passages under them are left
# out of that type's count ("Prison and Detention Center Conditions" is a subsection of
# "c. Torture", forced labour is what trafficking is for).
PARTLY: tuple[tuple[str, str], ...] = (
    (r"prison and detention center conditions", "torture"),
    (r"forced or compulsory labor", "trafficking"),
    (r"^women$", "children"),
    (r"^children$", "gender_violence"),
)


def gold_of(heading: str) -> set[str]:
    h = heading.lower()
    return {t for pattern, t in GOLD if re.search(pattern, h)}


def _partly_of(heading: str) -> set[str]:
    h = heading.lower()
    return {t for pattern, t in PARTLY if re.search(pattern, h)}


def extract(path: Path) -> tuple[str, list[tuple[int, str]], dict[int, list[tuple[int, str, int]]]]:
    """(name, pages, {page_no: [(level, heading, start)]}) of one report, as imported."""
    from evidence_app.ingest.headings import html_headings, page_headings
    from evidence_app.ingest.html import extract_html

    doc = extract_html(path)
    pages = [(p.page_no, p.text) for p in doc.pages]
    found = page_headings(html_headings(path), pages)
    return (str(path), pages, {n: [(h.level, h.text, h.start) for h in rows]
                               for n, rows in found.items()})


def gold(text: str, rows: Sequence[tuple[int, str, int]]) -> tuple[set[str], set[str]]:
    """(types the passage is about, types it is partly about: left out of their count).

    The text between two headings belongs to the sections in force there; the deepest of
    them that maps to a type decides ("Prison and Detention Center Conditions" inside
    "c. Torture ..." is prison conditions, not torture)."""
    size = max(len(text), 1)
    cover: dict[str, float] = {}
    partly: set[str] = set()
    stack: list[tuple[int, str]] = []
    at = 0

    def close(upto: int) -> None:
        share = (upto - at) / size
        if share <= 0:
            return
        for _level, heading in reversed(stack):
            types = gold_of(heading)
            if types:
                for t in types:
                    cover[t] = cover.get(t, 0.0) + share
                break
        for _level, heading in stack:
            partly.update(_partly_of(heading))

    for level, heading, start in rows:
        if start >= 0:
            close(start)
            at = start
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
    close(len(text))
    about = {t for t, share in cover.items() if share >= GOLD_SHARE}
    partly |= {t for t, share in cover.items() if 0 < share < GOLD_SHARE}
    return about, partly - about


def _cached(path: Path) -> tuple[str, list[tuple[int, str]], dict[int, list[tuple[int, str, int]]]]:
    key = CACHE / (re.sub(r"[^\w.-]+", "_", str(path.resolve())) + ".pickle")
    if key.exists() and key.stat().st_mtime >= path.stat().st_mtime:
        with key.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    data = extract(path)
    key.parent.mkdir(parents=True, exist_ok=True)
    with key.open("wb") as fh:
        pickle.dump(data, fh)
    return data


def score(reports: Sequence[tuple[str, list[tuple[int, str]], dict]]) -> dict[str, dict]:
    risks = load_risk_types()
    tally = {t: {"tp": 0, "fp": 0, "fn": 0} for t in EVALUATED}
    for _name, pages, headings in reports:
        labels = label_pages(pages, risks)  # headings hidden
        for page_no, text in pages:
            about, partly = gold(text, headings.get(page_no, []))
            found = labels.get(page_no, {})
            for t, slugs in EVALUATED.items():
                if t in partly:
                    continue
                said = any(s in found for s in slugs)
                if said and t in about:
                    tally[t]["tp"] += 1
                elif said:
                    tally[t]["fp"] += 1
                elif t in about:
                    tally[t]["fn"] += 1
    for t in tally.values():
        t["precision"] = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        t["recall"] = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    return tally


def table(tally: dict[str, dict], reports: int, pages: int) -> str:
    lines = [f"{reports} reports, {pages} passages (headings hidden from the labeller)",
             f"{'type':<20}{'passages':>9}{'precision':>11}{'recall':>8}  goal",
             "-" * 56]
    for t, row in tally.items():
        goal = ""
        if not row["tp"] + row["fn"]:
            goal = "no such sections" if t in GOALS else ""
        elif t in GOALS:
            ok = row["precision"] >= GOAL_P and row["recall"] >= GOAL_R
            goal = "met" if ok else "MISSED"
        lines.append(f"{t:<20}{row['tp'] + row['fn']:>9}{row['precision']:>11.2f}"
                     f"{row['recall']:>8.2f}  {goal}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, help="folder of saved State Department reports")
    ap.add_argument("--limit", type=int, default=0, help="a random sample of this many")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args(argv)
    root = args.real or next((p for p in STARTERS if p.is_dir()), STARTERS[0])
    paths = sorted(root.rglob("*.html")) + sorted(root.rglob("*.htm"))
    if not paths:
        print(f"no reports found in {root}", file=sys.stderr)
        return 2
    if args.limit and args.limit < len(paths):
        paths = sorted(random.Random(args.seed).sample(paths, args.limit))
    began = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        reports = [r for r in pool.map(_cached, paths, chunksize=4) if r[1]]
    read = time.perf_counter() - began
    began = time.perf_counter()
    tally = score(reports)
    took = time.perf_counter() - began
    pages = sum(len(r[1]) for r in reports)
    print(table(tally, len(reports), pages))
    print(f"read {read:.1f} s, labelled in {took:.1f} s ({pages / max(took, 1e-9):.0f} passages/s)")
    if args.json:
        args.json.write_text(json.dumps(tally, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
