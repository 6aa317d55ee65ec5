-- How a case's exhibits are labelled (issue 15). 'convention': the respondent's own
-- documents (exhibits marked lettered) get letters A, B, C and country conditions numbers
-- 1, 2, 3, as practitioners file them; 'sequential': every exhibit numbered 1, 2, 3 in packet
-- order, whatever its mark.
ALTER TABLE cases ADD COLUMN exhibit_numbering TEXT NOT NULL DEFAULT 'convention';
