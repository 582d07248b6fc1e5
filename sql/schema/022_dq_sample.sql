-- A few failing rows of each failed expectation, so that a reviewer sees which files failed and why.
CREATE TABLE dq_sample (
    run_id      VARCHAR NOT NULL,
    suite       VARCHAR NOT NULL,
    expectation VARCHAR NOT NULL,
    column_name VARCHAR,
    source_file VARCHAR,
    title       VARCHAR,
    value       VARCHAR
);

COMMENT ON TABLE dq_sample IS 'grain: run x failed expectation x sampled row: up to 20 failing rows of each failed '
    'check, errors and warnings alike (21459320.txt, ''Rối loạn tiêu hóa...'', published_at ''(missing)''), '
    'shown by the run''s review page';
COMMENT ON COLUMN dq_sample.run_id IS 'etl_run.run_id of the run whose check failed';
COMMENT ON COLUMN dq_sample.suite IS 'the suite (expectations/<suite>.json): documents, articles, warehouse, drift';
COMMENT ON COLUMN dq_sample.expectation IS 'the expectation type, as in dq_result.expectation';
COMMENT ON COLUMN dq_sample.column_name IS 'the column checked, as in dq_result.column_name; null for a table check';
COMMENT ON COLUMN dq_sample.source_file IS 'the file the failing row came from (null for checks on measures)';
COMMENT ON COLUMN dq_sample.title IS 'the article''s title, when it has one';
COMMENT ON COLUMN dq_sample.value IS 'the value that failed, as text; ''(missing)'' for a missing one';
