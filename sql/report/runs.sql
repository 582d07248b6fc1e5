-- Every run that checked something or loaded articles, oldest first: the x axis of the trends page.
SELECT run_id, left(run_id, 8) AS short_id, started_at, status, documents_seen, documents_loaded,
       documents_quarantined, documents_unchanged, checks_passed, checks_failed,
       strftime(started_at, '%Y-%m-%d %H:%M') || ' · ' || left(run_id, 8) AS label
FROM etl_run
WHERE checks_passed + checks_failed > 0 OR documents_loaded > 0 OR documents_quarantined > 0
ORDER BY started_at, run_id
