-- Once per knowledge kind that no sql/load file loads itself (flows/extract/registry.py, `load` not given): its
-- staging rows as they are, BY NAME, with their article's key in place of source_uri.
INSERT INTO {table} BY NAME
SELECT a.article_key, s.* EXCLUDE (source_uri)
FROM {staging} AS s JOIN stg_article AS a USING (source_uri);
