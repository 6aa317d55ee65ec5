-- Where each citation field of a source came from, so the metadata editor can say it
-- ("from the page's JSON-LD", "from the file name", "set by you") and a packet build can
-- list citations that are still weak guesses. A JSON object: field name -> origin code
-- (see evidence_app/origins.py); '{}' for sources imported before this migration.

ALTER TABLE sources ADD COLUMN field_origins TEXT NOT NULL DEFAULT '{}';
