-- The documents a retry reads again: the open quarantine rows asked for (all of them when $ids is empty), with the
-- file each is read from (a record's export or archive, as the manifest recorded it) and its kind.
SELECT DISTINCT
    q.source_uri,
    q.source_file,
    coalesce(d.file_uri, q.source_uri) AS file_uri,
    CASE WHEN coalesce(d.file_uri, q.source_uri) = q.source_uri THEN q.source_file
         ELSE regexp_replace(q.source_file, '#[^#]*$', '') END AS file_source_file,
    d.source_kind
FROM quarantine AS q
LEFT JOIN etl_document AS d ON d.source_uri = q.source_uri
WHERE q.resolved_run IS NULL AND (len($ids) = 0 OR list_contains($ids, q.quarantine_id))
ORDER BY q.source_file
