-- Passage-level risk types: the risk types each page (passage) of a source is about, with
-- the labeller's score (evidence_app/passage_risks.py). Derived from the page text, the
-- section headings and the taxonomy's keywords; relabelled when the keywords change.
CREATE TABLE page_risks (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    slug TEXT NOT NULL REFERENCES risk_types(slug) ON UPDATE CASCADE ON DELETE CASCADE,
    score REAL NOT NULL,
    PRIMARY KEY (source_id, page_no, slug)
);
CREATE INDEX page_risks_slug ON page_risks (slug, source_id, page_no);

-- Which sources were labelled, and with which taxonomy (a fingerprint of the visible risk
-- types' keywords and the labeller's version): a source missing here or labelled with
-- another fingerprint is labelled again in the background.
CREATE TABLE page_risk_sources (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    taxonomy TEXT NOT NULL
);
