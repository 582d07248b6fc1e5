-- Operations tables: what every run saw, did, quarantined and checked.

-- Deterministic surrogate keys: a positive BIGINT from the MD5 of the natural key, so reruns give the same keys.
CREATE OR REPLACE MACRO surrogate_key(natural_key) AS CAST(md5_number_lower(natural_key) >> 1 AS BIGINT);

-- One row per pipeline run (grain: run). documents_seen = loaded + quarantined + unchanged.
CREATE TABLE etl_run (
    run_id                VARCHAR PRIMARY KEY,   -- the Prefect flow run id
    flow_name             VARCHAR NOT NULL,
    started_at            TIMESTAMPTZ NOT NULL,
    finished_at           TIMESTAMPTZ,
    status                VARCHAR NOT NULL,      -- success | failed | interrupted | cancelled
    source                VARCHAR,               -- the folder the run read
    full_refresh          BOOLEAN NOT NULL DEFAULT false,
    documents_seen        INTEGER NOT NULL DEFAULT 0,
    documents_loaded      INTEGER NOT NULL DEFAULT 0,
    documents_quarantined INTEGER NOT NULL DEFAULT 0,
    documents_unchanged   INTEGER NOT NULL DEFAULT 0,
    checks_passed         INTEGER NOT NULL DEFAULT 0,
    checks_failed         INTEGER NOT NULL DEFAULT 0,
    message               VARCHAR                -- why a failed run failed
);

-- The manifest (grain: source document). The content hash decides new / changed / unchanged.
CREATE TABLE etl_document (
    source_uri       VARCHAR PRIMARY KEY,
    source_file      VARCHAR NOT NULL,
    content_hash     VARCHAR NOT NULL,          -- SHA-256 of the bytes
    byte_size        BIGINT NOT NULL,
    status           VARCHAR NOT NULL,          -- loaded | quarantined (as of the last run that read it)
    article_key      BIGINT NOT NULL,           -- fact_article.article_key when loaded
    first_seen_run   VARCHAR NOT NULL,
    last_seen_run    VARCHAR NOT NULL,
    last_changed_run VARCHAR NOT NULL
);

-- Documents or rows that failed and were kept aside with the reason (grain: one failure of one document).
CREATE SEQUENCE quarantine_id_seq START 1;
CREATE TABLE quarantine (
    quarantine_id  BIGINT PRIMARY KEY DEFAULT nextval('quarantine_id_seq'),
    run_id         VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL,            -- source | decode | check
    reason         VARCHAR NOT NULL,
    source_uri     VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,
    content_hash   VARCHAR NOT NULL,
    original_bytes BLOB,                        -- the document as read (null when it was refused unread)
    quarantined_at TIMESTAMPTZ NOT NULL
);

-- Every expectation result of every run (grain: run x suite x expectation).
CREATE TABLE dq_result (
    run_id           VARCHAR NOT NULL,
    suite            VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,          -- the expectation type
    column_name      VARCHAR,
    severity         VARCHAR NOT NULL,          -- error | warning | info
    success          BOOLEAN NOT NULL,
    observed_value   VARCHAR,
    unexpected_count BIGINT,
    element_count    BIGINT,
    checked_at       TIMESTAMPTZ NOT NULL
);
