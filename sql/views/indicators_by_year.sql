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
       sum(i.value) FILTER (WHERE i.kind = 'money' AND i.per_unit IS NULL) AS total_money
FROM fact_indicator AS i
JOIN fact_article AS a USING (article_key)
GROUP BY ALL;
COMMENT ON VIEW indicators_by_year IS 'grain: indicator kind x currency x year, the year of the period a figure refers to (năm 2021), else of the article''s publication';
COMMENT ON COLUMN indicators_by_year.kind IS 'percentage | money | ratio | count';
COMMENT ON COLUMN indicators_by_year.currency IS 'VND | USD | ... for money; null for other kinds';
COMMENT ON COLUMN indicators_by_year.year IS 'the first four-digit number of the period, else the publication year; null when neither is known';
COMMENT ON COLUMN indicators_by_year.figures IS 'figures reported';
COMMENT ON COLUMN indicators_by_year.articles IS 'articles reporting them';
COMMENT ON COLUMN indicators_by_year.min_value IS 'the smallest fact_indicator.value';
COMMENT ON COLUMN indicators_by_year.max_value IS 'the largest fact_indicator.value';
COMMENT ON COLUMN indicators_by_year.total_money IS 'sum of the amounts that are sums, in currency units (money only; unit prices, per_unit not null, are left out)';
