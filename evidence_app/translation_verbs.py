"""Facade verbs for English translations attached to sources (a mixin of Library).

A foreign-language document goes into a packet with its certified English translation
(EOIR Practice Manual 3.3(a)). The translation file (PDF, DOCX or text) is stored
content-addressed in files/ like originals; PDFs are appended page by page after the
original in the packet, DOCX and text are laid out from the text kept in the database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from . import ingest
from .errors import ImportFailed, InvalidValue, UnsupportedFile
from .importer import sha256_file, store_file
from .locking import writes
from .model import Changes, SourceTranslation

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)

TRANSLATION_FORMATS = ("pdf", "docx", "text")


class TranslationsMixin:
    """Library inherits these verbs."""

    if TYPE_CHECKING:
        store: Store
        folder: Path

        def _reader(self) -> Store: ...

    @writes("attaching a translation")
    def attach_translation(self, source_id: int, path: Path | str) -> SourceTranslation:
        """Attach (or replace) the English translation file of a source. Raises
        ImportFailed subclasses naming the file (unsupported, empty, damaged…)."""
        source = self.store.get_source(source_id)
        if source.language.lower() == "en":
            raise InvalidValue("translation_language", source_id,
                               "the source is in English; correct its language first if it is not")
        path = Path(path)
        document = ingest.extract(path)  # checks existence, size, format; raises ImportFailed
        if document.format not in TRANSLATION_FORMATS:
            raise UnsupportedFile(str(path), "a translation must be a PDF, DOCX or text file")
        try:
            sha = sha256_file(path)
            relative = store_file(self.folder, path, sha, document.format)
        except OSError as exc:
            raise ImportFailed(str(path), f"could not store: {exc.strerror or exc}") from exc
        previous = self.store.get_translation(source_id)
        self.store.set_translation(
            source_id,
            sha256=sha,
            format=document.format,
            original_name=path.name,
            stored_file=relative,
            page_count=len(document.pages),
            text="\f".join(p.text for p in document.pages),
        )
        if previous is not None and previous.stored_file != relative:
            self._drop_file(previous.stored_file)
        found = self.store.get_translation(source_id)
        assert found is not None
        return found

    @writes("removing a translation")
    def remove_translation(self, source_id: int) -> Changes:
        self.store.get_source(source_id)  # NotFound for a wrong id
        removed = self.store.delete_translation(source_id)
        if removed is None:
            raise InvalidValue("translation", source_id, "the source has no translation attached")
        self._drop_file(removed.stored_file)
        return Changes(sources=True)

    def translation(self, source_id: int) -> SourceTranslation | None:
        return self._reader().get_translation(source_id)

    def translations(self) -> dict[int, SourceTranslation]:
        """source id -> its translation, for every source that has one."""
        return {t.source_id: t for t in self._reader().list_translations()}

    def translation_path(self, translation: SourceTranslation) -> Path:
        return self.folder / translation.stored_file

    def _drop_file(self, relative: str) -> None:
        if relative and not self.store.file_in_use(relative):
            (self.folder / relative).unlink(missing_ok=True)
