"""Certificate of translation (after each translated exhibit) and of service (last page).

Wording follows PACKET.md: the translation certificate is typed, lists the document it
covers, states the translator's competence and that the translation is true and
accurate to the best of their abilities, and gives name, address and telephone; blank
lines are left for whatever the case does not record, to be filled by hand.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..citing.citation import format_citation, tab_title
from ..model.cases import DEFAULT_PACKET_TITLE, Case
from .fonts import markup
from .front import long_date
from .layout import Mark, para, rich, styles
from .plan import PlannedExhibit, language_name
from .translation import pages_text

BLANK = "_" * 38


def _or_blank(value: str) -> str:
    return markup(" ".join(value.split())) if value.strip() else BLANK


def translation_certificate(
    case: Case,
    planned: PlannedExhibit,
    original: tuple[int, int],
    translation: tuple[int, int],
) -> list[Flowable]:
    """Names the document and its translation by exhibit and packet pages (`original` and
    `translation` are packet page ranges; the head page for translations under quotes)."""
    st = styles()
    language = language_name(planned.source.language)
    name = _or_blank(case.translator_name)
    label = markup(tab_title(planned.exhibit.label))
    if planned.quotes_translated:
        what = ("the English translations of the passages quoted from the document listed "
                "below are")
        where = (f"the English translation printed under each quoted passage, "
                 f"{pages_text(translation)} ({label} head page).")
    else:
        what = "the English translation of the document listed below is"
        where = f"{label}, English translation, {pages_text(translation)}."
    story: list[Flowable] = [
        Mark(f"translation:{planned.exhibit.id}"),
        para("CERTIFICATE OF TRANSLATION", st.center_heading),
        Spacer(1, 0.2 * inch),
        rich(
            f"I, {name}, certify that I am competent to translate from {markup(language)} "
            f"into English, and that {what} true and accurate to the best of my abilities.",
            st.body,
        ),
        Spacer(1, 0.1 * inch),
        rich(
            f"<b>Document:</b> {label}: "
            f"{format_citation(planned.source, markup=markup).removesuffix('.')}, "
            f"{pages_text(original)}.",
            st.body,
        ),
        rich(f"<b>Translation:</b> {where}", st.body),
        Spacer(1, 0.4 * inch),
        rich(f"Signature: {BLANK}", st.body),
        rich(f"Date: {BLANK}", st.body),
        Spacer(1, 0.15 * inch),
        rich(f"Printed name: {name}", st.body),
        rich(f"Address: {_or_blank(case.translator_address)}", st.body),
        rich(f"Telephone: {_or_blank(case.translator_phone)}", st.body),
        PageBreak(),
    ]
    return story


def service_certificate(case: Case) -> list[Flowable]:
    st = styles()
    title = case.packet_title or DEFAULT_PACKET_TITLE
    when = long_date(case.service_date) if case.service_date else BLANK
    respondent = markup(case.applicant_name) if case.applicant_name else BLANK
    number = f", {markup(case.a_number_display)}" if case.a_number else ""
    story: list[Flowable] = [
        Mark("service"),
        para("CERTIFICATE OF SERVICE", st.center_heading),
        Spacer(1, 0.2 * inch),
        rich(
            f"On {when}, I, {_or_blank(case.filer_name)}, served a copy of this "
            f"\u201c{markup(title)}\u201d and any attached pages, in the matter of "
            f"{respondent}{number}, on {_or_blank(case.service_on)} by "
            f"{_or_blank(case.service_method)}.",
            st.body,
        ),
        Spacer(1, 0.5 * inch),
        rich(f"Signature: {BLANK}", st.body),
        rich(f"Date: {long_date(case.service_date) if case.service_date else BLANK}", st.body),
        Spacer(1, 0.15 * inch),
        rich(f"Printed name: {_or_blank(case.filer_name)}", st.body),
    ]
    if case.filer_address.strip():
        story.append(rich(f"Address: {markup(case.filer_address)}", st.body))
    return story
