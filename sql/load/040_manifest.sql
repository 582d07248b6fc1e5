-- Record every document this run read: new and changed ones with their outcome, unchanged ones as seen.
INSERT INTO etl_document BY NAME
SELECT
    d.source_uri,
    d.source_file,
    d.content_hash,
    d.byte_size,
    d.mtime_ns,
    d.source_kind,
    d.file_uri,
    d.file_size,
    d.outcome AS status,
    d.article_key,
    d.duplicate_of,
    c.run_id AS first_seen_run,
    c.run_id AS last_seen_run,
    c.run_id AS last_changed_run
FROM stg_document AS d, load_context AS c
WHERE d.outcome <> 'unchanged'
ON CONFLICT (source_uri) DO UPDATE SET
    source_file = excluded.source_file,
    content_hash = excluded.content_hash,
    byte_size = excluded.byte_size,
    mtime_ns = excluded.mtime_ns,
    source_kind = excluded.source_kind,
    file_uri = excluded.file_uri,
    file_size = excluded.file_size,
    status = excluded.status,
    article_key = excluded.article_key,
    duplicate_of = excluded.duplicate_of,
    last_seen_run = excluded.last_seen_run,
    last_changed_run = excluded.last_changed_run;

-- Unchanged documents: seen again, and where their file was listed, its stat refreshed (a file touched but not
-- edited is read once more, then not again; an export that grew is opened once, then not again) and the place the
-- record now has in it.
UPDATE etl_document
SET last_seen_run = (SELECT run_id FROM load_context),
    mtime_ns = coalesce(d.mtime_ns, etl_document.mtime_ns),
    file_size = coalesce(d.file_size, etl_document.file_size),
    file_uri = coalesce(d.file_uri, etl_document.file_uri),
    source_file = coalesce(d.source_file, etl_document.source_file)
FROM stg_document AS d
WHERE etl_document.source_uri = d.source_uri AND d.outcome = 'unchanged';

-- A document that loaded leaves quarantine.
UPDATE quarantine
SET resolved_run = (SELECT run_id FROM load_context)
WHERE resolved_run IS NULL
  AND source_uri IN (SELECT source_uri FROM stg_document WHERE outcome = 'loaded');
