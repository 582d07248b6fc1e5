-- Who was reported most, by province and month.
SELECT province_name, month, person_name, mentions, articles
FROM person_mentions_by_province_month
ORDER BY month DESC NULLS LAST, province_name NULLS LAST, mentions DESC, person_name
LIMIT 50;
