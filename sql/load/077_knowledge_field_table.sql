-- Filled by 078_knowledge_fields.each.sql, read by 080_field_metrics.sql.
CREATE OR REPLACE TEMP TABLE knowledge_field (field VARCHAR, article_key BIGINT);
