-- The warehouse checks' results, written with the run they checked.
INSERT INTO dq_result BY NAME
SELECT c.run_id, r.suite, r.expectation, r.column_name, r.severity, r.success, r.observed_value,
       r.unexpected_count, r.element_count, c.finished_at AS checked_at
FROM stg_warehouse_result AS r, load_context AS c;
UPDATE etl_run
SET checks_passed = checks_passed + (SELECT count(*) FROM stg_warehouse_result WHERE success),
    checks_failed = checks_failed + (SELECT count(*) FROM stg_warehouse_result WHERE NOT success)
WHERE run_id = (SELECT run_id FROM load_context);
INSERT INTO dq_sample BY NAME
SELECT c.run_id, s.suite, s.expectation, s.column_name, s.source_file, s.title, s.value
FROM stg_warehouse_sample AS s, load_context AS c;
