-- The checks of one run, failed first, errors before warnings.
SELECT r.suite, r.expectation, r.column_name, r.severity, r.success, r.unexpected_count, r.element_count,
       r.observed_value
FROM dq_result AS r
WHERE r.run_id = $run_id
ORDER BY r.success, r.severity = 'warning', r.suite, r.expectation, r.column_name
