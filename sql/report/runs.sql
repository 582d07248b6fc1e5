-- Every run that checked something or loaded articles, oldest first: the x axis of the trends page and the rows of
-- the index of runs (the page names a run by its start time, shown in the display time zone).
SELECT run_id, left(run_id, 8) AS short_id, started_at, status, source, documents_seen, documents_loaded,
       documents_quarantined, documents_unchanged, checks_passed, checks_failed
FROM etl_run
WHERE checks_passed + checks_failed > 0 OR documents_loaded > 0 OR documents_quarantined > 0
ORDER BY started_at, run_id
