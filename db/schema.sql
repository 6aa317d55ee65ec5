CREATE TABLE agreement_sources (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, source_id)
);

CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    record TEXT NOT NULL,
    as_of TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped', 'bundle', 'user')),
    user_edited INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE case_countries (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES countries(code),
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, code)
);

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
, nationality TEXT NOT NULL DEFAULT '', entry_date TEXT NOT NULL DEFAULT '', unaccompanied INTEGER NOT NULL DEFAULT 0 CHECK (unaccompanied IN (0, 1)), exhibit_numbering TEXT NOT NULL DEFAULT 'convention');

CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_es TEXT NOT NULL DEFAULT '',
    aca_status TEXT NOT NULL DEFAULT '',
    aca_signed TEXT NOT NULL DEFAULT '',
    aca_in_force TEXT NOT NULL DEFAULT '',
    aca_ended TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    names TEXT NOT NULL DEFAULT '[]',
    user_edited INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE excerpt_countries (
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES countries(code),
    PRIMARY KEY (excerpt_id, code)
);

CREATE TABLE excerpt_risks (
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    slug TEXT NOT NULL REFERENCES risk_types(slug) ON UPDATE CASCADE,
    PRIMARY KEY (excerpt_id, slug)
);

CREATE TABLE excerpts (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    page_no INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, translation TEXT NOT NULL DEFAULT '', print_note INTEGER NOT NULL DEFAULT 0);

CREATE TABLE exhibit_excerpts (
    exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (exhibit_id, excerpt_id)
);

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

CREATE TABLE index_log (
    generation INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('put', 'delete'))
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE packet_builds (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    built_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    total_pages INTEGER NOT NULL,
    page_map TEXT NOT NULL
);

CREATE TABLE page_headings (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL,
    heading TEXT NOT NULL,
    start INTEGER NOT NULL,
    PRIMARY KEY (source_id, page_no, position)
);

CREATE TABLE page_risk_sources (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    taxonomy TEXT NOT NULL
);

CREATE TABLE page_risks (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    slug TEXT NOT NULL REFERENCES risk_types(slug) ON UPDATE CASCADE ON DELETE CASCADE,
    score REAL NOT NULL,
    PRIMARY KEY (source_id, page_no, slug)
);

CREATE TABLE pages (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (source_id, page_no)
);

CREATE TABLE risk_types (
    slug TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_es TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    legal_element TEXT NOT NULL DEFAULT '',
    parent TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '[]',
    hidden INTEGER NOT NULL DEFAULT 0,
    user_defined INTEGER NOT NULL DEFAULT 0,
    user_edited INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE source_countries (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES countries(code), origin TEXT NOT NULL DEFAULT 'user',
    PRIMARY KEY (source_id, code)
);

CREATE TABLE source_risks (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    slug TEXT NOT NULL REFERENCES risk_types(slug) ON UPDATE CASCADE, origin TEXT NOT NULL DEFAULT 'user',
    PRIMARY KEY (source_id, slug)
);

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

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    accessed TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    original_name TEXT NOT NULL DEFAULT '',
    stored_file TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    needs_ocr INTEGER NOT NULL DEFAULT 0
, ocr_file TEXT NOT NULL DEFAULT '', text_unverified INTEGER NOT NULL DEFAULT 0, field_origins TEXT NOT NULL DEFAULT '{}', series TEXT NOT NULL DEFAULT '', edition TEXT NOT NULL DEFAULT '');

CREATE TABLE starter_sources (
    sha256 TEXT PRIMARY KEY,
    starter_version INTEGER NOT NULL,
    added_at TEXT NOT NULL
);

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX idx_agreements_country ON agreements (country);

CREATE INDEX idx_excerpts_source ON excerpts (source_id, page_no);

CREATE INDEX idx_exhibit_excerpts_excerpt ON exhibit_excerpts (excerpt_id);

CREATE INDEX idx_exhibits_case ON exhibits (case_id, position);

CREATE INDEX idx_exhibits_source ON exhibits (source_id);

CREATE INDEX idx_index_log_generation ON index_log (generation);

CREATE INDEX idx_source_countries_code ON source_countries (code);

CREATE INDEX idx_source_risks_slug ON source_risks (slug);

CREATE INDEX page_risks_slug ON page_risks (slug, source_id, page_no);

CREATE INDEX sources_series ON sources (series) WHERE series <> '';
