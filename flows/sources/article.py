"""An article given as fields (a crawler's record, a page's metadata and main text) written as the text the
Vietnamese rules read: the title line, a date line, the paragraphs, the byline.

Which wins where the fields and the text disagree: the fields, for the title, the publication date and the
author, because a site or a crawler states them for this very article, where the rules guess them from lines.
Everything the fields do not give (dateline codes, event dates, bylines in the text, persons, documents) comes from
the text, by the same rules as a `.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flows.settings import TIMEZONE

# The field names a record's fields are looked for under, in this order, when no `--map` names them: those of
# news-please (maintext, date_publish, authors, title_page), of trafilatura's JSON output (text, raw_text, date,
# author, source, hostname), and the obvious ones. One list per field of the article.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "content", "body", "article", "raw_text", "article_text"),
    "html": ("html", "raw_html", "page"),
    "title": ("title", "headline", "title_page", "title_rss"),
    "published": ("published", "date_publish", "published_at", "publish_date", "pubdate", "date", "datePublished",
                  "time"),
    "author": ("authors", "author", "byline", "creator"),
    "url": ("url", "link", "source", "canonical_url", "uri"),
    "id": ("id", "guid", "article_id", "uid"),
    "sitename": ("sitename", "site_name", "source_domain", "hostname", "outlet"),
    "category": ("category", "categories", "section", "article_section"),
    "fetched": ("fetched_at", "date_download", "fetched", "crawled_at"),
}
FIELDS = tuple(FIELD_NAMES)


@dataclass(frozen=True)
class Article:
    """An article's fields, each None where its source did not give it."""

    text: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    category: str | None = None


_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def moment(value: str) -> datetime | None:
    """An ISO 8601 time ("2022-01-20T12:35:08Z", "2017-03-01 09:30:00") in the warehouse's time zone (a time
    without an offset is taken as Vietnam's), or None."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    zone = ZoneInfo(TIMEZONE)
    return parsed.astimezone(zone) if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _date_line(published: str) -> str:
    """The publication date as a date line the rules read ("20/01/2022 19:35:08", or the date alone), in the
    warehouse's time zone; a value that is no ISO date is given as it is (the rules read the Vietnamese forms)."""
    value = published.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    # A date alone ("2022-01-20"), or padded to midnight (news-please and htmldate give 00:00:00 for a date
    # without its time), is a date: an article published at midnight to the second is rarer than a padded date.
    if len(value) <= 10 or (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.strftime("%d/%m/%Y")
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(TIMEZONE))
    return moment.strftime("%d/%m/%Y %H:%M:%S" if moment.second else "%d/%m/%Y %H:%M")


def compose(article: Article) -> str:
    """The article as the lines a `.txt` of it would hold (its category, title, date line, paragraphs). First
    paragraphs repeating the title (a page's heading
    kept in its main text) are left out; the author is added as the last line unless the text already names him."""
    paragraphs = [line for line in _PARAGRAPH_BREAK.split(article.text or "") if line]
    title = (article.title or "").strip()
    while title and paragraphs and " ".join(paragraphs[0].split()) == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    # A section name stands above the title, where the rules read a page's category.
    lines = [article.category, title] if title and article.category else [title] if title else []
    if article.published:
        lines.append(_date_line(article.published))
    lines += paragraphs
    authors = [name for name in article.authors if name and name not in (article.text or "")]
    if authors:
        lines.append(", ".join(authors))
    return "\n\n".join(lines) + "\n"


def as_text(value: object) -> str | None:
    """A field's value as text: a list (authors, paragraphs) joined, numbers as written; None when empty."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [as_text(item) for item in value]
        return "\n".join(part for part in parts if part) or None
    text = str(value).strip()
    return text or None


def authors_of(value: object) -> tuple[str, ...]:
    """Authors from a list, or from one text with several names ("A, B" or "A; B")."""
    if isinstance(value, (list, tuple)):
        return tuple(name for item in value if (name := as_text(item)))
    text = as_text(value)
    return tuple(name.strip() for name in re.split(r"[;,]", text) if name.strip()) if text else ()


def first_of(value: object) -> str | None:
    """The first of a list's values (a record's categories), or the value itself."""
    if isinstance(value, (list, tuple)):
        return next((text for item in value if (text := as_text(item))), None)
    return as_text(value)
