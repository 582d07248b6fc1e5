-- grain: organiser x meeting kind. Meetings reported per organiser, with the latest session number seen.
CREATE OR REPLACE VIEW meetings_by_organiser AS
SELECT coalesce(m.organiser, '(unknown)') AS organiser,
       m.kind,
       count(*) AS meetings,
       max(m.session) AS latest_session,
       min(d.full_date) AS first_meeting_on,
       max(d.full_date) AS last_meeting_on
FROM fact_meeting AS m
LEFT JOIN dim_date AS d ON d.date_key = m.meeting_date_key
GROUP BY ALL;
