-- The identity of an article's text (SHA-256 of its NFC text, whitespace folded): the same article saved
-- under two names, or in NFD, is one article whose sources all point at it in etl_document.
ALTER TABLE fact_article ADD COLUMN text_hash VARCHAR;
-- The source whose text this document repeats (null for the article's own source).
ALTER TABLE etl_document ADD COLUMN duplicate_of VARCHAR;
-- A quarantined document that a later run loaded (after a fix, or `newswh quarantine retry`) leaves quarantine.
ALTER TABLE quarantine ADD COLUMN resolved_run VARCHAR;
