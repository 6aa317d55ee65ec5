"""English translations in the packet (EOIR Practice Manual 3.3(a); 8 C.F.R. § 1003.33).

Each foreign-language exhibit is followed by its English translation, then by the
certificate of translation naming both by exhibit and packet pages. The translation is
either a file attached to the source (a PDF appended page by page, or DOCX/text laid
out here) or, for an exhibit of excerpts, the translation typed under each quote on the
head page. An exhibit with neither gets no certificate: the build refuses unless the
user chooses to file it anyway, and then the index marks it "translation to follow".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from ..citing.citation import format_citation, tab_title
from ..errors import TranslationMissing
from .assemble import PageRef, open_original
from .fonts import markup
from .layout import Mark, Rendered, para, render, rich, styles
from .parts import PacketPages
from .plan import PlannedExhibit, language_name

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def check_translations(exhibits: Sequence[PlannedExhibit], to_follow: bool) -> list[str]:
    """Labels of the exhibits with no translation; raises TranslationMissing unless the
    user chose to file them with "translation to follow"."""
    missing = [e for e in exhibits if e.translation_missing]
    if missing and not to_follow:
        raise TranslationMissing(
            tuple(e.label for e in missing),
            tuple(language_name(e.source.language) for e in missing),
        )
    return [e.label for e in missing]


def usable_translations(
    exhibits: Sequence[PlannedExhibit], warnings: list[str]
) -> list[PlannedExhibit]:
    """Translation PDFs that cannot be reopened are laid out from their text instead; the
    page count of the others is filled in for the page sequence."""
    out = []
    for planned in exhibits:
        translation = planned.translation
        if translation is not None and translation.path is not None:
            try:
                count = len(open_original(str(translation.path)).pages)
                translation = dataclasses.replace(translation, pdf_pages=count)
            except (ValueError, OSError) as exc:
                warnings.append(
                    f"{tab_title(planned.label)}: translation PDF unavailable ({exc}); its text "
                    "is laid out instead"
                )
                translation = dataclasses.replace(translation, path=None, pdf_pages=0)
            planned = dataclasses.replace(planned, translation=translation)
        out.append(planned)
    return out


def translation_story(planned: PlannedExhibit) -> list[Flowable]:
    """The first page of the translation: what it translates; then its text unless it is
    a PDF whose own pages follow."""
    st = styles()
    translation = planned.translation
    assert translation is not None
    language = language_name(planned.source.language)
    story: list[Flowable] = [Mark(f"english:{planned.exhibit.id}")]
    story.append(para(f"{tab_title(planned.label)}: English translation", st.heading))
    story.append(
        rich(
            f"English translation from {markup(language)} of "
            f"{format_citation(planned.source, markup=markup)}",
            st.body,
        )
    )
    if translation.path is not None:
        count = translation.pdf_pages
        unit = "page" if count == 1 else "pages"
        story.append(para(f"The translation follows ({count} {unit}).", st.small))
    else:
        for page in translation.pages:
            for block in _PARAGRAPHS.split(page):
                if block.strip():
                    story.append(para(" ".join(block.split()), st.body))
    story.append(PageBreak())
    return story


def render_translations(exhibits: Sequence[PlannedExhibit]) -> Rendered | None:
    story: list[Flowable] = []
    for planned in exhibits:
        if planned.translation is not None and planned.needs_translation:
            story += translation_story(planned)
    return render(story) if story else None


def translation_note(planned: PlannedExhibit) -> str:
    """The line on the exhibit head page saying where the English is."""
    language = language_name(planned.source.language)
    if planned.translation is not None:
        said = f"Original language: {language}. " if planned.source.language else ""
        return (f"{said}An English translation follows the original, then a certificate of "
                "translation.")
    if planned.quotes_translated:
        return (f"Original language: {language}. The English translation of each passage is "
                "printed under it; a certificate of translation follows this document.")
    return f"Original language: {language}. English translation to follow."


def pages_text(pages: tuple[int, int]) -> str:
    first, last = pages
    return f"packet page {first}" if first == last else f"packet pages {first}\u2013{last}"


def _range(rendered: Rendered, key: str, keys: Sequence[str]) -> tuple[int, int]:
    """Pages [first, last] from a mark up to the next mark of the same document."""
    first = rendered.marks[key]
    later = [rendered.marks[k] for k in keys if k in rendered.marks and rendered.marks[k] > first]
    return first, (min(later) - 1 if later else rendered.pages - 1)


def translation_pages(
    seq: PacketPages,
    planned: PlannedExhibit,
    heads: Rendered,
    english: Rendered | None,
    english_keys: list[str],
    first: int,
) -> None:
    """Append the exhibit's English translation after the original; record both ranges."""
    exhibit_id = planned.exhibit.id
    refs = seq.refs
    key = f"english:{exhibit_id}"
    if not planned.needs_translation:
        return  # an English source keeps no translation in the packet
    if planned.translation is not None and english is not None and key in english.marks:
        original = (first, len(refs))
        lo, hi = _range(english, key, english_keys)
        refs += [PageRef("translations", i, exhibit_id) for i in range(lo, hi + 1)]
        if planned.translation.path is not None:
            doc = f"original:translation:{exhibit_id}"
            refs += [PageRef(doc, i, exhibit_id) for i in range(planned.translation.pdf_pages)]
        seq.translations[exhibit_id] = (original, (original[1] + 1, len(refs)))
    elif planned.quotes_translated:
        # The translations are printed under the quotes, on the head page(s).
        tab_keys = [k for k in heads.marks if k.startswith("tab:")]
        lo, hi = _range(heads, f"tab:{exhibit_id}", tab_keys)
        head = heads.marks.get(f"head:{exhibit_id}", lo)
        seq.translations[exhibit_id] = ((first, len(refs)), (first + head - lo, first + hi - lo))
