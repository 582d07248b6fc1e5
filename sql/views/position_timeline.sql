-- Who held which post, when: one row per person and post, with the first and last article dates that name them
-- in it and how many articles do. Grain: person x post (bridge_person_position).
CREATE OR REPLACE VIEW position_timeline AS
SELECT person.person_name,
       person.home,
       b.person_key,
       post.position_name AS position,
       post.role,
       post.organization_name AS organization,
       post.level,
       post.province_name AS province,
       b.first_seen,
       b.last_seen,
       b.articles
FROM bridge_person_position AS b
JOIN dim_position AS post USING (position_key)
JOIN dim_person AS person ON person.person_key = b.person_key AND person.is_current;
COMMENT ON VIEW position_timeline IS 'grain: person x post, with the first and last article dates naming the person in it (bridge_person_position)';
COMMENT ON COLUMN position_timeline.person_name IS 'dim_person.person_name (current version)';
COMMENT ON COLUMN position_timeline.home IS 'dim_person.home: the province telling namesakes apart';
COMMENT ON COLUMN position_timeline.person_key IS 'dim_person.person_key (durable)';
COMMENT ON COLUMN position_timeline.position IS 'dim_position.position_name, e.g. Bí thư Tỉnh ủy Phú Thọ';
COMMENT ON COLUMN position_timeline.role IS 'dim_position.role, e.g. Bí thư';
COMMENT ON COLUMN position_timeline.organization IS 'dim_position.organization_name, e.g. Tỉnh ủy Phú Thọ';
COMMENT ON COLUMN position_timeline.level IS 'central | province | district | commune';
COMMENT ON COLUMN position_timeline.province IS 'dim_position.province_name; null for central posts';
COMMENT ON COLUMN position_timeline.first_seen IS 'the first article date naming the person in the post';
COMMENT ON COLUMN position_timeline.last_seen IS 'the last such date';
COMMENT ON COLUMN position_timeline.articles IS 'articles naming the person in the post';
