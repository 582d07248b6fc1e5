-- Who held post P in province X during year Y. Parameters (newswh sql --file ... --param role='Chủ tịch'):
--   $role      the role as printed, e.g. 'Bí thư', 'Chủ tịch', 'Giám đốc'
--   $body      a word of the body, e.g. 'Tỉnh ủy', 'Ủy ban nhân dân', 'Sở Y tế'
--   $province  the official province name, e.g. 'Phú Thọ'
--   $year      the year, e.g. 2022
-- Each one not given is taken from the provincial post the articles name most often among those that match the
-- ones given (the year: the last year it was seen in), so that the query answers on any warehouse.
-- A person counts when the articles show them in the post at some time that year.
WITH given AS (
    SELECT CAST($role AS VARCHAR) AS role, CAST($body AS VARCHAR) AS body,
           CAST($province AS VARCHAR) AS province, CAST($year AS INTEGER) AS year
),
busiest AS (
    SELECT t.role, t.organization, t.province, max(year(t.last_seen)) AS year
    FROM position_timeline AS t, given AS g
    WHERE t.province IS NOT NULL AND t.last_seen IS NOT NULL
      AND t.role = coalesce(g.role, t.role)
      AND t.organization ILIKE '%' || coalesce(g.body, '') || '%'
      AND t.province = coalesce(g.province, t.province)
      AND coalesce(g.year, year(t.last_seen)) BETWEEN year(t.first_seen) AND year(t.last_seen)
    GROUP BY t.role, t.organization, t.province
    ORDER BY sum(t.articles) DESC, count(*) DESC, t.province, t.organization, t.role
    LIMIT 1
),
wanted AS (
    SELECT coalesce(g.role, b.role) AS role, coalesce(g.body, b.organization) AS body,
           coalesce(g.province, b.province) AS province, coalesce(g.year, b.year) AS year
    FROM given AS g LEFT JOIN busiest AS b ON true
)
SELECT t.person_name, t.position, t.first_seen, t.last_seen, t.articles
FROM position_timeline AS t, wanted AS w
WHERE t.role = w.role
  AND t.organization ILIKE '%' || w.body || '%'
  AND t.province = w.province
  AND t.first_seen <= make_date(w.year, 12, 31)
  AND t.last_seen >= make_date(w.year, 1, 1)
ORDER BY t.first_seen, t.person_name;
