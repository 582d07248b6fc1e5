-- The career of person N: every post the articles name them in, in order, with the dates they were seen in it;
-- namesakes of different provinces are listed apart (column home). Parameter (newswh sql --file ...
-- --param person='Nguyễn Xuân Tường'):
--   $person    the person's name as the articles write it
-- Not given: the person the articles name most often in a post, so that the query answers on any warehouse.
WITH given AS (
    SELECT CAST($person AS VARCHAR) AS person_name
),
busiest AS (
    SELECT person_name
    FROM position_timeline
    GROUP BY person_name
    ORDER BY sum(articles) DESC, count(*) DESC, person_name
    LIMIT 1
),
wanted AS (
    SELECT coalesce(g.person_name, b.person_name) AS person_name
    FROM given AS g LEFT JOIN busiest AS b ON true
)
SELECT t.person_name, t.home, t.position, t.organization, t.first_seen, t.last_seen, t.articles
FROM position_timeline AS t, wanted AS w
WHERE t.person_name = w.person_name
ORDER BY t.home, t.first_seen, t.position;
