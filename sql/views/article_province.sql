-- grain: article. The province an article is about: its outlet's, else the one its text names most often.
CREATE OR REPLACE VIEW article_province AS
SELECT a.article_key,
       coalesce(a.province_key, (
           SELECT b.province_key FROM bridge_article_province AS b
           WHERE b.article_key = a.article_key AND b.source = 'text'
           ORDER BY b.mentions DESC, b.province_key LIMIT 1
       )) AS province_key
FROM fact_article AS a;
