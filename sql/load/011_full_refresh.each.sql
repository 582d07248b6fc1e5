-- Once per knowledge table (flows/extract/registry.py; flows/tables.py fills in {table}): a full refresh empties it.
DELETE FROM {table} WHERE (SELECT full_refresh FROM load_context);
