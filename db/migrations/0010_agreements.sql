-- Agreement records (asylum cooperative agreements) and the case fields the screen needs.
-- record: the agreement's JSON (evidence_app/agreement_data.py validates it); origin: where
-- the record in use came from ('shipped' with the app, a library 'bundle', or the 'user');
-- user_edited: the user changed it, so neither a newer shipped record nor a bundle replaces
-- it without asking. as_of: the status's as-of date, to tell which of two records is newer.
CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    record TEXT NOT NULL,
    as_of TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped', 'bundle', 'user')),
    user_edited INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_agreements_country ON agreements (country);

-- Sources of the library the user linked to an agreement from its page ("this is the
-- agreement's text / a report about it"): as exhibits of a case they fill the grid's rows
-- for the agreement's own terms (caps, nationalities not accepted).
CREATE TABLE agreement_sources (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, source_id)
);

-- The screen of a case (private case data: never in a bundle or a log): the respondent's
-- nationality (ISO alpha-2, '' unknown), date of entry (ISO date, '' unknown), and whether
-- they arrived as an unaccompanied child. case_countries stays "the countries DHS names".
ALTER TABLE cases ADD COLUMN nationality TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN entry_date TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN unaccompanied INTEGER NOT NULL DEFAULT 0 CHECK (unaccompanied IN (0, 1));
