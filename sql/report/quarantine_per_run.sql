-- Documents quarantined per run, by the kind of reason (its words before the first colon).
SELECT run_id, stage, trim(split_part(reason, ':', 1)) AS reason, count(*) AS documents
FROM quarantine
GROUP BY ALL
