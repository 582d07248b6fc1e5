-- grain: article. The province an article is about: its outlet's, else the one its text names most often.
CREATE OR REPLACE VIEW article_province AS
SELECT a.article_key,
       coalesce(a.province_key, (
           SELECT b.province_key FROM bridge_article_province AS b
           WHERE b.article_key = a.article_key AND b.source = 'text'
           ORDER BY b.mentions DESC, b.province_key LIMIT 1
       )) AS province_key
FROM fact_article AS a;
COMMENT ON VIEW article_province IS 'grain: one article, with the province it is about: its outlet''s, else the one its text names most';
COMMENT ON COLUMN article_province.article_key IS 'fact_article.article_key';
COMMENT ON COLUMN article_province.province_key IS 'dim_province.province_key; null when neither the outlet nor the text gives one';
