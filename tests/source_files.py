"""Real files of each source kind, written by the tests: saved pages in the layouts of three provincial sites
(written here, after the common shape of such sites, not copied from any), a JSON Lines export in news-please's
field names, a CSV with other names, a WARC written with warcio, and the five seeds given as each of them."""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from flows import decode, extract, manifest, sources
from flows.normalise import normalise


@dataclass(frozen=True)
class Page:
    """What a test page says: the article, and the page around it."""

    url: str
    title: str
    paragraphs: list[str]
    published: str | None = None  # ISO 8601, given in the page's metadata
    header_lines: tuple[str, ...] = ()  # a site's header: its name, menus, the day's date
    author: str | None = None
    sitename: str = "Báo Tỉnh"
    category: str | None = None  # the site's section, in its metadata


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def portal_layout(page: Page) -> str:
    """A provincial portal: meta tags, a header with the day's date, the article in <article>, a footer."""
    meta = [f'<meta property="og:title" content="{html.escape(page.title)}">',
            f'<meta property="og:site_name" content="{html.escape(page.sitename)}">',
            f'<meta property="og:url" content="{html.escape(page.url)}">']
    if page.published:
        meta.append(f'<meta property="article:published_time" content="{page.published}">')
    if page.author:
        meta.append(f'<meta name="author" content="{html.escape(page.author)}">')
    if page.category:
        meta.append(f'<meta property="article:section" content="{html.escape(page.category)}">')
    header = "".join(f"<div class=\"top\">{html.escape(line)}</div>" for line in page.header_lines)
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(page.title)} - {html.escape(page.sitename)}</title>{''.join(meta)}</head>"
            f"<body><header>{header}<nav><a href=\"/\">Trang chủ</a> <a href=\"/chinh-tri\">Chính trị</a> "
            "<a href=\"/kinh-te\">Kinh tế</a> <a href=\"/xa-hoi\">Xã hội</a></nav></header>"
            f"<main><article><h1 class=\"title\">{html.escape(page.title)}</h1>"
            f"<div class=\"content\">{''.join(_p(line) for line in page.paragraphs)}</div></article></main>"
            "<footer><p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 12/GP-BTTTT.</p></footer></body></html>")


def newspaper_layout(page: Page) -> str:
    """A provincial newspaper: JSON-LD instead of meta tags, the article in a div of the page's grid, a sidebar of
    other news."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.title,
          "publisher": {"@type": "Organization", "name": page.sitename}}
    if page.published:
        ld["datePublished"] = page.published
    if page.author:
        ld["author"] = {"@type": "Person", "name": page.author}
    if page.category:
        ld["articleSection"] = page.category
    sidebar = "".join(f"<li><a href=\"/tin-{n}.html\">Tin khác số {n} trong ngày</a></li>" for n in range(1, 6))
    header = "".join(f"<span>{html.escape(line)}</span>" for line in page.header_lines)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{html.escape(page.title)}</title>"
            f"<script type=\"application/ld+json\">{json.dumps(ld, ensure_ascii=False)}</script></head>"
            f"<body><div id=\"header\">{header}</div><div class=\"row\"><div class=\"col-main\">"
            f"<h1>{html.escape(page.title)}</h1><div class=\"detail-content\">"
            f"{''.join(_p(line) for line in page.paragraphs)}</div></div>"
            f"<div class=\"col-side\"><h3>Tin mới</h3><ul>{sidebar}</ul></div></div>"
            "<div id=\"footer\">Bản quyền thuộc về Báo Tỉnh</div></body></html>")


def table_layout(page: Page) -> str:
    """An older site: the article in a table cell, the date in a <time> element, no metadata in the head."""
    shown = "/".join(reversed(page.published[:10].split("-"))) if page.published else ""
    time = f"<time datetime=\"{page.published}\">{shown}</time>" if page.published else ""
    header = "<br>".join(html.escape(line) for line in page.header_lines)
    return ("<html><head><title>" + html.escape(page.title) + "</title></head><body>"
            f"<table width=\"100%\"><tr><td class=\"banner\">{header}</td></tr>"
            f"<tr><td class=\"news\"><h2>{html.escape(page.title)}</h2>{time}"
            f"{''.join(_p(line) for line in page.paragraphs)}</td></tr>"
            "<tr><td class=\"bottom\">Liên hệ | Sơ đồ trang</td></tr></table></body></html>")


LAYOUTS = (portal_layout, newspaper_layout, table_layout)


def news_please_record(page: Page) -> dict:
    """A record as news-please writes it (its field names; dates as "YYYY-MM-DD HH:MM:SS" in local time)."""
    published = page.published
    if published and len(published) > 10:
        published = datetime.fromisoformat(published).strftime("%Y-%m-%d %H:%M:%S")
    return {"authors": [page.author] if page.author else [], "date_download": "2024-05-01 08:00:00",
            "date_modify": None, "date_publish": published, "description": None, "filename": page.url.split("/")[-1],
            "image_url": None, "language": "vi", "localpath": None, "maintext": "\n".join(page.paragraphs),
            "source_domain": page.url.split("/")[2], "title": page.title, "title_page": None, "title_rss": None,
            "url": page.url}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def warc_bytes(pages: list[tuple[str, str]], gzip: bool = True, fetched: str | None = None) -> bytes:
    """A WARC of (url, html) responses, each after its request record, as a crawler writes it (`fetched`: the
    WARC-Date of the responses, else now)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests/source_files.py"}))
    for url, page in pages:
        request = StatusAndHeaders(f"GET /{url.split('/', 3)[-1]} HTTP/1.1", [("Host", url.split("/")[2])],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers,
            warc_headers_dict={"WARC-Date": fetched} if fetched else None))
    return buffer.getvalue()


def parse_folder(folder: Path, options: sources.SourceOptions = sources.SourceOptions()) -> pl.DataFrame:
    """Every document of a folder listed, read, decoded, normalised and extracted by the stages' own functions
    (no flow): source_uri, source_file, title, published_at (with published_has_time), lead, category and persons
    (sorted "name|title")."""
    files, _ = sources.list_folder(folder, 5 * 2**20)
    planned, _ = manifest.plan(files, pl.DataFrame(schema=manifest.MANIFEST_SCHEMA), True, 5 * 2**20, options)
    decoded = decode.decode_documents(manifest.plan_by_hash(sources.read_documents(planned, options)))
    articles, authors, _ = normalise(decoded.filter(pl.col("text").is_not_null()))
    persons = extract.extract(articles, authors).persons
    named = persons.group_by("source_uri").agg(
        persons=pl.concat_str("name", pl.col("title").fill_null(""), separator="|").unique().sort())
    return (articles.select("source_uri", "source_file", "title", "published_at", "published_has_time", "lead",
                            "category")
            .join(named, on="source_uri", how="left").sort("source_file"))


def as_manifest(planned: pl.DataFrame) -> pl.DataFrame:
    """The manifest a run over `planned` would leave, without running it: each document recorded with its file's
    stat, and as its hash its fingerprint (a record's; a file's is known once read: "h" stands for it)."""
    return planned.select(
        "source_uri", "source_file", content_hash=pl.coalesce("fingerprint", pl.lit("h")), status=pl.lit("loaded"),
        byte_size="byte_size", mtime_ns="mtime_ns", article_key="article_key", source_kind="source_kind",
        file_uri="file_uri", file_size="file_size").cast(manifest.MANIFEST_SCHEMA)
