-- A full refresh rebuilds the star schema and the manifest from this run's documents.
-- Run history, quarantine and check results are history and are kept. The knowledge tables are emptied by
-- 011_full_refresh.each.sql.
DELETE FROM bridge_article_author WHERE (SELECT full_refresh FROM load_context);
DELETE FROM fact_article WHERE (SELECT full_refresh FROM load_context);
DELETE FROM etl_document WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_author WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_outlet WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_province WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_category WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_date WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_organization_alias WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_organization WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_position WHERE (SELECT full_refresh FROM load_context);
DELETE FROM dim_document WHERE (SELECT full_refresh FROM load_context);
