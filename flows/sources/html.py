"""Saved web pages (`.html`, `.htm`): each file is one document. trafilatura finds the page's main text and its
metadata (title, date, author, site name); flows/sources/article.py writes them as the text the Vietnamese rules
read. A page with no article in it is quarantined with its bytes."""

from __future__ import annotations

import re

import polars as pl

from flows.sources.article import Article, authors_of, compose, first_of
from flows.sources.base import Kind, SourceOptions, fingerprint, read_result
from flows.sources.text import read_file

# What tells a page from text given an .html name: markup at its start (after a byte-order mark, spaces, an XML
# declaration or comments).
_MARKUP = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                     rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE | re.DOTALL)
# A page's main text is an article when one of its paragraphs at least is running text: this many words. A menu, a
# list of links or a gallery's captions, which trafilatura gives for a page without an article, has none.
RUNNING_TEXT_WORDS = 12
# Tables are left out: an older site lays its whole page out in a table, whose cells trafilatura would join into one
# line (a data table inside an article is rare in this news, and its figures read poorly as a line anyway).
# The page's own date comes from its metadata only (meta tags, JSON-LD, <time>, the URL): a date htmldate finds by
# searching the text at large may be a page header's "today", which the Vietnamese rules know to pass over.
_DATE_PARAMETERS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def page_article(page: bytes, url: str | None = None) -> Article | str:
    """A page's article (its main text and metadata), or why it has none."""
    if not _MARKUP.search(page[:4096]):
        return "not an HTML page: no markup at its start"
    import trafilatura  # here, not at the top: a folder of .txt never pays for importing it

    try:
        found = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_recall=True,
                                            date_extraction_params=_DATE_PARAMETERS)
    except Exception as error:  # noqa: BLE001 - a page no parser reads is quarantined, never a crash of the run
        return f"not an HTML page trafilatura can read: {type(error).__name__}: {error}"
    if found is None or not (found.text or "").strip():
        return "no article in the page: trafilatura found no main text"
    if max(len(line.split()) for line in found.text.splitlines() or [""]) < RUNNING_TEXT_WORDS:
        return (f"no article in the page: its main text has no paragraph of {RUNNING_TEXT_WORDS} words (a menu or "
                "a list of links)")
    return Article(text=found.text, title=found.title, published=found.date, authors=authors_of(found.author),
                   sitename=found.sitename, category=first_of(found.categories))


def page_text(page: bytes, url: str | None = None) -> tuple[bytes, str | None]:
    """The text the rules read of a page (UTF-8), or the reason there is none."""
    article = page_article(page, url)
    if isinstance(article, str):
        return b"", article
    return compose(article).encode("utf-8"), None


def read(rows: pl.DataFrame, options: SourceOptions) -> pl.DataFrame:
    """Each page read, its article's text built; the page's own bytes kept for quarantine and hashed."""
    raws, originals, hashes, problems = [], [], [], []
    for uri, source_file, problem in rows.select("file_uri", "source_file", "problem").iter_rows():
        page = None
        raw = b""
        if problem is None:
            page, problem = read_file(uri, source_file)
        if problem is None:
            raw, problem = page_text(page)
        raws.append(raw)
        originals.append(page)
        hashes.append(fingerprint(page) if page is not None else fingerprint(problem.encode()))
        problems.append(problem)
    return read_result(raws, originals, hashes, problems)


KIND = Kind("html", (".html", ".htm"), read)
