-- The article export contract (../shared/design.md): one row per article, fields in contract order.
SELECT
    a.source_file,
    a.title,
    a.published_at,
    a.published_has_time,
    o.outlet_name AS outlet,
    p.province_name AS province,
    cat.category_name AS category,
    coalesce((
        SELECT list({'name': w.author_name, 'roles': w.roles} ORDER BY w.first_position)
        FROM (
            SELECT au.author_name, list(DISTINCT b.role ORDER BY b.role) AS roles, min(b.position) AS first_position
            FROM bridge_article_author AS b
            JOIN dim_author AS au USING (author_key)
            WHERE b.article_key = a.article_key
            GROUP BY au.author_name
        ) AS w
    ), []) AS authors,
    a.view_count,
    ed.full_date AS event_date,
    a.lead,
    a.body,
    a.captions,
    coalesce((
        SELECT list({'name': m.person_name, 'title': m.title} ORDER BY m.first_seen, m.person_name, m.title)
        FROM (
            SELECT person_name, title, min([field = 'caption', paragraph, char_offset]) AS first_seen
            FROM fact_person_mention WHERE article_key = a.article_key GROUP BY person_name, title
        ) AS m
    ), []) AS persons,
    coalesce((
        SELECT list(d.organization_name ORDER BY d.first_seen, d.organization_name)
        FROM (
            SELECT dim.organization_name, min([m.field = 'caption', m.paragraph, m.char_offset]) AS first_seen
            FROM fact_organization_mention AS m JOIN dim_organization AS dim USING (organization_key)
            WHERE m.article_key = a.article_key GROUP BY dim.organization_name
        ) AS d
    ), []) AS organizations,
    coalesce((
        SELECT list({'kind': doc.kind, 'number': doc.number, 'code': doc.code, 'issuer': doc.issuer,
                     'issued_on': doc.issued_on} ORDER BY r.first_seen, doc.document_key)
        FROM (
            SELECT document_key, min([field = 'caption', paragraph, char_offset]) AS first_seen
            FROM fact_document_reference WHERE article_key = a.article_key GROUP BY document_key
        ) AS r JOIN dim_document AS doc USING (document_key)
    ), []) AS documents,
    coalesce((
        SELECT list(i.value ORDER BY i.field = 'body', i.paragraph, i.char_offset, i.value)
        FROM fact_indicator AS i WHERE i.article_key = a.article_key AND i.kind = 'percentage'
    ), []) AS percentages,
    coalesce((
        SELECT list({'value': i.value, 'currency': i.currency, 'text': i.text, 'per_unit': i.per_unit}
                    ORDER BY i.field = 'body', i.paragraph, i.char_offset)
        FROM fact_indicator AS i WHERE i.article_key = a.article_key AND i.kind = 'money'
    ), []) AS money,
    coalesce((
        SELECT list({'achieved': i.achieved, 'target': i.target} ORDER BY i.field = 'body', i.paragraph, i.char_offset)
        FROM fact_indicator AS i WHERE i.article_key = a.article_key AND i.kind = 'ratio'
    ), []) AS ratios,
    (
        SELECT {'kind': m.kind, 'name': m.name, 'session': m.session, 'term': m.term, 'organiser': m.organiser}
        FROM fact_meeting AS m WHERE m.article_key = a.article_key
    ) AS meeting,
    -- After the contract's fields: the encoding the source was read in (utf-8 ... tcvn3, vni).
    a.source_encoding
FROM fact_article AS a
LEFT JOIN dim_outlet AS o USING (outlet_key)
LEFT JOIN dim_province AS p ON p.province_key = a.province_key
LEFT JOIN dim_category AS cat USING (category_key)
LEFT JOIN dim_date AS ed ON ed.date_key = a.event_date_key
ORDER BY a.source_file
