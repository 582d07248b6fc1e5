-- One row of measures on the warehouse as the load transaction is about to commit; the GX suite
-- expectations/warehouse.json checks them (a failure rolls the load back).
WITH run AS (SELECT * FROM etl_run WHERE run_id = (SELECT run_id FROM load_context))
SELECT
    (SELECT count(*) - count(DISTINCT article_key) FROM fact_article)
  + (SELECT count(*) - count(DISTINCT author_key) FROM dim_author)
  + (SELECT count(*) - count(DISTINCT outlet_key) FROM dim_outlet)
  + (SELECT count(*) - count(DISTINCT province_key) FROM dim_province)
  + (SELECT count(*) - count(DISTINCT document_key) FROM dim_document)
  + (SELECT count(*) - count(DISTINCT organization_key) FROM dim_organization)
  + (SELECT count(*) - count(DISTINCT canonical_key) FROM dim_organization)
  + (SELECT count(*) - count(DISTINCT position_key) FROM dim_position)
  + (SELECT count(*) - count(DISTINCT person_version_key) FROM dim_person)
  + (SELECT count(*) - count(DISTINCT source_uri) FROM etl_document) AS duplicate_keys,

    (SELECT count(*) FROM fact_article a WHERE a.outlet_key IS NOT NULL
        AND a.outlet_key NOT IN (SELECT outlet_key FROM dim_outlet))
  + (SELECT count(*) FROM fact_article a WHERE a.province_key IS NOT NULL
        AND a.province_key NOT IN (SELECT province_key FROM dim_province))
  + (SELECT count(*) FROM fact_article a WHERE a.category_key IS NOT NULL
        AND a.category_key NOT IN (SELECT category_key FROM dim_category))
  + (SELECT count(*) FROM fact_article a WHERE a.published_date_key IS NOT NULL
        AND a.published_date_key NOT IN (SELECT date_key FROM dim_date))
  + (SELECT count(*) FROM fact_article a WHERE a.event_date_key IS NOT NULL
        AND a.event_date_key NOT IN (SELECT date_key FROM dim_date))
  + (SELECT count(*) FROM bridge_article_author b WHERE b.article_key NOT IN (SELECT article_key FROM fact_article)
        OR b.author_key NOT IN (SELECT author_key FROM dim_author))
  + (SELECT count(*) FROM fact_person_mention m WHERE m.article_key NOT IN (SELECT article_key FROM fact_article)
        OR m.person_key NOT IN (SELECT person_key FROM dim_person))
  + (SELECT count(*) FROM fact_organization_mention m WHERE m.article_key NOT IN (SELECT article_key FROM fact_article)
        OR (m.organization_key IS NOT NULL AND m.organization_key NOT IN (SELECT organization_key FROM dim_organization)))
  + (SELECT count(*) FROM fact_position_mention m WHERE m.article_key NOT IN (SELECT article_key FROM fact_article)
        OR m.person_key NOT IN (SELECT person_key FROM dim_person)
        OR m.position_key NOT IN (SELECT position_key FROM dim_position))
  + (SELECT count(*) FROM dim_position p WHERE p.organization_key IS NOT NULL
        AND p.organization_key NOT IN (SELECT organization_key FROM dim_organization))
  + (SELECT count(*) FROM fact_document_reference r WHERE r.article_key NOT IN (SELECT article_key FROM fact_article)
        OR r.document_key NOT IN (SELECT document_key FROM dim_document))
  + (SELECT count(*) FROM fact_indicator i WHERE i.article_key NOT IN (SELECT article_key FROM fact_article))
  + (SELECT count(*) FROM fact_meeting m WHERE m.article_key NOT IN (SELECT article_key FROM fact_article))
  + (SELECT count(*) FROM bridge_article_theme t WHERE t.article_key NOT IN (SELECT article_key FROM fact_article)
        OR t.theme_key NOT IN (SELECT theme_key FROM dim_theme))
  + (SELECT count(*) FROM bridge_article_province p WHERE p.article_key NOT IN (SELECT article_key FROM fact_article)
        OR p.province_key NOT IN (SELECT province_key FROM dim_province)) AS orphan_references,

    (SELECT documents_seen FROM run) AS documents_seen,
    (SELECT documents_loaded + documents_quarantined + documents_unchanged FROM run) AS documents_accounted,
    (SELECT count(*) FROM stg_article) AS articles_staged,
    (SELECT count(*) FROM fact_article WHERE loaded_run = (SELECT run_id FROM load_context)) AS articles_loaded,
    (SELECT documents_loaded FROM run) AS run_documents_loaded,
    (SELECT count(*) FROM etl_document WHERE last_changed_run = (SELECT run_id FROM load_context)
        AND status = 'loaded') AS manifest_loaded,
    (SELECT count(*) FROM etl_document d WHERE d.status = 'loaded'
        AND d.article_key NOT IN (SELECT article_key FROM fact_article)) AS loaded_without_article
