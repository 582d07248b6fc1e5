-- The documents a retry reads again: the open quarantine rows asked for (all of them when $ids is empty).
SELECT DISTINCT source_uri, source_file
FROM quarantine
WHERE resolved_run IS NULL AND (len($ids) = 0 OR list_contains($ids, quarantine_id))
ORDER BY source_file
