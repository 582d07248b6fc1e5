"""What to fetch: feed and sitemap URLs, from the command line or a sources file.

    # sources.yaml
    feeds:
      - https://example.vn/rss/tin-moi.rss
    sitemaps:
      - https://example.vn/sitemap-news.xml
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


class FetchError(Exception):
    """What was asked cannot be fetched at all (a bad URL, a bad sources file, a busy store); one line."""


@dataclass(frozen=True)
class FetchTargets:
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.feeds or self.sitemaps)

    def __add__(self, other: FetchTargets) -> FetchTargets:
        return FetchTargets(_unique(self.feeds + other.feeds), _unique(self.sitemaps + other.sitemaps))


# The keys of a sources file this module reads; a source kind that reads others adds its own here.
SOURCES_FILE_KEYS = {"feeds": "RSS or Atom feed URLs", "sitemaps": "sitemap or sitemap index URLs"}


def targets(feeds: list[str] | tuple[str, ...] = (), sitemaps: list[str] | tuple[str, ...] = ()) -> FetchTargets:
    """Checked targets: each an http(s) URL with a host, else a FetchError naming it."""
    for url in (*feeds, *sitemaps):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url!r}")
    return FetchTargets(_unique(tuple(feeds)), _unique(tuple(sitemaps)))


def read_sources_file(path: Path) -> FetchTargets:
    """The feeds and sitemaps a YAML sources file lists (`feeds:` and `sitemaps:`, each a list of URLs)."""
    import yaml

    try:
        content = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise FetchError(f"sources file {path} cannot be read: {error.strerror or error}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        where = getattr(error, "problem_mark", None)
        at = f" (line {where.line + 1})" if where is not None else ""
        raise FetchError(f"sources file {path} is not YAML{at}: {getattr(error, 'problem', None) or error}") from None
    if content is None:
        content = {}
    if not isinstance(content, dict):
        raise FetchError(f"sources file {path} must be a mapping with {' and/or '.join(SOURCES_FILE_KEYS)} lists")
    unknown = sorted(set(content) - set(SOURCES_FILE_KEYS))
    if unknown:
        known = "; ".join(f"{key}: {meaning}" for key, meaning in SOURCES_FILE_KEYS.items())
        raise FetchError(f"sources file {path}: unknown key {', '.join(map(str, unknown))} (known: {known})")
    lists = {}
    for key in SOURCES_FILE_KEYS:
        value = content.get(key) or []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise FetchError(f"sources file {path}: {key} must be a list of URLs")
        lists[key] = [item.strip() for item in value]
    try:
        return targets(lists["feeds"], lists["sitemaps"])
    except FetchError as error:
        raise FetchError(f"sources file {path}: {error}") from None


def _unique(urls: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(urls))
