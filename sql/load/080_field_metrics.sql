-- Field completeness of the articles this run loaded, per outlet and for the run as a whole (field_metric).
-- A field counts when it has a value, or, for the knowledge a text yields, at least one row.
WITH run AS (SELECT run_id, finished_at FROM load_context),
loaded AS (
    SELECT
        a.article_key,
        coalesce(o.outlet_name, '(not stated)') AS outlet_name,
        a.title IS NOT NULL AS title,
        a.published_at IS NOT NULL AS published_at,
        a.lead IS NOT NULL AS lead,
        len(a.body) > 0 AS body,
        EXISTS (SELECT 1 FROM bridge_article_author b WHERE b.article_key = a.article_key) AS authors,
        a.outlet_key IS NOT NULL AS outlet,
        a.province_key IS NOT NULL AS province,
        a.category_key IS NOT NULL AS category,
        a.event_date_key IS NOT NULL AS event_date,
        a.view_count IS NOT NULL AS view_count
    FROM fact_article AS a
    LEFT JOIN dim_outlet AS o USING (outlet_key)
    WHERE a.loaded_run = (SELECT run_id FROM run)
),
fields AS (
    UNPIVOT loaded
    ON title, published_at, lead, body, authors, "outlet", province, category, event_date, view_count
    INTO NAME field VALUE present
    UNION ALL BY NAME
    -- The knowledge fields (078_knowledge_fields.each.sql): an article has one when it has a row of its kind.
    SELECT l.article_key, l.outlet_name, f.field, k.article_key IS NOT NULL AS present
    FROM loaded AS l
    CROSS JOIN (SELECT DISTINCT field FROM knowledge_field) AS f
    LEFT JOIN (SELECT DISTINCT field, article_key FROM knowledge_field WHERE article_key IS NOT NULL) AS k
           ON k.field = f.field AND k.article_key = l.article_key
)
INSERT INTO field_metric BY NAME
SELECT
    run.run_id,
    coalesce(fields.outlet_name, '(all outlets)') AS outlet,
    fields.field,
    count(*) AS articles,
    count(*) FILTER (WHERE fields.present) AS with_field,
    count(*) FILTER (WHERE fields.present) / count(*) AS share,
    run.finished_at AS measured_at
FROM fields, run
GROUP BY GROUPING SETS ((run.run_id, run.finished_at, fields.field, fields.outlet_name),
                        (run.run_id, run.finished_at, fields.field));
