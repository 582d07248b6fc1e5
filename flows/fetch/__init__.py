"""Fetching: RSS/Atom feeds and news sitemaps followed, the article pages they list fetched politely, and all of
it stored as WARC files in a store folder that a run reads as its source (no network on a rerun).

    fetch(targets, store, settings) -> FetchReport      flows/fetch/session.py
    targets(feeds, sitemaps), read_sources_file(path)   flows/fetch/targets.py
    pages_folder(store): the folder a run reads

Politeness, retries and conditional GET: flows/fetch/http.py and limiter.py; the store's layout: store.py.
"""

from flows.fetch.session import FetchReport, fetch, pages_folder, report_lines
from flows.fetch.targets import FetchError, FetchTargets, read_sources_file, targets

__all__ = ["FetchError", "FetchReport", "FetchTargets", "fetch", "pages_folder", "read_sources_file", "report_lines",
           "targets"]
