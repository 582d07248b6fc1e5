-- The run record: documents seen = loaded + quarantined + unchanged.
INSERT INTO etl_run BY NAME
SELECT
    c.run_id,
    c.flow_name,
    c.started_at,
    c.finished_at,
    'success' AS status,
    c.source,
    c.full_refresh,
    (SELECT count(*) FROM stg_document) AS documents_seen,
    (SELECT count(*) FROM stg_document WHERE outcome = 'loaded') AS documents_loaded,
    (SELECT count(*) FROM stg_document WHERE outcome = 'quarantined') AS documents_quarantined,
    (SELECT count(*) FROM stg_document WHERE outcome = 'unchanged') AS documents_unchanged,
    (SELECT count(*) FROM stg_dq_result WHERE success) AS checks_passed,
    (SELECT count(*) FROM stg_dq_result WHERE NOT success) AS checks_failed,
    NULL AS message,
    c.window_from,
    c.window_to,
    c.task_runner
FROM load_context AS c;
