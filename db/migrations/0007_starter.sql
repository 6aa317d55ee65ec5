-- Editions and the starter library.
-- series: the reports of one country by one publisher form a series ("us-dos-hrr:HN"), so the
-- library can say "a newer edition is in the library" and list the other years; edition is
-- the report year within it ("2023"; '' when unknown). Both '' for sources in no series.
ALTER TABLE sources ADD COLUMN series TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN edition TEXT NOT NULL DEFAULT '';
CREATE INDEX sources_series ON sources (series) WHERE series <> '';

-- The section headings of a page (a passage of a web page): those in force where it begins
-- (start = -1) and those that begin on it (start = character offset in the page text), in
-- order; level 1 is a top section ("Section 6. Discrimination and Societal Abuses").
CREATE TABLE page_headings (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL,
    heading TEXT NOT NULL,
    start INTEGER NOT NULL,
    PRIMARY KEY (source_id, page_no, position)
);

-- Which sources of the shipped starter bundle this library has received (by the sha256 of
-- the original file). A starter source recorded here but no longer in `sources` was removed
-- by the user, and a later "add the starter" leaves it out unless asked to bring it back.
CREATE TABLE starter_sources (
    sha256 TEXT PRIMARY KEY,
    starter_version INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
