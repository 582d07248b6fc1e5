-- Documents you can join on (issue 12): one row per real document. Each reference keeps what it says (kind,
-- number, code and its parts, issuer); the load settles which references are one document over the whole
-- warehouse (sql/load/036_documents.sql): "Chỉ thị 05 của Bộ Chính trị" joins "Chỉ thị số 05-CT/TW".

ALTER TABLE dim_document ADD COLUMN kind_abbreviation VARCHAR;
ALTER TABLE dim_document ADD COLUMN issuer_abbreviation VARCHAR;
ALTER TABLE dim_document ADD COLUMN code_year INTEGER;
ALTER TABLE dim_document ADD COLUMN province_name VARCHAR;
COMMENT ON TABLE dim_document IS 'grain: one real document: the references that carry its code and those without the code that agree with it on kind, number and issuer. Example: Chỉ thị 05-CT/TW of the Party centre';
COMMENT ON COLUMN dim_document.document_key IS 'surrogate key: hash of the code''s parts (number, year, kind and issuer abbreviations, and the province for an issuer every province has), or, for a document known only without its code, of kind, number and issuer';
COMMENT ON COLUMN dim_document.kind IS 'the kind as the articles write it: Nghị quyết, Chỉ thị, Kết luận, Quyết định, ...';
COMMENT ON COLUMN dim_document.number IS 'the number as written, e.g. 05';
COMMENT ON COLUMN dim_document.code IS 'the full code as most references write it, e.g. 05-CT/TW, 53/2017/NĐ-CP; null when no reference gives one';
COMMENT ON COLUMN dim_document.issuer IS 'the issuer as most references name it after "của", e.g. Bộ Chính trị; null when none does';
COMMENT ON COLUMN dim_document.issued_on IS 'the date most references give after "ngày"; null when none does';
COMMENT ON COLUMN dim_document.kind_abbreviation IS 'the kind''s abbreviation in the code (flows/patterns/documents.py), e.g. CT for Chỉ thị, NĐ for Nghị định; null when the code has none (a law) or there is no code';
COMMENT ON COLUMN dim_document.issuer_abbreviation IS 'the issuer''s abbreviation in the code, e.g. TW (the Party centre), TU (a provincial Party committee), CP, UBND; for a document without a code, the one its issuer''s name stands for; null when not known';
COMMENT ON COLUMN dim_document.code_year IS 'the year in the code of a legal document, e.g. 2017 in 53/2017/NĐ-CP; null when the code has none';
COMMENT ON COLUMN dim_document.province_name IS 'for an issuer every province has (TU, HU, ĐUK, UBND, HĐND ...): the province of the articles citing it, which tells apart two provinces'' 71-KH/TU; null for central issuers and articles of no known province';

ALTER TABLE fact_document_reference ADD COLUMN kind VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN number VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN code VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN issuer VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN issued_on DATE;
ALTER TABLE fact_document_reference ADD COLUMN kind_abbreviation VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN issuer_abbreviation VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN issuer_scope VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN code_year INTEGER;
ALTER TABLE fact_document_reference ADD COLUMN coded BOOLEAN;
ALTER TABLE fact_document_reference ADD COLUMN issuer_province VARCHAR;
ALTER TABLE fact_document_reference ADD COLUMN resolved_as VARCHAR;
COMMENT ON TABLE fact_document_reference IS 'grain: one citation of a document in an article, with what the citation itself says';
COMMENT ON COLUMN fact_document_reference.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN fact_document_reference.document_key IS 'dim_document.document_key: settled on every load over the whole warehouse (see resolved_as)';
COMMENT ON COLUMN fact_document_reference.text IS 'the reference as written, e.g. Chỉ thị 05 của Bộ chính trị';
COMMENT ON COLUMN fact_document_reference.field IS 'lead | body | caption';
COMMENT ON COLUMN fact_document_reference.paragraph IS 'index of the paragraph within the field, from 0';
COMMENT ON COLUMN fact_document_reference.char_offset IS 'offset of the reference within the paragraph, in characters';
COMMENT ON COLUMN fact_document_reference.kind IS 'the kind as written (first letter upper case), e.g. Chỉ thị';
COMMENT ON COLUMN fact_document_reference.number IS 'the number as written, e.g. 05';
COMMENT ON COLUMN fact_document_reference.code IS 'the code as written, e.g. 05-CT/TW; null when the reference gives none';
COMMENT ON COLUMN fact_document_reference.issuer IS 'the issuer named after "của", abbreviations expanded; null when none';
COMMENT ON COLUMN fact_document_reference.issued_on IS 'the date given after "ngày"; null when none';
COMMENT ON COLUMN fact_document_reference.kind_abbreviation IS 'the kind''s abbreviation in the code, e.g. CT; null without one';
COMMENT ON COLUMN fact_document_reference.issuer_abbreviation IS 'the issuer''s abbreviation: from the code (TW in 05-CT/TW), else the one the issuer''s name stands for (TW for Bộ Chính trị); null when not known';
COMMENT ON COLUMN fact_document_reference.issuer_scope IS 'central | local (an issuer every province has, such as TU or UBND); null when the issuer is not known';
COMMENT ON COLUMN fact_document_reference.code_year IS 'the year in the code, e.g. 2017 in 53/2017/NĐ-CP or in Nghị định 53/2017; null without one';
COMMENT ON COLUMN fact_document_reference.coded IS 'true when the code names the issuer (05-CT/TW, 53/2017/NĐ-CP): such a reference identifies its document by itself';
COMMENT ON COLUMN fact_document_reference.issuer_province IS 'for a local issuer, the province of the citing article (which Tỉnh ủy a TU is); null otherwise';
COMMENT ON COLUMN fact_document_reference.resolved_as IS 'coded: the reference carries the code; joined: without the code, it joined the one coded document that agrees on kind, number, year and issuer; alone: no coded document, or more than one, agrees';

-- The references already loaded keep what their document says; their code's parts come when their articles are
-- read again (the last statement) and the next load settles their documents.
UPDATE fact_document_reference SET kind = d.kind, number = d.number, code = d.code, issuer = d.issuer,
                                   issued_on = d.issued_on, coded = false
FROM dim_document AS d
WHERE fact_document_reference.document_key = d.document_key;

-- Re-read every loaded document once, so that its references are parsed into their parts (the next run counts
-- them as changed).
UPDATE etl_document SET content_hash = 'before-012:' || content_hash, mtime_ns = NULL;
