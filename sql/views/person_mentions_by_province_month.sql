-- grain: person x province x month. Who is reported most, where and when (articles by publication month).
CREATE OR REPLACE VIEW person_mentions_by_province_month AS
SELECT m.person_key,
       any_value(m.person_name) AS person_name,
       p.province_name,
       CAST(date_trunc('month', CAST(a.published_at AS DATE)) AS DATE) AS month,
       count(*) AS mentions,
       count(DISTINCT m.article_key) AS articles
FROM fact_person_mention AS m
JOIN fact_article AS a USING (article_key)
LEFT JOIN article_province AS ap USING (article_key)
LEFT JOIN dim_province AS p ON p.province_key = ap.province_key
GROUP BY m.person_key, p.province_name, CAST(date_trunc('month', CAST(a.published_at AS DATE)) AS DATE);
COMMENT ON VIEW person_mentions_by_province_month IS 'grain: person x province x month of publication: who is reported most, where and when';
COMMENT ON COLUMN person_mentions_by_province_month.person_key IS 'dim_person.person_key (durable)';
COMMENT ON COLUMN person_mentions_by_province_month.person_name IS 'e.g. Nguyễn Xuân Tường';
COMMENT ON COLUMN person_mentions_by_province_month.province_name IS 'the article''s province (article_province view); null when unknown';
COMMENT ON COLUMN person_mentions_by_province_month.month IS 'first day of the publication month, e.g. 2022-01-01; null for articles without a date';
COMMENT ON COLUMN person_mentions_by_province_month.mentions IS 'mentions of the person';
COMMENT ON COLUMN person_mentions_by_province_month.articles IS 'articles mentioning the person';
