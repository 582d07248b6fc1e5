-- Documents: one row per real document. The batch's references are added with what they say (their articles'
-- old ones were removed in 035_knowledge.sql); then every reference in the warehouse is settled to its document
-- and dim_document is rebuilt from them, so that a later run that brings a document's code merges the references
-- an earlier run loaded without it (and a reference whose coded document went away stands alone again).
INSERT INTO fact_document_reference BY NAME
SELECT a.article_key, 0 AS document_key,  -- settled below
       d.text, d.field, d.paragraph, d.char_offset, d.kind, d.number, d.code, d.issuer, d.issued_on,
       d.kind_abbreviation, d.issuer_abbreviation, d.issuer_scope, d.code_year, d.coded
FROM stg_document_reference AS d JOIN stg_article AS a USING (source_uri);

CREATE OR REPLACE TEMP TABLE document_resolution AS
WITH reference AS (
    SELECT r.article_key, r.field, r.paragraph, r.char_offset, r.kind, lower(r.kind) AS kind_word,
           r.issuer, r.issuer_abbreviation, r.kind_abbreviation, r.code_year, coalesce(r.coded, false) AS coded,
           -- "05" and "5" are one number
           coalesce(nullif(ltrim(r.number, '0'), ''), '0') AS number,
           coalesce(r.code_year, year(r.issued_on)) AS year,
           year(r.issued_on) AS issued_year,
           -- An issuer every province has (TU, UBND ...) is the one of the citing article's province.
           CASE WHEN r.issuer_scope = 'local' THEN p.province_name END AS issuer_province
    FROM fact_document_reference AS r
    LEFT JOIN article_province AS ap USING (article_key)
    LEFT JOIN dim_province AS p ON p.province_key = ap.province_key
),
-- A reference whose code names the issuer is its own document's identity: the code's parts (a code without a
-- kind part, as a law's, takes the kind word instead).
coded AS (
    SELECT *, 'code|' || number || '|' || coalesce(CAST(code_year AS VARCHAR), '') || '|' ||
              coalesce(kind_abbreviation, kind_word) || '|' || issuer_abbreviation || '|' ||
              coalesce(issuer_province, '') AS identity
    FROM reference
    WHERE coded
),
-- The coded documents, as a reference without the code is compared with them.
target AS (
    SELECT identity, any_value(number) AS number, list_distinct(list(kind_word)) AS kind_words,
           any_value(issuer_abbreviation) AS issuer_abbreviation, any_value(issuer_province) AS issuer_province,
           coalesce(any_value(code_year), min(issued_year)) AS year
    FROM coded
    GROUP BY identity
),
-- A reference without the code agrees with a coded document on kind, number, year (where both give one) and
-- issuer (where it names one: through the abbreviation tables, "Bộ Chính trị" is TW; in the same province for a
-- local issuer). Without an issuer it agrees with every coded document of that kind and number.
agreeing AS (
    SELECT r.article_key, r.field, r.paragraph, r.char_offset, t.identity
    FROM reference AS r
    JOIN target AS t
      ON r.number = t.number
     AND list_contains(t.kind_words, r.kind_word)
     AND (r.year IS NULL OR r.year = t.year)
     AND (r.issuer IS NULL OR (r.issuer_abbreviation = t.issuer_abbreviation
                               AND coalesce(r.issuer_province, '') = coalesce(t.issuer_province, '')))
    WHERE NOT r.coded
),
-- It joins only when exactly one does.
joined AS (
    SELECT article_key, field, paragraph, char_offset, any_value(identity) AS identity
    FROM agreeing
    GROUP BY article_key, field, paragraph, char_offset
    HAVING count(*) = 1
)
SELECT r.article_key, r.field, r.paragraph, r.char_offset, r.issuer_province,
       CASE WHEN c.identity IS NOT NULL THEN 'coded' WHEN j.identity IS NOT NULL THEN 'joined' ELSE 'alone' END
           AS resolved_as,
       surrogate_key('document|' || coalesce(
           c.identity, j.identity,
           -- alone: known by kind, number, the code's year and the issuer
           'alone|' || r.kind_word || '|' || r.number || '|' || coalesce(CAST(r.code_year AS VARCHAR), '') || '|' ||
           coalesce(r.issuer_abbreviation, lower(r.issuer), '') || '|' || coalesce(r.issuer_province, '')
       )) AS document_key
FROM reference AS r
LEFT JOIN coded AS c USING (article_key, field, paragraph, char_offset)
LEFT JOIN joined AS j USING (article_key, field, paragraph, char_offset);

UPDATE fact_document_reference
SET document_key = s.document_key, resolved_as = s.resolved_as, issuer_province = s.issuer_province
FROM document_resolution AS s
WHERE fact_document_reference.article_key = s.article_key AND fact_document_reference.field = s.field
  AND fact_document_reference.paragraph = s.paragraph AND fact_document_reference.char_offset = s.char_offset
  AND (fact_document_reference.document_key <> s.document_key
       OR fact_document_reference.resolved_as IS DISTINCT FROM s.resolved_as
       OR fact_document_reference.issuer_province IS DISTINCT FROM s.issuer_province);

-- dim_document from its references: what the coded ones say first, then what most say (ties: sort order), so
-- that it does not depend on which run or chunk saw which reference first.
DELETE FROM dim_document;

INSERT INTO dim_document BY NAME
WITH voted AS (
    SELECT *, resolved_as = 'coded' AS from_code,
           count(*) OVER (PARTITION BY document_key, resolved_as = 'coded', kind) AS kind_votes,
           count(*) OVER (PARTITION BY document_key, code) AS code_votes,
           count(*) OVER (PARTITION BY document_key, issuer) AS issuer_votes,
           count(*) OVER (PARTITION BY document_key, issued_on) AS date_votes
    FROM fact_document_reference
)
SELECT document_key,
       first(kind ORDER BY from_code DESC, kind_votes DESC, kind) AS kind,
       first(number ORDER BY from_code DESC, number) AS number,
       first(code ORDER BY code IS NULL, from_code DESC, code_votes DESC, code) AS code,
       first(issuer ORDER BY issuer IS NULL, issuer_votes DESC, issuer) AS issuer,
       first(issued_on ORDER BY issued_on IS NULL, date_votes DESC, issued_on) AS issued_on,
       first(kind_abbreviation ORDER BY kind_abbreviation IS NULL, from_code DESC, kind_abbreviation)
           AS kind_abbreviation,
       first(issuer_abbreviation ORDER BY issuer_abbreviation IS NULL, from_code DESC, issuer_abbreviation)
           AS issuer_abbreviation,
       first(code_year ORDER BY code_year IS NULL, from_code DESC, code_year) AS code_year,
       first(issuer_province ORDER BY issuer_province IS NULL, issuer_province) AS province_name
FROM voted
GROUP BY document_key;
