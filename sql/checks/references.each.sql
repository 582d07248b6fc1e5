-- Once per key of a knowledge table (flows/extract/registry.py: article_key in fact_article, and its `references`):
-- the rows whose key is not in the table that holds it. One row of measures, named by table and check.
SELECT $table_name AS table_name, $check_name AS check_name, count(*) AS orphan_references
FROM {table}
WHERE {column} IS NOT NULL AND {column} NOT IN (SELECT {column} FROM {target})
