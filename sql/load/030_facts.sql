-- Replace the facts of every article in the batch: a changed document keeps its article key.
DELETE FROM bridge_article_author WHERE article_key IN (SELECT article_key FROM stg_article);
DELETE FROM fact_article WHERE article_key IN (SELECT article_key FROM stg_article);

INSERT INTO fact_article BY NAME
SELECT
    a.article_key,
    a.source_uri,
    a.source_file,
    a.content_hash,
    a.text_hash,
    a.title,
    a.published_at,
    a.published_has_time,
    CAST(strftime(CAST(a.published_at AS DATE), '%Y%m%d') AS INTEGER) AS published_date_key,
    CAST(strftime(a.event_date, '%Y%m%d') AS INTEGER) AS event_date_key,
    CASE WHEN a.outlet IS NOT NULL THEN surrogate_key('outlet|' || a.outlet) END AS outlet_key,
    CASE WHEN a.province IS NOT NULL THEN surrogate_key('province|' || a.province) END AS province_key,
    CASE WHEN a.category IS NOT NULL THEN surrogate_key('category|' || a.category) END AS category_key,
    a.view_count,
    a.lead,
    a.body,
    a.captions,
    coalesce(list_sum(list_transform(a.body, lambda p: length(p))), 0) AS body_chars,
    a.fetched_at,
    a.source_encoding,
    c.run_id AS loaded_run
FROM stg_article AS a, load_context AS c;

INSERT INTO bridge_article_author BY NAME
SELECT a.article_key, surrogate_key('author|' || w.name) AS author_key, w.role, w.position
FROM (SELECT source_uri, name, position, unnest(roles) AS role FROM stg_author) AS w
JOIN stg_article AS a USING (source_uri)
ON CONFLICT DO NOTHING;
