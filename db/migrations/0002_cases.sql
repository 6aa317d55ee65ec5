-- Cases, their exhibits and the page map of the last packet built for each.
-- Private data: these tables never travel in a shared library bundle.

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    applicant_name TEXT NOT NULL DEFAULT '',
    a_number TEXT NOT NULL DEFAULT '' CHECK (a_number = '' OR length(a_number) IN (8, 9)),
    court_location TEXT NOT NULL DEFAULT '',
    judge TEXT NOT NULL DEFAULT '',
    hearing_date TEXT NOT NULL DEFAULT '',
    hearing_type TEXT NOT NULL DEFAULT '',
    filer_kind TEXT NOT NULL DEFAULT 'pro_se' CHECK (filer_kind IN ('pro_se', 'representative')),
    filer_name TEXT NOT NULL DEFAULT '',
    filer_address TEXT NOT NULL DEFAULT '',
    filer_phone TEXT NOT NULL DEFAULT '',
    filer_email TEXT NOT NULL DEFAULT '',
    filer_eoir_id TEXT NOT NULL DEFAULT '',
    translator_name TEXT NOT NULL DEFAULT '',
    translator_address TEXT NOT NULL DEFAULT '',
    translator_phone TEXT NOT NULL DEFAULT '',
    service_on TEXT NOT NULL DEFAULT '',
    service_method TEXT NOT NULL DEFAULT '',
    service_date TEXT NOT NULL DEFAULT '',
    packet_title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The ACA countries at issue, in the order the user listed them.
CREATE TABLE case_countries (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES countries(code),
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, code)
);

-- scope: 'whole' (every page), 'pages' (page_ranges plus the pages of its excerpts),
-- 'excerpts' (only the pages holding its excerpts). A source in use cannot be deleted.
CREATE TABLE exhibits (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    scope TEXT NOT NULL CHECK (scope IN ('whole', 'pages', 'excerpts')),
    page_ranges TEXT NOT NULL DEFAULT '',
    lettered INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE exhibit_excerpts (
    exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (exhibit_id, excerpt_id)
);

-- Where everything landed in the last packet built for a case (JSON), and a fingerprint
-- of the exhibits it was built from, so a summary can tell whether the map is current.
CREATE TABLE packet_builds (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    built_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    total_pages INTEGER NOT NULL,
    page_map TEXT NOT NULL
);

CREATE INDEX idx_exhibits_case ON exhibits (case_id, position);
CREATE INDEX idx_exhibits_source ON exhibits (source_id);
CREATE INDEX idx_exhibit_excerpts_excerpt ON exhibit_excerpts (excerpt_id);
