-- Translations (issue 16). An English translation file attached to a foreign-language
-- source, stored content-addressed under files/ like originals (one per source; the text
-- is kept for laying out DOCX and text translations in a packet). Each excerpt may carry
-- its own typed translation, and its note is private unless print_note is set.

CREATE TABLE source_translations (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    stored_file TEXT NOT NULL,
    page_count INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);

ALTER TABLE excerpts ADD COLUMN translation TEXT NOT NULL DEFAULT '';
ALTER TABLE excerpts ADD COLUMN print_note INTEGER NOT NULL DEFAULT 0;
