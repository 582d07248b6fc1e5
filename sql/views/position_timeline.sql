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
