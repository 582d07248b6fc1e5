-- Reference data kept in flows/patterns: the provincial units with their validity, and the theme taxonomy.
INSERT INTO dim_province BY NAME
SELECT surrogate_key('province|' || province_name) AS province_key, province_name, kind, valid_from, valid_to,
       successor AS successor_name
FROM stg_province_unit
ON CONFLICT (province_key) DO UPDATE SET
    kind = excluded.kind, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
    successor_name = excluded.successor_name;

INSERT INTO dim_theme BY NAME
SELECT surrogate_key('theme|' || theme_code) AS theme_key, theme_code, theme_name, keywords
FROM stg_theme_definition
ON CONFLICT (theme_key) DO UPDATE SET theme_name = excluded.theme_name, keywords = excluded.keywords;
