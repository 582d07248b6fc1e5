-- Once per knowledge kind with a field in field_metric (flows/extract/registry.py `metric`): the articles this run
-- loaded that have at least one of its rows, and a row with no article, so that a field nobody has is still
-- measured (080_field_metrics.sql reads knowledge_field).
INSERT INTO knowledge_field
SELECT $field AS field, k.article_key FROM {table} AS k
WHERE k.article_key IN (SELECT article_key FROM fact_article WHERE loaded_run = (SELECT run_id FROM load_context))
UNION ALL
SELECT $field, NULL;
