"""The I/O floor a pipeline run is measured against: read every file, hash it, insert the raw text into DuckDB.

    python -m tests.benchmarks.floor CORPUS_DIR FLOOR.duckdb
"""

import hashlib
import sys
from pathlib import Path

import duckdb
import polars as pl


def main(corpus: Path, database: Path) -> None:
    rows = []
    for path in sorted(corpus.rglob("*.txt")):
        raw = path.read_bytes()
        rows.append((str(path), hashlib.sha256(raw).hexdigest(), raw.decode("utf-8", errors="replace")))
    frame = pl.DataFrame(rows, schema={"uri": pl.String, "content_hash": pl.String, "text": pl.String}, orient="row")
    database.unlink(missing_ok=True)
    with duckdb.connect(str(database)) as con:
        con.register("frame", frame)
        con.execute("CREATE TABLE raw_document AS SELECT * FROM frame")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
