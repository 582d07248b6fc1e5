-- grain: indicator kind x currency x year (of the period the figure refers to, else of publication).
-- A period without a year ("tháng 6", "6 tháng đầu năm") extracts '' and takes the publication's year.
CREATE OR REPLACE VIEW indicators_by_year AS
SELECT i.kind,
       i.currency,
       coalesce(CAST(nullif(regexp_extract(i.period, '(\d{4})', 1), '') AS INTEGER), year(a.published_at)) AS year,
       count(*) AS figures,
       count(DISTINCT i.article_key) AS articles,
       min(i.value) AS min_value,
       max(i.value) AS max_value,
       sum(i.value) FILTER (WHERE i.kind = 'money') AS total_money
FROM fact_indicator AS i
JOIN fact_article AS a USING (article_key)
GROUP BY ALL;
