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
COMMENT ON VIEW meetings_by_organiser IS 'grain: organiser x meeting kind, with the meetings reported and the latest session seen';
COMMENT ON COLUMN meetings_by_organiser.organiser IS 'fact_meeting.organiser as written; (unknown) when the lead does not say';
COMMENT ON COLUMN meetings_by_organiser.kind IS 'fact_meeting.kind, e.g. Hội nghị Ban Chấp hành';
COMMENT ON COLUMN meetings_by_organiser.meetings IS 'meetings reported';
COMMENT ON COLUMN meetings_by_organiser.latest_session IS 'the highest session number seen, e.g. 12';
COMMENT ON COLUMN meetings_by_organiser.first_meeting_on IS 'the earliest event date';
COMMENT ON COLUMN meetings_by_organiser.last_meeting_on IS 'the latest event date';
