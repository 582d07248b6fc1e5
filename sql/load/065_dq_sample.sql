-- A few failing rows of each failed check of this run (the report shows them by file and title).
INSERT INTO dq_sample BY NAME
SELECT c.run_id, s.suite, s.expectation, s.column_name, s.source_file, s.title, s.value
FROM stg_dq_sample AS s, load_context AS c;
