-- Articles per outlet and publication day, as the warehouse holds them now (articles without a date are counted
-- apart: $undated in the page).
SELECT coalesce(o.outlet_name, '(not stated)') AS outlet, CAST(a.published_at AS DATE) AS day, count(*) AS articles
FROM fact_article AS a
LEFT JOIN dim_outlet AS o USING (outlet_key)
WHERE a.published_at IS NOT NULL
GROUP BY ALL
ORDER BY day
