-- What one run quarantined, with the id `newswh quarantine show ID` takes, and the later run that released each
-- document (loaded it: a `newswh quarantine retry`, or the file changed), with its start.
SELECT q.quarantine_id AS id, q.source_file, q.stage, q.reason, q.resolved_run, r.started_at AS resolved_started_at
FROM quarantine AS q
LEFT JOIN etl_run AS r ON r.run_id = q.resolved_run
WHERE q.run_id = $run_id
ORDER BY q.source_file, q.quarantine_id
