-- Keep every rejected document with its stage, reason and original bytes.
INSERT INTO quarantine BY NAME
SELECT
    c.run_id,
    q.stage,
    q.reason,
    q.source_uri,
    q.source_file,
    q.content_hash,
    q.original_bytes,
    c.finished_at AS quarantined_at
FROM stg_quarantine AS q, load_context AS c;
