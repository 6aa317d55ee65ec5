-- Page text that the library could not extract from the original file itself (a scan whose
-- text came from OCR in the library that sent a bundle): kept as the bundle had it, marked
-- "from bundle, unverified" in the reader and in packets. 0 for every text extracted here.

ALTER TABLE sources ADD COLUMN text_unverified INTEGER NOT NULL DEFAULT 0;
