-- Every expectation result of this run, so "which checks failed last week" is one query.
INSERT INTO dq_result BY NAME
SELECT c.run_id, r.suite, r.expectation, r.column_name, r.severity, r.success, r.observed_value,
       r.unexpected_count, r.element_count, c.finished_at AS checked_at
FROM stg_dq_result AS r, load_context AS c;
