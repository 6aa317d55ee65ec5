-- Where each source tag came from: 'user' (set by a person: the tag picker, the CLI, an
-- accepted suggestion, a bundle's user tag) or 'auto' (applied by the app at import, e.g. a
-- country named by the title or the canonical address). The GUI and CLI mark automatic
-- tags; "Clear automatic tags" removes only those. Tags from before this migration were
-- set by people or by the old opt-in "apply suggested tags", and stay 'user'.
ALTER TABLE source_countries ADD COLUMN origin TEXT NOT NULL DEFAULT 'user';
ALTER TABLE source_risks ADD COLUMN origin TEXT NOT NULL DEFAULT 'user';
