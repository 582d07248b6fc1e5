-- Upsert the dimensions this batch refers to. Existing members keep their keys.
INSERT INTO dim_province BY NAME
SELECT DISTINCT surrogate_key('province|' || province) AS province_key, province AS province_name
FROM stg_article
WHERE province IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO dim_outlet BY NAME
SELECT
    surrogate_key('outlet|' || outlet) AS outlet_key,
    outlet AS outlet_name,
    any_value(outlet_code) AS outlet_code,
    any_value(surrogate_key('province|' || province)) AS province_key
FROM stg_article
WHERE outlet IS NOT NULL
GROUP BY outlet
ON CONFLICT DO NOTHING;

INSERT INTO dim_category BY NAME
SELECT DISTINCT surrogate_key('category|' || category) AS category_key, category AS category_name
FROM stg_article
WHERE category IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO dim_author BY NAME
SELECT DISTINCT surrogate_key('author|' || name) AS author_key, name AS author_name
FROM stg_author
ON CONFLICT DO NOTHING;

INSERT INTO dim_date BY NAME
SELECT
    CAST(strftime(d, '%Y%m%d') AS INTEGER) AS date_key,
    d AS full_date,
    year(d) AS year,
    quarter(d) AS quarter,
    month(d) AS month,
    day(d) AS day,
    weekofyear(d) AS iso_week,
    ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'][dayofweek(d) + 1] AS weekday_name,
    dayofweek(d) IN (0, 6) AS is_weekend
FROM (
    SELECT CAST(published_at AS DATE) AS d FROM stg_article
    UNION
    SELECT event_date FROM stg_article
)
WHERE d IS NOT NULL
ON CONFLICT DO NOTHING;
