-- Bodies and posts no mention refers to any more (their articles changed or were removed) are dropped, with
-- their spellings.
DELETE FROM dim_position WHERE position_key NOT IN (SELECT position_key FROM fact_position_mention);
DELETE FROM dim_organization
WHERE organization_key NOT IN (SELECT organization_key FROM fact_organization_mention
                               WHERE organization_key IS NOT NULL)
  AND organization_key NOT IN (SELECT organization_key FROM dim_position WHERE organization_key IS NOT NULL);
DELETE FROM dim_organization_alias WHERE organization_key NOT IN (SELECT organization_key FROM dim_organization);

-- A body's name is the spelling most of its mentions use (ties: the first in sort order), over the whole
-- warehouse, so that it does not depend on which batch saw the body first; posts are named after it.
UPDATE dim_organization SET organization_name = best.name
FROM (
    SELECT organization_key, first(canonical_name ORDER BY n DESC, canonical_name) AS name
    FROM (SELECT organization_key, canonical_name, count(*) AS n FROM fact_organization_mention
          WHERE canonical_name IS NOT NULL GROUP BY ALL)
    GROUP BY organization_key
) AS best
WHERE dim_organization.organization_key = best.organization_key
  AND dim_organization.organization_name <> best.name;
UPDATE dim_position SET organization_name = o.organization_name, position_name = role || ' ' || o.organization_name
FROM dim_organization AS o
WHERE dim_position.organization_key = o.organization_key
  AND dim_position.organization_name <> o.organization_name;

-- A name that is another name of the same home cut short ("Phạm Bình" beside "Phạm Bình Minh"), every post of
-- which the longer name also holds, is that person: its mentions move to the longer name (one candidate only).
CREATE OR REPLACE TEMP TABLE person_merge AS
WITH posts AS (
    SELECT person_key, list(DISTINCT position_key) AS keys FROM fact_position_mention GROUP BY person_key
),
names AS (SELECT DISTINCT person_key, person_name, home FROM fact_person_mention)
SELECT s.person_key AS short_key, any_value(l.person_key) AS long_key, any_value(l.person_name) AS long_name
FROM names AS s
JOIN names AS l ON l.home = s.home AND starts_with(l.person_name, s.person_name || ' ')
                AND length(l.person_name) - length(replace(l.person_name, ' ', ''))
                    = length(s.person_name) - length(replace(s.person_name, ' ', '')) + 1
JOIN posts AS ps ON ps.person_key = s.person_key
JOIN posts AS pl ON pl.person_key = l.person_key
WHERE list_has_all(pl.keys, ps.keys)
GROUP BY s.person_key
HAVING count(DISTINCT l.person_key) = 1;
UPDATE fact_person_mention SET person_key = m.long_key, person_name = m.long_name
FROM person_merge AS m WHERE fact_person_mention.person_key = m.short_key;
UPDATE fact_position_mention SET person_key = m.long_key
FROM person_merge AS m WHERE fact_position_mention.person_key = m.short_key;

-- bridge_person_position: who was seen in which post, from when to when (rebuilt from every mention).
DELETE FROM bridge_person_position;
INSERT INTO bridge_person_position BY NAME
SELECT m.person_key, m.position_key,
       min(coalesce(CAST(a.published_at AS DATE), CAST(a.fetched_at AS DATE))) AS first_seen,
       max(coalesce(CAST(a.published_at AS DATE), CAST(a.fetched_at AS DATE))) AS last_seen,
       count(DISTINCT m.article_key) AS articles
FROM fact_position_mention AS m JOIN fact_article AS a USING (article_key)
GROUP BY m.person_key, m.position_key;

-- dim_person, type 2: rebuilt from every mention. A version starts on the person's first article date and on
-- each date a post not seen before appears; it holds every post seen so far (articles often name one post of
-- several, so a post missing from a later article does not end it), and the longest title of its first day.
-- The wording of a title never starts a version: two wordings of one post are one position_key.
DELETE FROM dim_person;

INSERT INTO dim_person BY NAME
WITH dated AS (
    SELECT m.person_key, m.person_name, m.home, m.title,
           coalesce(CAST(a.published_at AS DATE), CAST(a.fetched_at AS DATE)) AS seen_on
    FROM fact_person_mention AS m JOIN fact_article AS a USING (article_key)
),
starts AS (
    SELECT person_key, min(seen_on) AS valid_from FROM dated GROUP BY person_key
    UNION
    SELECT person_key, first_seen FROM bridge_person_position
),
versions AS (
    SELECT person_key, valid_from,
           lead(valid_from) OVER (PARTITION BY person_key ORDER BY valid_from) AS valid_to
    FROM starts
),
first_day AS (
    SELECT v.person_key, v.valid_from, any_value(d.person_name) AS person_name, any_value(d.home) AS home,
           arg_max(d.title, length(coalesce(d.title, ''))) AS title
    FROM versions AS v
    JOIN dated AS d ON d.person_key = v.person_key AND d.seen_on >= v.valid_from
                   AND (v.valid_to IS NULL OR d.seen_on < v.valid_to)
    GROUP BY v.person_key, v.valid_from
),
held AS (
    SELECT v.person_key, v.valid_from, list(p.position_name ORDER BY b.first_seen, p.position_name) AS positions
    FROM versions AS v
    JOIN bridge_person_position AS b ON b.person_key = v.person_key AND b.first_seen <= v.valid_from
    JOIN dim_position AS p USING (position_key)
    GROUP BY v.person_key, v.valid_from
)
SELECT surrogate_key('person|' || CAST(v.person_key AS VARCHAR) || '|' || CAST(v.valid_from AS VARCHAR))
           AS person_version_key,
       v.person_key, f.person_name, f.home, f.title, coalesce(h.positions, []) AS positions,
       v.valid_from, v.valid_to, v.valid_to IS NULL AS is_current
FROM versions AS v
JOIN first_day AS f USING (person_key, valid_from)
LEFT JOIN held AS h USING (person_key, valid_from);
