-- The career of person N: every post the articles name them in, in order, with the dates they were seen in it.
-- Edit the name in `wanted`; namesakes of different provinces are listed apart (column home).
WITH wanted AS (
    SELECT 'Nguyễn Xuân Tường' AS person_name
)
SELECT t.person_name, t.home, t.position, t.organization, t.first_seen, t.last_seen, t.articles
FROM position_timeline AS t, wanted AS w
WHERE t.person_name = w.person_name
ORDER BY t.home, t.first_seen, t.position;
