-- The runs whose id starts with $prefix (every run when it is empty), newest first, and whether each checked
-- something (a run that read nothing new records no check): `newswh dq` picks its run from these.
SELECT r.run_id, r.started_at,
       EXISTS (SELECT 1 FROM dq_result AS d WHERE d.run_id = r.run_id) AS checked
FROM etl_run AS r
WHERE starts_with(r.run_id, $prefix)
ORDER BY r.started_at DESC, r.run_id
