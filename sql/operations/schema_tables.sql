-- Every table and view of the warehouse with its comment (its grain): facts, dimensions, bridges, operations, views.
SELECT name, kind, comment
FROM (
    SELECT table_name AS name, 'table' AS kind, comment
    FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
    UNION ALL
    SELECT view_name AS name, 'view' AS kind, comment
    FROM duckdb_views()
    WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal AND NOT temporary
)
ORDER BY kind,
         CASE WHEN name LIKE 'fact\_%' ESCAPE '\' THEN 1 WHEN name LIKE 'dim\_%' ESCAPE '\' THEN 2
              WHEN name LIKE 'bridge\_%' ESCAPE '\' THEN 3 ELSE 4 END,
         name
