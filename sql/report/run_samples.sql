-- The sampled failing rows of one run's checks.
SELECT suite, expectation, column_name, source_file, title, value
FROM dq_sample
WHERE run_id = $run_id
