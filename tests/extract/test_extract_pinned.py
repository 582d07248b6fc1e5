"""The parse of the development corpus and the seeds, pinned: a fingerprint of every frame normalise and extract
produce (articles, authors and each knowledge table, every column but the fetch time and what depends on where the
files lie) must equal tests/fixtures/extract_fingerprints.json. A change meant to alter the parse regenerates it
(`python -m tests.extract.test_extract_pinned --write`) and says so in its commit; a change meant to keep it (performance,
refactoring: issue 18 asks for identical output) must not need to."""

import hashlib
import json
import sys
from pathlib import Path

import polars as pl
import pytest

from flows.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "baomoi-2017"
SEEDS = PROJECT_ROOT / "seeds"
PINNED = PROJECT_ROOT / "tests" / "fixtures" / "extract_fingerprints.json"


def fingerprints(folders: list[Path]) -> dict[str, str]:
    from flows import decode, extract, manifest, sources
    from flows.normalise import normalise

    files = [(str(path), path.name) for folder in folders for path in sorted(folder.glob("*.txt"))]
    listing = sources.list_files(files, 5 * 2**20).with_columns(known_hash=pl.lit(None, pl.String))
    decoded = decode.decode_documents(manifest.plan_by_hash(sources.read_documents(listing)))
    articles, authors, _ = normalise(decoded.filter(pl.col("text").is_not_null()))
    knowledge = extract.extract(articles, authors)
    frames = {"articles": articles, "authors": authors,
              **{name: getattr(knowledge, name) for name in knowledge.__dataclass_fields__}}
    return {name: _fingerprint(frame) for name, frame in frames.items()}


def _fingerprint(frame: pl.DataFrame) -> str:
    """SHA-256 of the frame's rows as JSON lines, sorted (the order of files depends on where they lie), each file
    named by its name alone."""
    frame = frame.drop("fetched_at", "article_key", strict=False)
    if "source_uri" in frame.columns:
        frame = frame.with_columns(pl.col("source_uri").str.extract(r"([^/]+)$", 1))
    rows = sorted(frame.write_ndjson().splitlines())
    return f"{frame.height}:" + hashlib.sha256("\n".join(rows).encode()).hexdigest()


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_the_parse_of_the_corpus_and_the_seeds_is_as_pinned():
    assert fingerprints([CORPUS, SEEDS]) == json.loads(PINNED.read_text(encoding="utf-8"))


if __name__ == "__main__" and "--write" in sys.argv:
    PINNED.write_text(json.dumps(fingerprints([CORPUS, SEEDS]), indent=1) + "\n", encoding="utf-8")
