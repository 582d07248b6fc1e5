-- Failed checks per run and severity (the trends page's first chart).
SELECT run_id, severity, count(*) FILTER (WHERE NOT success) AS failed
FROM dq_result
GROUP BY run_id, severity
