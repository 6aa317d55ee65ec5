"""The export dialog and error messages for packets in parts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from evidence_app.errors import PacketPageTooLarge
from evidence_app.library.facade import Library
from evidence_app.model.cases import IndexRow, PacketPart, PacketResult
from evidence_app.ui.cases.export.export_dialog import ExportDialog, size_text
from evidence_app.ui.errors import describe_error


def test_a_page_too_large_is_explained_in_words() -> None:
    text = describe_error(PacketPageTooLarge("2", 12, 26_400_000, 25_000_000))
    assert "Tab 2, packet page 12" in text and "26.4 MB" in text and "25.0 MB" in text
    assert "no packet was written" in text
    assert "Packet page 1 " in describe_error(PacketPageTooLarge("", 1, 10, 5))


def test_sizes_are_decimal_megabytes_as_ecas_counts() -> None:
    assert size_text(25_000_000) == "25.0 MB"
    assert size_text(24_999_999) == "25.0 MB"
    assert size_text(1_500) == "2 KB"


def test_an_exhibit_cut_between_parts_is_listed_under_each(
    qtbot: QtBot, ui_library: Library, tmp_path: Path
) -> None:
    case = ui_library.cases.new_case(applicant_name="Ana", countries=["HN"])
    dialog = ExportDialog(ui_library, case, None)
    qtbot.addWidget(dialog)
    rows = (
        IndexRow(1, "1", "First report (2024).", 3, 6, 1),
        IndexRow(2, "2", "Annex (2024).", 7, 18, 2, ((2, 7, 11), (3, 12, 18))),
    )
    parts = (PacketPart(str(tmp_path / "P_Part1.pdf"), 1, 6, 100_000),
             PacketPart(str(tmp_path / "P_Part2.pdf"), 7, 11, 290_000),
             PacketPart(str(tmp_path / "P_Part3.pdf"), 12, 18, 250_000))
    dialog.show_result(PacketResult(parts=parts, total_pages=18, index=rows))
    tree = dialog.parts_tree
    listed = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        listed[item.text(0)] = [(item.child(k).text(0).split(":")[0], item.child(k).text(1))
                                for k in range(item.childCount())]
    assert listed == {
        "P_Part1.pdf": [("Tab 1", "3–6")],
        "P_Part2.pdf": [("Tab 2", "7–11")],
        "P_Part3.pdf": [("Tab 2", "12–18")],
    }
