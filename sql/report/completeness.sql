-- Field completeness per outlet and run (field_metric): the share of a run's articles of that outlet with the field.
SELECT run_id, outlet, field, articles, share
FROM field_metric
