"""How a result row is drawn: its HTML, wrapped to the view's width, measured lazily."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from ..labels import cite_text
from .results_models import (
    PASSAGE,
    SOURCE,
    KindRole,
    MetaRole,
    RecordRole,
    row_html,
    source_meta_line,
)

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's HTML with the palette's text colours, wrapped to the view's width.

    Laying out a row's HTML costs about a millisecond, and a view asks every row for its
    height when results arrive. So a row is measured exactly only when it is painted; until
    then its height is estimated from its plain text's width (a microsecond), and a painted
    row whose real height differs asks the view to lay it out again.

    When results arrive a dozen rows are new at once, and laying them all out in one paint
    froze the window for 25-45 ms. A paint lays out rows for at most LAYOUT_BUDGET_S; rows
    past it are drawn as plain text and repainted in the next turn of the event loop.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        # exact heights of painted rows, by row record; the record is kept so its id stays its own
        self._heights: dict[tuple[object, ...], tuple[object, int]] = {}
        self._metrics: dict[str, tuple[float, float, float]] = {}
        self._docs: dict[tuple[object, ...], tuple[object, QTextDocument]] = {}  # painted rows
        self._relayout_asked = False
        self._spent = 0.0  # seconds of new layouts in this turn of the event loop
        self._turn_open = False
        self._repaint_asked = False

    def _charge(self, seconds: float) -> None:
        self._spent += seconds
        if not self._turn_open:
            self._turn_open = True
            QTimer.singleShot(0, self._next_turn)

    def _next_turn(self) -> None:
        self._turn_open = False
        self._spent = 0.0

    def _repaint_rest(self) -> None:
        self._repaint_asked = False
        self.view.viewport().update()

    def _width(self, index: Index) -> int:
        width = self.view.viewport().width()
        if isinstance(self.view, QTreeView):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        return max(120, width - 4)

    def _document(
        self, option: QStyleOptionViewItem, index: Index, selected: bool
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(DOC_MARGIN)
        doc.setDefaultFont(option.font)
        palette = QPalette(option.palette)
        if selected:
            # amber over the selection colour keeps highlighted words visible on a selected row
            selection = option.palette.color(QPalette.ColorRole.Highlight)
            palette.setColor(QPalette.ColorRole.Base, selection)
        doc.setHtml(row_html(index, palette))
        doc.setTextWidth(self._width(index))
        return doc

    def _key(self, option: QStyleOptionViewItem, index: Index) -> tuple[object, ...]:
        record = index.data(RecordRole)
        return (index.data(KindRole), index.data(MetaRole), id(record), self._width(index),
                option.font.key(), option.palette.cacheKey())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        key = self._key(option, index)
        cached = None if selected else self._docs.get(key)
        if cached is not None:
            doc = cached[1]  # a repaint (scrolling, a relayout) needs no new layout
        elif self._spent and self._spent >= LAYOUT_BUDGET_S:  # at least one a turn
            self._draw_plain(painter, opt, index)
            if not self._repaint_asked:
                self._repaint_asked = True
                QTimer.singleShot(0, self._repaint_rest)
            return
        else:
            started = time.perf_counter()
            doc = self._document(opt, index, selected)
            doc.size()  # the layout itself, charged to this turn
            self._charge(time.perf_counter() - started)
            if not selected:
                if len(self._docs) > 400:
                    self._docs.clear()
                self._docs[key] = (index.data(RecordRole), doc)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()
        height = int(doc.size().height()) + 2
        known = self._heights.get(key)
        if known is None or known[1] != height:
            if len(self._heights) > 4000:
                self._heights.clear()
            self._heights[key] = (index.data(RecordRole), height)
            if height != option.rect.height() and not self._relayout_asked:
                # the view lays out every row for each sizeHintChanged: ask once per paint
                self._relayout_asked = True
                QTimer.singleShot(0, self._relayout)

    def _draw_plain(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """The row's text without markup, a fraction of the cost of its HTML layout."""
        rect = QRect(opt.rect).adjusted(DOC_MARGIN + 2, DOC_MARGIN, -DOC_MARGIN, -DOC_MARGIN)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap)
        painter.drawText(rect, flags, row_plain(index))
        painter.restore()

    def _relayout(self) -> None:
        self._relayout_asked = False
        self.sizeHintChanged.emit(QModelIndex())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(index)
        if not self.view.isVisible():
            # a hidden view has no real width yet; it is measured again when shown
            return QSize(width, option.fontMetrics.height() * 3)
        known = self._heights.get(self._key(option, index))
        if known is not None:
            return QSize(width, known[1])
        font = option.font
        metrics = self._metrics.get(font.key())
        if metrics is None:
            bold = QFont(font)
            bold.setBold(True)
            plain = QFontMetricsF(font)
            metrics = (plain.averageCharWidth(), QFontMetricsF(bold).averageCharWidth(),
                       plain.lineSpacing())
            self._metrics[font.key()] = metrics
        return QSize(width, estimated_height(index, metrics, width))


DOC_MARGIN = 4
LAYOUT_BUDGET_S = 0.008


def row_plain(index: Index) -> str:
    """What a row says, as plain text (drawn while its HTML waits for layout)."""
    kind = index.data(KindRole)
    record = index.data(RecordRole)
    if kind == SOURCE:
        return f"{record.title}\n{source_meta_line(record, index.data(MetaRole))}"
    if kind == PASSAGE:
        cite = cite_text(record.cite_label) or str(record.page_no)
        if index.data(MetaRole) == "flat":
            return f"{record.title}, {cite}\n{record.snippet}"
        return f"{cite}  {record.snippet}"
    return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def estimated_height(index: Index, metrics: tuple[float, float, float], width: int) -> int:
    """A row's height from the length of its text (average character widths of the plain and
    bold font, and the line spacing): close, and no layout at all."""
    plain, bold, spacing = metrics
    usable = max(40.0, (width - 2 * DOC_MARGIN) * 0.92)  # words do not fill a line exactly

    def lines(chars: int, char_width: float) -> int:
        return max(1, math.ceil(chars * char_width / usable))

    kind = index.data(KindRole)
    record = index.data(RecordRole)
    if kind == SOURCE:
        meta = source_meta_line(record, index.data(MetaRole))
        count = lines(len(record.title or "?"), bold) + lines(len(meta), plain)
    elif kind == PASSAGE:
        if index.data(MetaRole) == "flat":
            head = len(record.title) + len(cite_text(record.cite_label)) + 2
            count = lines(head, bold) + lines(len(record.snippet), plain)
        else:
            count = lines(len(cite_text(record.cite_label)) + 2 + len(record.snippet), plain)
    else:
        count = 1
    return math.ceil(count * spacing) + 2 * DOC_MARGIN + 2
