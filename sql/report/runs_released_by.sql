-- The earlier runs whose quarantined documents one run released (loaded): their review pages are written again.
SELECT DISTINCT run_id
FROM quarantine
WHERE resolved_run = $run_id AND run_id <> $run_id
ORDER BY run_id
