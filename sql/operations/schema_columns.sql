-- Every column of the warehouse's tables and views, in table order, with its type and comment (its meaning).
SELECT table_name, column_name, data_type, comment
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
ORDER BY table_name, column_index
