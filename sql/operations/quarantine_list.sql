-- Quarantined documents, newest first: one row per document (its latest rejection);
-- $include_resolved also lists those a later run loaded.
SELECT quarantine_id AS id, run_id, stage, source_file, reason, quarantined_at, resolved_run
FROM quarantine
WHERE $include_resolved OR resolved_run IS NULL
QUALIFY row_number() OVER (PARTITION BY source_uri, resolved_run IS NULL ORDER BY quarantined_at DESC,
                                        quarantine_id DESC) = 1
ORDER BY quarantined_at DESC, quarantine_id DESC
