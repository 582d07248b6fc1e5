-- The measures of the warehouse as the load transaction is about to commit, one row per table and check (its
-- table_name and check_name say which); the GX suite expectations/warehouse.json checks them, and a failure names
-- the rows that failed (a failure rolls the load back). The knowledge tables' keys are checked by
-- references.each.sql, once per table and key of flows/extract/registry.py.
WITH run AS (SELECT * FROM etl_run WHERE run_id = (SELECT run_id FROM load_context)),
-- Every key unique: a column per table and key, turned into rows.
duplicates AS (
    SELECT split_part(name, ' ', 1) AS table_name, split_part(name, ' ', 2) || ' unique' AS check_name,
           duplicate_keys
    FROM (UNPIVOT (SELECT
        (SELECT count(*) - count(DISTINCT article_key) FROM fact_article) AS "fact_article article_key",
        (SELECT count(*) - count(DISTINCT author_key) FROM dim_author) AS "dim_author author_key",
        (SELECT count(*) - count(DISTINCT outlet_key) FROM dim_outlet) AS "dim_outlet outlet_key",
        (SELECT count(*) - count(DISTINCT province_key) FROM dim_province) AS "dim_province province_key",
        (SELECT count(*) - count(DISTINCT document_key) FROM dim_document) AS "dim_document document_key",
        (SELECT count(*) - count(DISTINCT organization_key) FROM dim_organization)
            AS "dim_organization organization_key",
        (SELECT count(*) - count(DISTINCT canonical_key) FROM dim_organization) AS "dim_organization canonical_key",
        (SELECT count(*) - count(DISTINCT position_key) FROM dim_position) AS "dim_position position_key",
        (SELECT count(*) - count(DISTINCT person_version_key) FROM dim_person) AS "dim_person person_version_key",
        (SELECT count(*) - count(DISTINCT source_uri) FROM etl_document) AS "etl_document source_uri"
    ) ON COLUMNS(*) INTO NAME name VALUE duplicate_keys)
),
-- Every foreign key resolves to its dimension or fact.
orphans AS (
    SELECT 'fact_article' AS table_name, 'outlet_key in dim_outlet' AS check_name, count(*) AS orphan_references
    FROM fact_article a WHERE a.outlet_key IS NOT NULL AND a.outlet_key NOT IN (SELECT outlet_key FROM dim_outlet)
    UNION ALL
    SELECT 'fact_article', 'province_key in dim_province', count(*)
    FROM fact_article a WHERE a.province_key IS NOT NULL AND a.province_key NOT IN (SELECT province_key FROM dim_province)
    UNION ALL
    SELECT 'fact_article', 'category_key in dim_category', count(*)
    FROM fact_article a WHERE a.category_key IS NOT NULL AND a.category_key NOT IN (SELECT category_key FROM dim_category)
    UNION ALL
    SELECT 'fact_article', 'published_date_key in dim_date', count(*)
    FROM fact_article a WHERE a.published_date_key IS NOT NULL
      AND a.published_date_key NOT IN (SELECT date_key FROM dim_date)
    UNION ALL
    SELECT 'fact_article', 'event_date_key in dim_date', count(*)
    FROM fact_article a WHERE a.event_date_key IS NOT NULL AND a.event_date_key NOT IN (SELECT date_key FROM dim_date)
    UNION ALL
    SELECT 'bridge_article_author', 'article_key in fact_article, author_key in dim_author', count(*)
    FROM bridge_article_author b WHERE b.article_key NOT IN (SELECT article_key FROM fact_article)
      OR b.author_key NOT IN (SELECT author_key FROM dim_author)
    UNION ALL
    SELECT 'dim_position', 'organization_key in dim_organization', count(*)
    FROM dim_position p WHERE p.organization_key IS NOT NULL
      AND p.organization_key NOT IN (SELECT organization_key FROM dim_organization)
)
SELECT * FROM duplicates
UNION ALL BY NAME
SELECT * FROM orphans
-- The run adds up.
UNION ALL BY NAME
SELECT 'etl_run' AS table_name, 'documents seen = loaded + quarantined + unchanged' AS check_name,
       (SELECT documents_seen FROM run) AS documents_seen,
       (SELECT documents_loaded + documents_quarantined + documents_unchanged FROM run) AS documents_accounted
UNION ALL BY NAME
SELECT 'fact_article' AS table_name, 'every staged article loaded by this run' AS check_name,
       (SELECT count(*) FROM stg_article) AS articles_staged,
       (SELECT count(*) FROM fact_article WHERE loaded_run = (SELECT run_id FROM load_context)) AS articles_loaded
UNION ALL BY NAME
SELECT 'etl_document' AS table_name, 'documents loaded: run record = manifest' AS check_name,
       (SELECT documents_loaded FROM run) AS run_documents_loaded,
       (SELECT count(*) FROM etl_document WHERE last_changed_run = (SELECT run_id FROM load_context)
           AND status = 'loaded') AS manifest_loaded
UNION ALL BY NAME
SELECT 'etl_document' AS table_name, 'every loaded document has its article' AS check_name,
       count(*) AS loaded_without_article
FROM etl_document d WHERE d.status = 'loaded' AND d.article_key NOT IN (SELECT article_key FROM fact_article)
