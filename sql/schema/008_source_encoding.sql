-- The encoding an article's source document was read in: utf-8, utf-8-sig, utf-16, windows-1258, or a legacy
-- font encoding converted on the way in (tcvn3, vni), so that converted articles can be found and checked.
-- Null for articles loaded before this column existed, until their document changes or a full refresh.
ALTER TABLE fact_article ADD COLUMN source_encoding VARCHAR;
