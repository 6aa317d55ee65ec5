"""`library.translations`: English translations attached to sources.

A foreign-language document goes into a packet with its certified English translation
(EOIR Practice Manual 3.3(a)). The translation file (PDF, DOCX or text) is stored
content-addressed in files/ like originals; PDFs are appended page by page after the
original in the packet, DOCX and text are laid out from the text kept in the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .. import ingest
from ..errors import ImportFailed, InvalidValue, UnsupportedFile
from ..folder import files as lib_folder
from ..folder.locking import writes
from ..model import Changes, Source, SourceTranslation
from ..model.cases import Exhibit
from ..packet.plan import PlannedExhibit, PlannedTranslation
from .stores import Stores
from .watch import Writing

log = logging.getLogger(__name__)

TRANSLATION_FORMATS = ("pdf", "docx", "text")


class Translations:
    """The translation verbs; given the stores, the write lock, the library folder (where
    translation files are stored) and the case part's `exhibits` (labelled, in order)."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        exhibits: Callable[[int], list[Exhibit]],
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._exhibits = exhibits

    @writes("attaching a translation")
    def attach_translation(self, source_id: int, path: Path | str) -> SourceTranslation:
        """Attach (or replace) the English translation file of a source. Raises
        ImportFailed subclasses naming the file (unsupported, empty, damaged…)."""
        source = self._stores.writer.sources.get_source(source_id)
        if source.language.lower() == "en":
            raise InvalidValue("translation_language", source_id,
                               "the source is in English; correct its language first if it is not")
        path = Path(path)
        document = ingest.extract(path)  # checks existence, size, format; raises ImportFailed
        if document.format not in TRANSLATION_FORMATS:
            raise UnsupportedFile(str(path), "a translation must be a PDF, DOCX or text file")
        try:
            sha = lib_folder.sha256_file(path)
            relative = lib_folder.put_file(self._folder, path, sha,
                                           lib_folder.stored_suffix(document.format))
        except OSError as exc:
            raise ImportFailed(str(path), f"could not store: {exc.strerror or exc}") from exc
        previous = self._stores.writer.translations.get_translation(source_id)
        self._stores.writer.translations.set_translation(
            source_id,
            sha256=sha,
            format=document.format,
            original_name=path.name,
            stored_file=relative,
            page_count=len(document.pages),
            text="\f".join(p.text for p in document.pages),
        )
        if previous is not None and previous.stored_file != relative:
            self.drop_file(previous)
        found = self._stores.writer.translations.get_translation(source_id)
        assert found is not None
        return found

    @writes("removing a translation")
    def remove_translation(self, source_id: int) -> Changes:
        self._stores.writer.sources.get_source(source_id)  # NotFound for a wrong id
        removed = self._stores.writer.translations.delete_translation(source_id)
        if removed is None:
            raise InvalidValue("translation", source_id, "the source has no translation attached")
        self.drop_file(removed)
        return Changes(sources=True)

    def translation(self, source_id: int) -> SourceTranslation | None:
        return self._stores.reader().translations.get_translation(source_id)

    def translations(self) -> dict[int, SourceTranslation]:
        """source id -> its translation, for every source that has one."""
        return {t.source_id: t for t in self._stores.reader().translations.list_translations()}

    def translation_path(self, translation: SourceTranslation) -> Path:
        return self._folder / translation.stored_file

    def missing_translations(self, case_id: int) -> list[Exhibit]:
        """Exhibits not in English with no English translation to certify (no file attached,
        not every quote translated): the packet build refuses them unless told to mark them
        "translation to follow"."""
        reader = self._stores.reader()
        missing = []
        for exhibit in self._exhibits(case_id):
            source = reader.sources.get_source(exhibit.source_id)
            if not source.language:
                source = self.language_from_text(source)
            planned = PlannedExhibit(
                exhibit,
                source,
                (),
                tuple(reader.excerpts.list_excerpts(ids=list(exhibit.excerpt_ids))),
                None,
                self.planned_translation(source.id),
            )
            if planned.translation_missing:
                missing.append(exhibit)
        return missing

    def language_from_text(self, source: Source) -> Source:
        """The source with the language its text reads in. For a source imported before the
        language detector knew its script, or never guessed: the translation check must not
        let a foreign document through for want of a code."""
        from ..ingest.language import SAMPLE_CHARS, guess_language

        sample: list[str] = []
        for page in self._stores.reader().sources.pages(source.id):
            sample.append(page.text)
            if sum(map(len, sample)) >= SAMPLE_CHARS:
                break
        return replace(source, language=guess_language("\n".join(sample)))

    def planned_translation(self, source_id: int) -> PlannedTranslation | None:
        """The source's translation as the packet plan takes it (None: none attached)."""
        found = self._stores.reader().translations.get_translation(source_id)
        if found is None:
            return None
        # The path comes from the hash, never from the row (a crafted row cannot point out).
        path = lib_folder.source_file(self._folder, found.sha256, found.format, found.stored_file)
        return PlannedTranslation(
            format=found.format,
            original_name=found.original_name,
            sha256=found.sha256,
            pages=found.pages,
            path=path if found.format == "pdf" and path is not None and path.is_file() else None,
        )

    def drop_file(self, removed: SourceTranslation) -> None:
        """Delete a removed translation's stored file unless another row still uses it
        (for a verb that holds the write lock and has removed the row)."""
        path = lib_folder.source_file(self._folder, removed.sha256, removed.format,
                                      removed.stored_file)
        if path is None:
            return
        stored = path.relative_to(self._folder).as_posix()
        if not self._stores.writer.translations.file_in_use(stored):
            path.unlink(missing_ok=True)
