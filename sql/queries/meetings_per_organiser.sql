-- Meetings reported per organiser.
SELECT organiser, kind, meetings, latest_session, first_meeting_on, last_meeting_on
FROM meetings_by_organiser
ORDER BY meetings DESC, organiser, kind;
