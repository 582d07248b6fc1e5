-- The knowledge facts of every article in the batch (034_replace_knowledge.each.sql removed their old ones), and the
-- dimension members they name.
-- A person is one real person by name and home province (flows/extract/positions.py).
INSERT INTO fact_person_mention BY NAME
SELECT a.article_key, surrogate_key('person|' || p.name || '|' || p.home) AS person_key, p.name AS person_name,
       p.name_as_written, p.title, p.home, p.field, p.paragraph, p.char_offset
FROM stg_person AS p JOIN stg_article AS a USING (source_uri);

-- Bodies by their canonical key: mentioned ones, and those inside posts. The first spelling seen names the body.
CREATE OR REPLACE TEMP VIEW batch_body AS
SELECT o.canonical_key, o.name, o.organization_kind, o.level, o.province, o.text AS alias
FROM stg_organization AS o JOIN stg_article AS a USING (source_uri)
WHERE NOT (o.is_bare AND o.resolved_from IS NULL)  -- a generic body is no member (its mention's key is null)
UNION ALL
SELECT p.organization_key, p.organization, p.organization_kind, p.level, p.province, NULL
FROM stg_position AS p JOIN stg_article AS a USING (source_uri)
WHERE p.organization IS NOT NULL;

INSERT INTO dim_organization BY NAME
SELECT surrogate_key('organization|' || canonical_key) AS organization_key, mode(name) AS organization_name,
       canonical_key, any_value(organization_kind) AS organization_kind, any_value(level) AS level,
       any_value(province) AS province_name
FROM batch_body
GROUP BY canonical_key
ON CONFLICT (organization_key) DO UPDATE SET
    canonical_key = excluded.canonical_key,
    organization_kind = coalesce(excluded.organization_kind, dim_organization.organization_kind),
    level = coalesce(excluded.level, dim_organization.level),
    province_name = coalesce(excluded.province_name, dim_organization.province_name);

INSERT INTO dim_organization_alias BY NAME
SELECT DISTINCT surrogate_key('organization|' || canonical_key) AS organization_key, alias
FROM batch_body
WHERE alias IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO fact_organization_mention BY NAME
SELECT a.article_key,
       CASE WHEN NOT (o.is_bare AND o.resolved_from IS NULL)
            THEN surrogate_key('organization|' || o.canonical_key) END AS organization_key, o.text, o.field,
       o.paragraph, o.char_offset, o.resolved_from, o.is_bare, o.name AS canonical_name
FROM stg_organization AS o JOIN stg_article AS a USING (source_uri);

INSERT INTO dim_position BY NAME
SELECT surrogate_key('position|' || p.position_key) AS position_key, min(p.position) AS position_name,
       any_value(p.role) AS role,
       any_value(CASE WHEN p.organization_key IS NOT NULL
                      THEN surrogate_key('organization|' || p.organization_key) END) AS organization_key,
       min(p.organization) AS organization_name, any_value(p.level) AS level,
       any_value(p.province) AS province_name
FROM stg_position AS p JOIN stg_article AS a USING (source_uri)
GROUP BY p.position_key
ON CONFLICT DO NOTHING;

INSERT INTO fact_position_mention BY NAME
SELECT a.article_key, surrogate_key('person|' || p.name || '|' || p.home) AS person_key,
       surrogate_key('position|' || p.position_key) AS position_key, p.field, p.paragraph, p.char_offset
FROM stg_position AS p JOIN stg_article AS a USING (source_uri);

INSERT INTO dim_province BY NAME
SELECT DISTINCT surrogate_key('province|' || p.province) AS province_key, p.province AS province_name
FROM stg_province_mention AS p JOIN stg_article AS a USING (source_uri)
ON CONFLICT DO NOTHING;

INSERT INTO bridge_article_province BY NAME
SELECT a.article_key, surrogate_key('province|' || p.province) AS province_key, p.source, p.mentions
FROM stg_province_mention AS p JOIN stg_article AS a USING (source_uri)
ON CONFLICT DO NOTHING;

INSERT INTO fact_indicator BY NAME
SELECT a.article_key, CAST(strftime(CAST(a.published_at AS DATE), '%Y%m%d') AS INTEGER) AS published_date_key,
       i.kind, i.value, i.achieved, i.target, i.currency, i.qualifier, i.per_unit, i.measure, i.period, i.text,
       i.field, i.paragraph, i.char_offset
FROM stg_indicator AS i JOIN stg_article AS a USING (source_uri);

INSERT INTO fact_meeting BY NAME
SELECT a.article_key, m.kind, m.name, m.session, m.term, m.organiser,
       CAST(strftime(a.event_date, '%Y%m%d') AS INTEGER) AS meeting_date_key, m.char_offset
FROM stg_meeting AS m JOIN stg_article AS a USING (source_uri);

INSERT INTO bridge_article_theme BY NAME
SELECT a.article_key, surrogate_key('theme|' || t.theme) AS theme_key, t.hits
FROM stg_theme AS t JOIN stg_article AS a USING (source_uri);
