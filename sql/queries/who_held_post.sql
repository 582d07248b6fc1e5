-- Who held post P in province X during year Y: edit the values in `wanted` (role as printed, e.g. 'Bí thư',
-- 'Chủ tịch', 'Giám đốc'; a word of the body, e.g. 'Tỉnh ủy', 'Ủy ban nhân dân', 'Sở Y tế'; the official
-- province name; the year). A person counts when the articles show them in the post at some time that year.
WITH wanted AS (
    SELECT 'Bí thư' AS role, 'Đảng ủy Khối' AS body, 'Phú Thọ' AS province, 2022 AS year
)
SELECT t.person_name, t.position, t.first_seen, t.last_seen, t.articles
FROM position_timeline AS t, wanted AS w
WHERE t.role = w.role
  AND t.organization ILIKE '%' || w.body || '%'
  AND t.province = w.province
  AND t.first_seen <= make_date(w.year, 12, 31)
  AND t.last_seen >= make_date(w.year, 1, 1)
ORDER BY t.first_seen, t.person_name;
