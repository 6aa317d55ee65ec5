"""The case parts of Library (cases, translations, packets, agreements): each is given its
collaborators, never the Library, and its writing verbs take the library's write lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.errors import LibraryLocked
from evidence_app.library.agreements import Agreements
from evidence_app.library.cases import Cases
from evidence_app.library.facade import Library
from evidence_app.library.packets import Packets
from evidence_app.library.translations import Translations

PARTS = {"cases": Cases, "translations": Translations, "packets": Packets,
         "agreements": Agreements}
WRITE_PREFIXES = ("add_", "edit_", "delete_", "new_", "move_", "remove_", "restore",
                  "set_", "attach_", "accept_", "link_")


def test_every_write_verb_of_the_case_parts_is_marked() -> None:
    unmarked = [f"{cls.__name__}.{name}" for cls in PARTS.values()
                for name, verb in vars(cls).items()
                if name.startswith(WRITE_PREFIXES) and callable(verb)
                and not hasattr(verb, "__writes__")]
    assert unmarked == []


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    first = Library.open(tmp_path / "lib")
    second = Library.open(tmp_path / "lib", lock_wait=0.2)
    try:
        yield first, second
    finally:
        second.close()
        first.close()


def test_the_parts_hold_collaborators_not_the_library(
    pair: tuple[Library, Library],
) -> None:
    library = pair[0]
    for attribute, cls in PARTS.items():
        part = getattr(library, attribute)
        assert type(part) is cls
        assert not any(isinstance(value, Library) for value in vars(part).values()), attribute


def test_a_part_verb_waits_for_another_writer(pair: tuple[Library, Library]) -> None:
    first, second = pair
    case = first.cases.new_case(applicant_name="Test", countries=["HN"])
    with first._writing("building a packet"):
        assert second.cases.cases() == [case]  # readers never wait
        with pytest.raises(LibraryLocked) as info:
            second.cases.edit_case(case.id, court="X")
        assert "(building a packet)" in info.value.holder
        with pytest.raises(LibraryLocked):
            second.cases.set_exhibit_numbering(case.id, "sequential")
        with pytest.raises(LibraryLocked):
            second.agreements.restore_agreement("x")
    second.cases.set_exhibit_numbering(case.id, "sequential")  # free again
    assert first.cases.exhibit_numbering(case.id) == "sequential"


def test_old_verbs_reach_the_parts_until_callers_name_them(library: Library) -> None:
    # TEMPORARY bridge: `library.verb` and `library.cases.cases()` still answer as before.
    case = library.cases.new_case(applicant_name="Test", countries=["HN"])
    assert library.cases.cases() == library.cases.cases() == [case]
    assert library.translations.translations() == library.translations.translations() == {}
    assert library.agreements.agreements("HN") == library.agreements.agreements("HN")
    assert library.cases.exhibits(case.id) == []
    assert library.packets.legal_index_default(case.id) is False
