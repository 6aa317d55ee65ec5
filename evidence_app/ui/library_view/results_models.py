"""Item models for search results: sources with their best pages (a tree) and best passages
(a flat list), plus the HTML each row is drawn with."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel

from evidence_app.model import PassageHit, Source, SourceHit, Span

from ..labels import cite_text, highlight_colour, kind_label

RecordRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
MetaRole = Qt.ItemDataRole.UserRole + 3

SOURCE, PASSAGE, MORE = "source", "passage", "more"

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def marked_html(text: str, spans: Sequence[Span], colour: str) -> str:
    """Text with each span wrapped in a coloured background; everything else escaped."""
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        start, end = max(span.start, pos), min(span.end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background-color:{colour}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", " ")


def source_meta_line(hit: SourceHit, source: Source | None) -> str:
    parts: list[str] = []
    if source is not None and source.publisher:
        parts.append(source.publisher)
    published = source.published if source is not None else hit.published
    if published:
        parts.append(published)
    if source is not None and source.kind:
        parts.append(kind_label(source.kind))
    if hit.matched_pages == 1:
        parts.append(translate("ResultsView", "1 matching page"))
    else:
        parts.append(
            translate("ResultsView", "{count} matching pages").format(count=hit.matched_pages)
        )
    return " · ".join(parts)


def row_html(index: Index, palette: QPalette) -> str:
    kind = index.data(KindRole)
    record = index.data(RecordRole)
    mark = highlight_colour(palette).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    if kind == SOURCE:
        title = html.escape(record.title or translate("ResultsView", "Untitled source"))
        meta = html.escape(source_meta_line(record, index.data(MetaRole)))
        return f'<b>{title}</b><br><span style="color:{muted}">{meta}</span>'
    if kind == PASSAGE:
        cite = html.escape(cite_text(record.cite_label) or str(record.page_no))
        snippet = marked_html(record.snippet, record.highlights, mark)
        if index.data(MetaRole) == "flat":
            title = html.escape(record.title or translate("ResultsView", "Untitled source"))
            return f"<b>{title}</b>, {cite}<br>{snippet}"
        return f"<b>{cite}</b>&nbsp;&nbsp;{snippet}"
    if kind == MORE:
        return f'<a href="#">{html.escape(index.data(Qt.ItemDataRole.DisplayRole))}</a>'
    return html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))


def _passage_item(hit: PassageHit, flat: bool) -> QStandardItem:
    cite = cite_text(hit.cite_label) or str(hit.page_no)
    text = f"{hit.title}, {cite}: {hit.snippet}" if flat else f"{cite}: {hit.snippet}"
    item = QStandardItem(text.replace("\n", " "))
    item.setData(hit, RecordRole)
    item.setData(PASSAGE, KindRole)
    item.setData("flat" if flat else "grouped", MetaRole)
    item.setEditable(False)
    return item


def _more_text(hidden: int) -> str:
    if hidden == 1:
        return translate("ResultsView", "1 more page")
    return translate("ResultsView", "{count} more pages").format(count=hidden)


class GroupedResultsModel(QStandardItemModel):
    """Top level: sources in rank order. Children: best pages, then an 'N more pages' row."""

    def set_hits(
        self, hits: Iterable[SourceHit], sources: dict[int, Source], append: bool = False
    ) -> None:
        if not append:
            # not clear(): it removes rows one by one, and the view moves its current row
            # through every one of them, each move opening that hit in the reader
            self.setRowCount(0)
        root = self.invisibleRootItem()
        for hit in hits:
            item = QStandardItem(hit.title)
            item.setEditable(False)
            item.setData(hit, RecordRole)
            item.setData(SOURCE, KindRole)
            item.setData(sources.get(hit.source_id), MetaRole)
            self._fill(item, hit)
            root.appendRow(item)

    def _fill(self, item: QStandardItem, hit: SourceHit) -> None:
        item.removeRows(0, item.rowCount())
        for page in hit.pages:
            item.appendRow(_passage_item(page, flat=False))
        hidden = hit.matched_pages - len(hit.pages)
        if hidden > 0:
            more = QStandardItem(_more_text(hidden))
            more.setEditable(False)
            more.setData(hit, RecordRole)
            more.setData(MORE, KindRole)
            item.appendRow(more)

    def source_row(self, source_id: int) -> int:
        for row in range(self.rowCount()):
            if self.item(row).data(RecordRole).source_id == source_id:
                return row
        return -1

    def replace_source(self, hit: SourceHit) -> QModelIndex:
        """Show every page fetched for a source after 'N more pages' was chosen."""
        row = self.source_row(hit.source_id)
        if row < 0:
            return QModelIndex()
        item = self.item(row)
        item.setData(hit, RecordRole)
        self._fill(item, hit)
        return item.index()

    def source_hits(self) -> list[SourceHit]:
        return [self.item(row).data(RecordRole) for row in range(self.rowCount())]


class PassagesModel(QStandardItemModel):
    """The best passages across sources, best first."""

    def set_passages(self, passages: Iterable[PassageHit], append: bool = False) -> None:
        if not append:
            # not clear(): it removes rows one by one, and the view moves its current row
            # through every one of them, each move opening that hit in the reader
            self.setRowCount(0)
        root = self.invisibleRootItem()
        seen = {
            (h.source_id, h.page_no)
            for h in (self.item(r).data(RecordRole) for r in range(self.rowCount()))
        }
        for hit in passages:
            if (hit.source_id, hit.page_no) not in seen:
                root.appendRow(_passage_item(hit, flat=True))
                seen.add((hit.source_id, hit.page_no))
