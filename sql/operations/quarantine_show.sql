-- One quarantined document, with its bytes.
SELECT quarantine_id AS id, run_id, stage, reason, source_uri, source_file, content_hash, quarantined_at,
       resolved_run, octet_length(original_bytes) AS byte_size, original_bytes
FROM quarantine
WHERE quarantine_id = $id
