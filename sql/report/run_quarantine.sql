-- What one run quarantined, with the id `newswh quarantine show ID` takes.
SELECT quarantine_id AS id, source_file, stage, reason, resolved_run
FROM quarantine
WHERE run_id = $run_id
ORDER BY source_file, quarantine_id
