-- Facts and bridges.

-- grain: one article (the current version of one source document).
CREATE TABLE fact_article (
    article_key        BIGINT PRIMARY KEY,      -- surrogate_key of the source uri: stable across edits
    source_uri         VARCHAR NOT NULL,
    source_file        VARCHAR NOT NULL,
    content_hash       VARCHAR NOT NULL,
    title              VARCHAR NOT NULL,
    published_at       TIMESTAMPTZ,             -- Asia/Ho_Chi_Minh; midnight when only the date is known
    published_has_time BOOLEAN NOT NULL,
    published_date_key INTEGER,                 -- dim_date
    event_date_key     INTEGER,                 -- dim_date: when the lead says the event happened
    outlet_key         BIGINT,                  -- dim_outlet
    province_key       BIGINT,                  -- dim_province
    category_key       BIGINT,                  -- dim_category
    view_count         BIGINT,
    lead               VARCHAR,
    body               VARCHAR[] NOT NULL,      -- paragraphs, captions and chrome removed
    captions           VARCHAR[] NOT NULL,
    body_chars         INTEGER NOT NULL,
    fetched_at         TIMESTAMPTZ NOT NULL,
    loaded_run         VARCHAR NOT NULL         -- etl_run that loaded this version
);

-- grain: article x author x role.
CREATE TABLE bridge_article_author (
    article_key BIGINT NOT NULL,
    author_key  BIGINT NOT NULL,
    role        VARCHAR NOT NULL,               -- text | photo | video
    position    INTEGER NOT NULL,               -- order of the byline in the article
    PRIMARY KEY (article_key, author_key, role)
);
