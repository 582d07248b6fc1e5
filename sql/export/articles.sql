-- The article export contract (../shared/design.md): one row per article, fields in contract order.
SELECT
    a.source_file,
    a.title,
    a.published_at,
    a.published_has_time,
    o.outlet_name AS outlet,
    p.province_name AS province,
    cat.category_name AS category,
    coalesce((
        SELECT list({'name': w.author_name, 'roles': w.roles} ORDER BY w.first_position)
        FROM (
            SELECT au.author_name, list(DISTINCT b.role ORDER BY b.role) AS roles, min(b.position) AS first_position
            FROM bridge_article_author AS b
            JOIN dim_author AS au USING (author_key)
            WHERE b.article_key = a.article_key
            GROUP BY au.author_name
        ) AS w
    ), []) AS authors,
    a.view_count,
    ed.full_date AS event_date,
    a.lead,
    a.body,
    a.captions
FROM fact_article AS a
LEFT JOIN dim_outlet AS o USING (outlet_key)
LEFT JOIN dim_province AS p ON p.province_key = a.province_key
LEFT JOIN dim_category AS cat USING (category_key)
LEFT JOIN dim_date AS ed ON ed.date_key = a.event_date_key
ORDER BY a.source_file
