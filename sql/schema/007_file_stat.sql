-- The file's modification time (ns) when it was last read: a file whose size and mtime are unchanged is not read
-- or hashed again (as rsync and make decide), which keeps a rerun over an unchanged corpus cheap.
ALTER TABLE etl_document ADD COLUMN mtime_ns BIGINT;
