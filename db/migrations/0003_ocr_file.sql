-- OCR of scanned PDFs: the searchable copy OCRmyPDF made, stored beside the original under
-- files/ (path relative to the library folder, '' when there is none). The original file,
-- its hash and stored_file stay as they were.

ALTER TABLE sources ADD COLUMN ocr_file TEXT NOT NULL DEFAULT '';
