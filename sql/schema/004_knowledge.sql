-- Knowledge extracted from the articles (in the spirit of GDELT's GKG): who, which body, which document,
-- which figure, which meeting, which theme. Every mention keeps its article and position:
-- field (lead | body | caption), paragraph (index within the field), char_offset (within the paragraph).

-- Provinces with the 2025 reorganisation as dated validity: a unit merged on 2025-07-01 has valid_to and
-- successor_name set; units created then have valid_from.
ALTER TABLE dim_province ADD COLUMN kind VARCHAR;            -- province | city
ALTER TABLE dim_province ADD COLUMN valid_from DATE;         -- null: existed before the warehouse's history
ALTER TABLE dim_province ADD COLUMN valid_to DATE;           -- null: still exists
ALTER TABLE dim_province ADD COLUMN successor_name VARCHAR;  -- the unit it was merged into or renamed to

-- grain: person x title x validity (type 2). person_key is the durable key (one per name); a new version
-- starts on the first article date that gives the person a different title. Rebuilt from the mentions on
-- every load, so backfills of older articles slot into the history.
CREATE TABLE dim_person (
    person_version_key BIGINT PRIMARY KEY,
    person_key         BIGINT NOT NULL,
    person_name        VARCHAR NOT NULL,
    title              VARCHAR,
    valid_from         DATE NOT NULL,
    valid_to           DATE,                     -- exclusive; null for the current version
    is_current         BOOLEAN NOT NULL
);

-- grain: organisation, by its name with abbreviations expanded.
CREATE TABLE dim_organization (
    organization_key  BIGINT PRIMARY KEY,
    organization_name VARCHAR NOT NULL UNIQUE
);

-- grain: a cited document (kind + number + code, or kind + number + issuer when it has no code).
CREATE TABLE dim_document (
    document_key BIGINT PRIMARY KEY,
    kind         VARCHAR NOT NULL,                -- Nghị quyết, Chỉ thị, Kết luận, Quyết định, ...
    number       VARCHAR NOT NULL,                -- as written ("05")
    code         VARCHAR,                         -- "21-KL/TW"
    issuer       VARCHAR,
    issued_on    DATE
);

-- grain: theme of the keyword taxonomy (flows/patterns/themes.py).
CREATE TABLE dim_theme (
    theme_key  BIGINT PRIMARY KEY,
    theme_code VARCHAR NOT NULL UNIQUE,
    theme_name VARCHAR NOT NULL,
    keywords   VARCHAR[] NOT NULL
);

-- grain: one mention of a person with a title in an article.
CREATE TABLE fact_person_mention (
    article_key BIGINT NOT NULL,
    person_key  BIGINT NOT NULL,                  -- dim_person.person_key
    person_name VARCHAR NOT NULL,
    title       VARCHAR,
    field       VARCHAR NOT NULL,
    paragraph   INTEGER NOT NULL,
    char_offset BIGINT NOT NULL
);

-- grain: one mention of an organisation in an article.
CREATE TABLE fact_organization_mention (
    article_key      BIGINT NOT NULL,
    organization_key BIGINT NOT NULL,
    text             VARCHAR NOT NULL,            -- as written ("BTV Đảng ủy Khối")
    field            VARCHAR NOT NULL,
    paragraph        INTEGER NOT NULL,
    char_offset      BIGINT NOT NULL
);

-- grain: article x province, from the outlet or named in the text.
CREATE TABLE bridge_article_province (
    article_key  BIGINT NOT NULL,
    province_key BIGINT NOT NULL,
    source       VARCHAR NOT NULL,                -- outlet | text
    mentions     INTEGER NOT NULL,
    PRIMARY KEY (article_key, province_key, source)
);

-- grain: one citation of a document in an article.
CREATE TABLE fact_document_reference (
    article_key  BIGINT NOT NULL,
    document_key BIGINT NOT NULL,
    text         VARCHAR NOT NULL,
    field        VARCHAR NOT NULL,
    paragraph    INTEGER NOT NULL,
    char_offset  BIGINT NOT NULL
);

-- grain: one figure reported in an article's lead or body.
CREATE TABLE fact_indicator (
    article_key        BIGINT NOT NULL,
    published_date_key INTEGER,
    kind               VARCHAR NOT NULL,          -- percentage | money | ratio | count
    value              DOUBLE,                    -- percent; amount in currency units; achieved/target; count
    achieved           DOUBLE,
    target             DOUBLE,
    currency           VARCHAR,                   -- VND | USD | EUR ... (money)
    qualifier          VARCHAR,                   -- "trên", "gần", "khoảng" ...
    measure            VARCHAR,                   -- what is counted or measured
    period             VARCHAR,                   -- "năm 2021", "6 tháng đầu năm 2019"
    text               VARCHAR NOT NULL,          -- the figure as written
    field              VARCHAR NOT NULL,
    paragraph          INTEGER NOT NULL,
    char_offset        BIGINT NOT NULL
);

-- grain: the meeting an article reports (at most one per article, from its lead).
CREATE TABLE fact_meeting (
    article_key      BIGINT PRIMARY KEY,
    kind             VARCHAR,                     -- Hội nghị Ban Chấp hành, Hội nghị tổng kết, Kỳ họp, ...
    name             VARCHAR NOT NULL,
    session          INTEGER,                     -- "lần thứ VII" -> 7
    term             VARCHAR,                     -- "khóa XIX" -> XIX
    organiser        VARCHAR,
    meeting_date_key INTEGER,                     -- the event date of the article
    char_offset      BIGINT NOT NULL
);

-- grain: article x theme.
CREATE TABLE bridge_article_theme (
    article_key BIGINT NOT NULL,
    theme_key   BIGINT NOT NULL,
    hits        INTEGER NOT NULL,                 -- keyword matches in title, lead and body
    PRIMARY KEY (article_key, theme_key)
);
