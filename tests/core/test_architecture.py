"""House rules a machine can check."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import evidence_app

REPO = Path(__file__).resolve().parents[2]


def test_core_does_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, evidence_app\n"
        "for m in pkgutil.walk_packages(evidence_app.__path__, 'evidence_app.'):\n"
        "    if m.name.startswith('evidence_app.ui') or m.name == 'evidence_app.app':\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "assert 'PySide6' not in sys.modules, [k for k in sys.modules if 'PySide6' in k]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_every_core_module_imports() -> None:
    names = [
        m.name
        for m in pkgutil.walk_packages(evidence_app.__path__, "evidence_app.")
        if not m.name.startswith("evidence_app.ui") and m.name != "evidence_app.app"
    ]
    assert "evidence_app.library.facade" in names
    for name in names:
        importlib.import_module(name)


def test_schema_sql_is_current(tmp_path: Path) -> None:
    from evidence_app.store import Store, schema_sql

    store = Store.open(tmp_path / "x.sqlite3")
    try:
        current = schema_sql(store.db)
    finally:
        store.close()
    recorded = (REPO / "db" / "schema.sql").read_text(encoding="utf-8")
    assert current == recorded, "db/schema.sql is stale: regenerate it with store.schema_sql"


def test_migrations_are_numbered_in_order() -> None:
    from evidence_app.store.connection import migration_files

    numbers = [int(p.name[:4]) for p in migration_files()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_import_contracts_are_kept() -> None:
    """The layers and forbidden arrows in pyproject.toml ([tool.importlinter])."""
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "import-linter is missing: run packaging/bootstrap.sh test"
    done = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def _import_graph() -> dict[str, set[str]]:
    """Module -> the modules its running code imports (at module level or inside functions;
    not under `if TYPE_CHECKING:`). Importing a.b.c also runs a/__init__ and a/b/__init__,
    so an import names the packages above its target too (except the importer's own)."""
    import grimp

    graph = grimp.build_graph("evidence_app", exclude_type_checking_imports=True)

    def packages(name: str) -> set[str]:
        parts = name.split(".")
        return {".".join(parts[:i]) for i in range(1, len(parts))}

    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        own = packages(module) | {module}
        targets: set[str] = set()
        for imported in graph.find_modules_directly_imported_by(module):
            targets.add(imported)
            targets |= packages(imported) - own
        edges[module] = targets
    return edges


def import_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another in a circle (strongly connected
    components of more than one module, or a module importing itself), as one circle
    through the group: [a, b, c, a]."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        # Tarjan's algorithm without recursion: (module, its remaining targets)
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, targets = work[-1]
            for target in targets:
                if target not in edges:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges[target]))))
                    break
                if target in on_stack:
                    low[module] = min(low[module], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == module:
                            break
                    if len(group) > 1 or module in edges[module]:
                        groups.append(group)
    return [_circle(group, edges) for group in groups]


def _circle(group: set[str], edges: dict[str, set[str]]) -> list[str]:
    """A shortest circle from the group's first module back to itself, inside the group."""
    start = min(group)
    previous: dict[str, str] = {}
    queue = [start]
    for module in queue:
        for target in sorted(edges[module] & group):
            if target == start:
                path = [module]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [start, *reversed(path[:-1]), start] if module != start else [start, start]
            if target not in previous:
                previous[target] = module
                queue.append(target)
    raise AssertionError(f"no circle in {sorted(group)}")  # pragma: no cover


def test_cycle_finder_names_the_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert sorted(import_cycles(edges)) == [["a", "b", "c", "a"], ["e", "e"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    cycles = import_cycles(_import_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_folder_holds_more_than_20_modules() -> None:
    crowded = {
        str(folder.relative_to(REPO)): count
        for folder in [REPO / "evidence_app", *(REPO / "evidence_app").rglob("*")]
        if folder.is_dir() and (count := len(list(folder.glob("*.py")))) > 20
    }
    assert not crowded, f"split these folders by capability: {crowded}"


# Known, on their way out: remove an entry when its helper's work lands (the test then fails on
# the stale entry, so the list cannot rot).
PRIVATE_NAMES_IN_USE: set[tuple[str, str]] = set()


def _private_names_used_across_modules() -> set[tuple[str, str]]:
    """(file, module._name) where a module imports another module's underscore name, or
    reads one through a module it imported (`files._sweep`)."""
    found: set[tuple[str, str]] = set()
    package = REPO / "evidence_app"
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
            home = parts
        else:
            home = parts[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = home[: len(home) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                if not target.startswith("evidence_app"):
                    continue
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    if _private(alias.name):
                        found.add((str(path.relative_to(REPO)), full))
                    if _is_module(full):
                        modules[alias.asname or alias.name] = full
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("evidence_app") and alias.asname:
                        modules[alias.asname] = alias.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in modules and _private(node.attr)):
                found.add((str(path.relative_to(REPO)), f"{modules[node.value.id]}.{node.attr}"))
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _is_module(dotted: str) -> bool:
    path = REPO.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_no_module_uses_another_modules_private_names() -> None:
    found = _private_names_used_across_modules()
    assert found - PRIVATE_NAMES_IN_USE == set(), "make these public in their own module"
    assert PRIVATE_NAMES_IN_USE - found == set(), "gone: remove them from PRIVATE_NAMES_IN_USE"
