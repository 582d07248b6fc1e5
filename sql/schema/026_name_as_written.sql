-- Figures an analyst trusts (issue 22): a source's misspelling of a name is no second person. A name the article
-- spells two ways (differing only by tone marks or diacritics), where the article's titles say it is one person, is
-- that person under the article's usual spelling (flows/extract/persons.py one_spelling_per_person); the spelling
-- as written is kept beside it. The rule changes every article's persons, so the knowledge of every article is read
-- again (flows/migrations.py REBUILDS_KNOWLEDGE).

ALTER TABLE fact_person_mention ADD COLUMN name_as_written VARCHAR;

COMMENT ON COLUMN fact_person_mention.name_as_written IS 'the name as this mention spells it; person_name differs from it when the article spells the same person''s name another way more often (Nguyễn Văn Hung for Nguyễn Văn Hùng, Chủ tịch UBND tỉnh in both)';
COMMENT ON COLUMN fact_person_mention.person_name IS 'the person''s name, e.g. Ngô Đông Hải: as written, or the article''s usual spelling of it when this mention misspells it (see name_as_written)';
