-- The checks of one run (the last one when $run_id is null), failed first, errors before warnings.
WITH chosen AS (
    SELECT coalesce($run_id, (SELECT run_id FROM etl_run ORDER BY started_at DESC LIMIT 1)) AS run_id
)
SELECT r.suite, r.expectation, r.column_name, r.severity, r.success, r.unexpected_count, r.element_count,
       r.observed_value
FROM dq_result AS r JOIN chosen USING (run_id)
ORDER BY r.success, r.severity = 'warning', r.suite, r.expectation, r.column_name
