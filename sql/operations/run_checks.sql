-- The checks of one run, failed first, errors before warnings, with up to three of the failing values sampled for
-- each (dq_sample; the review page shows them all, by file).
SELECT r.suite, r.expectation, r.column_name, r.severity, r.success, r.unexpected_count, r.element_count,
       (SELECT array_to_string(list(s.value ORDER BY s.value)[1:3], '; ')
        FROM dq_sample AS s
        WHERE s.run_id = r.run_id AND s.suite = r.suite AND s.expectation = r.expectation
          AND s.column_name IS NOT DISTINCT FROM r.column_name) AS failing_values,
       r.observed_value
FROM dq_result AS r
WHERE r.run_id = $run_id
ORDER BY r.success, r.severity = 'warning', r.suite, r.expectation, r.column_name
