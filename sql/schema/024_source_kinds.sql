-- Sources beyond a folder of .txt (issue 21): a document may be a record inside a file (a line of a JSON Lines
-- export, a row of a CSV, a response in a WARC) named by its URL. The manifest records the kind that read it and
-- the file it was read from, with that file's size when it was listed: a file whose size and modification time
-- are unchanged is not opened again, whatever number of documents it holds.
ALTER TABLE etl_document ADD COLUMN source_kind VARCHAR;
ALTER TABLE etl_document ADD COLUMN file_uri VARCHAR;
ALTER TABLE etl_document ADD COLUMN file_size BIGINT;

-- Every document recorded before was a .txt file of its own, read whole.
UPDATE etl_document SET source_kind = 'txt', file_uri = source_uri, file_size = byte_size;

COMMENT ON COLUMN etl_document.source_kind IS 'the kind of source that read it: txt | html | jsonl | csv | warc';
COMMENT ON COLUMN etl_document.file_uri IS 'the file it was read from: its own source_uri for a file that is one document, the export or archive for a record, e.g. file:///data/export.jsonl';
COMMENT ON COLUMN etl_document.file_size IS 'the size in bytes of file_uri when last listed: with mtime_ns, the file is not opened again while both are unchanged';
COMMENT ON COLUMN etl_document.source_uri IS 'the document''s identity: a file''s URI (bytes that are not UTF-8 percent-encoded, e.g. file:///data/news/tin_%FF%FE.txt); for a record, its URL, else its file and id (file:///data/export.csv#id=42), else its file and position (file:///data/export.jsonl#line=12)';
COMMENT ON COLUMN etl_document.source_file IS 'where it is under the source folder, for display (bytes that are not UTF-8 as \xff): the path, e.g. 2022/001_2f3999f3b0e71609.txt, and for a record its position, e.g. export.jsonl#line=12';
COMMENT ON COLUMN etl_document.mtime_ns IS 'the modification time (ns since the epoch) of file_uri when last listed: same size and mtime, not opened again';
