-- One run's record (the last one when $run_id is null).
SELECT *
FROM etl_run
WHERE run_id = coalesce($run_id, (SELECT run_id FROM etl_run ORDER BY started_at DESC LIMIT 1))
