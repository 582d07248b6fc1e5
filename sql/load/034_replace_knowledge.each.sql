-- Once per knowledge table (flows/extract/registry.py): the facts of every article in the batch are replaced
-- (035_knowledge.sql and the others insert them again).
DELETE FROM {table} WHERE article_key IN (SELECT article_key FROM stg_article);
