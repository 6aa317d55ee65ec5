"""The Qt binding must not drop references to None, True or False.

PySide6 6.12.0 did, on Python 3.11: each void call (QPainter.save()) dropped one reference to
None and each Signal.emit() one to True, so after a few thousand calls the interpreter died
with "Fatal Python error: none_dealloc". A binding upgrade that brings this back fails here,
not in a user's hands half-way through an import.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QImage, QPainter, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate

CALLS = 500


class Emitter(QObject):
    changed = Signal(int)
    payload = Signal(object)


def lost(obj: object, call: Callable[[], object]) -> int:
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(obj)


@pytest.mark.parametrize("singleton", [None, True, False], ids=["None", "True", "False"])
def test_calls_keep_singleton_references(qapp: object, singleton: object) -> None:
    emitter = Emitter()
    delegate = QStyledItemDelegate()
    model = QStandardItemModel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        calls: dict[str, Callable[[], object]] = {
            "Python signal emit": lambda: emitter.changed.emit(1),
            "Python signal emit (object)": lambda: emitter.payload.emit(None),
            "C++ signal emit": lambda: delegate.sizeHintChanged.emit(QModelIndex()),
            "void methods": lambda: (painter.save(), painter.restore()),
            "a getter returning None": lambda: emitter.parent(),
            "a getter returning a bool": lambda: model.hasChildren(),
        }
        for name, call in calls.items():
            # a real leak loses one reference per call; leave room for the interpreter's own
            assert lost(singleton, call) < CALLS // 10, f"{name} drops references to {singleton}"
    finally:
        painter.end()
