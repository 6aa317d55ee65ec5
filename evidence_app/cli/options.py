"""`--json` and `--library` before or after the verb, for every verb of `evidence-cli`.

Every verb's parser (and every parser below it: `case new`, `packet build`, …) is a
`VerbParser`, which adds the two options itself, with `argparse.SUPPRESS` defaults so that a
verb that is not given them leaves the values given before the verb alone. A verb added with
the `add(name, handler, help)` helper of `cli.build_parser` gets them without doing anything;
sub-verbs too, because `add_subparsers` makes parsers of its parent's class.

`--library` may be given once per level (before the verb, after it, after a sub-verb); each
level keeps its own value and `resolve` joins them: the same folder named twice is fine, two
different folders are an error (a write into the wrong library is not a guess to make).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..folder.paths import default_library_dir

JSON_HELP = "machine-readable output (JSON on stdout)"
_AFTER = "library@"  # namespace attributes of --library given after a verb, one per level


def library_help() -> str:
    return f"library folder (default {default_library_dir()})"


class _LibraryOnce(argparse.Action):
    """Stores the folder; the same option twice at one level with two folders is an error."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        before = getattr(namespace, self.dest, None)
        if before is not None and not _same_folder(before, values):
            parser.error(f"--library given twice: {before} and {values}")
        setattr(namespace, self.dest, values)


def _same_folder(a: Any, b: Any) -> bool:
    return Path(a).expanduser().absolute() == Path(b).expanduser().absolute()


def add_top_options(parser: argparse.ArgumentParser) -> None:
    """The options before the verb: defaults `library=None`, `json=False`."""
    parser.add_argument("--library", type=Path, default=None, action=_LibraryOnce,
                        metavar="DIR", help=library_help())
    parser.add_argument("--json", action="store_true", help=JSON_HELP)


class VerbParser(argparse.ArgumentParser):
    """A verb's (or sub-verb's) parser: takes `--json` and `--library DIR` too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # a verb that adds its own --json must not stop the whole command line from starting
        # (tests/core/test_cli_options.py names such a verb)
        kwargs.setdefault("conflict_handler", "resolve")
        super().__init__(*args, **kwargs)
        common = self.add_argument_group("options every command takes (also before it)")
        common.add_argument("--library", type=Path, default=argparse.SUPPRESS,
                            action=_LibraryOnce, dest=_AFTER + self.prog, metavar="DIR",
                            help=library_help())
        common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help=JSON_HELP)


def resolve(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    """Join the `--library` values of every level into `args.library` (None when none was
    given); two different folders end the run with a usage error (exit status 2)."""
    given: list[Path] = [args.library] if args.library is not None else []
    for name in [n for n in vars(args) if n.startswith(_AFTER)]:
        given.append(getattr(args, name))
        delattr(args, name)
    for other in given[1:]:
        if not _same_folder(given[0], other):
            parser.error(f"--library given twice: {given[0]} and {other}")
    args.library = given[-1] if given else None
    return args
