-- dim_person, type 2: rebuilt from every mention. Per person and article date the longest title stands for
-- the article; consecutive dates with the same title form one version, valid until the next version starts.
DELETE FROM dim_person;

INSERT INTO dim_person BY NAME
WITH dated AS (
    SELECT m.person_key, m.person_name, m.title,
           coalesce(CAST(a.published_at AS DATE), CAST(a.fetched_at AS DATE)) AS seen_on
    FROM fact_person_mention AS m JOIN fact_article AS a USING (article_key)
),
per_day AS (
    SELECT person_key, any_value(person_name) AS person_name, seen_on,
           arg_max(title, length(coalesce(title, ''))) AS title
    FROM dated
    GROUP BY person_key, seen_on
),
changes AS (
    SELECT *, coalesce(title IS DISTINCT FROM lag(title) OVER (PARTITION BY person_key ORDER BY seen_on), true)
              AS starts_version
    FROM per_day
),
numbered AS (
    SELECT *, sum(CAST(starts_version AS INTEGER)) OVER (PARTITION BY person_key ORDER BY seen_on) AS version
    FROM changes
),
versions AS (
    SELECT person_key, any_value(person_name) AS person_name, any_value(title) AS title, version,
           min(seen_on) AS valid_from
    FROM numbered
    GROUP BY person_key, version
)
SELECT surrogate_key('person|' || person_name || '|' || CAST(valid_from AS VARCHAR) || '|' || coalesce(title, ''))
           AS person_version_key,
       person_key, person_name, title, valid_from,
       lead(valid_from) OVER (PARTITION BY person_key ORDER BY valid_from) AS valid_to,
       lead(valid_from) OVER (PARTITION BY person_key ORDER BY valid_from) IS NULL AS is_current
FROM versions;
