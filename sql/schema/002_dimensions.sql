-- Dimensions. Keys are surrogate_key(natural key); names are kept as the articles spell them.

-- grain: calendar day. date_key is yyyymmdd.
CREATE TABLE dim_date (
    date_key     INTEGER PRIMARY KEY,
    full_date    DATE NOT NULL,
    year         SMALLINT NOT NULL,
    quarter      TINYINT NOT NULL,
    month        TINYINT NOT NULL,
    day          TINYINT NOT NULL,
    iso_week     TINYINT NOT NULL,
    weekday_name VARCHAR NOT NULL,              -- Thứ Hai ... Chủ nhật
    is_weekend   BOOLEAN NOT NULL
);

-- grain: province or centrally-run city.
CREATE TABLE dim_province (
    province_key  BIGINT PRIMARY KEY,
    province_name VARCHAR NOT NULL UNIQUE
);

-- grain: outlet (newspaper, portal, agency), by the name the dateline code resolves to.
CREATE TABLE dim_outlet (
    outlet_key   BIGINT PRIMARY KEY,
    outlet_name  VARCHAR NOT NULL UNIQUE,
    outlet_code  VARCHAR,                       -- the dateline code, "ĐBP", "PhuthoPortal"
    province_key BIGINT                         -- the province the outlet serves; null for national outlets
);

-- grain: byline name as printed.
CREATE TABLE dim_author (
    author_key  BIGINT PRIMARY KEY,
    author_name VARCHAR NOT NULL UNIQUE
);

-- grain: section name as printed above the title.
CREATE TABLE dim_category (
    category_key  BIGINT PRIMARY KEY,
    category_name VARCHAR NOT NULL UNIQUE
);
