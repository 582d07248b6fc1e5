"""The reviewer's pages of the data-quality site, written from the warehouse next to Great Expectations' own:

- `runs.html`, the index of runs: each run by its start time, with its id, source, counts and links to its review
  and to Great Expectations' pages of its validations (GX's own index lists runs by id and in the machine's
  time zone, and GX 1.x supports no setting of its index but where the site is written: this page is ours);
- `runs/<run id>.html`, one run's review: each check with its severity (an error and a warning look different), the
  reason it exists (`meta.why` of its suite), sampled failing rows by source file and title, and what the run
  quarantined with the `newswh quarantine show ID` command for each, and which a later run released;
- `trends.html`: checks failed per run, quarantined per run by reason, field completeness per outlet over runs and
  articles per outlet per day, drawn with Vega-Lite from the site's local copy (static/vendor, as the Data Docs'
  own scripts: the page works offline).

The Data Docs index links to them. Times are shown in the display time zone (flows/settings.py). Every figure
comes from a query in sql/report/ (or sql/operations/).
"""

from __future__ import annotations

import glob
import html
import json
import os
from pathlib import Path

import polars as pl

from flows import gx_project, quality, warehouse
from flows.data_docs import NODE_MODULES, copy_assets
from flows.settings import DISPLAY_TIMEZONE, display_time
from flows.warehouse import REPORT_DIR

TRENDS_PAGE = "trends.html"
RUNS_INDEX = "runs.html"
RUNS_FOLDER = "runs"
# The Vega-Lite scripts, in the order they load (node_modules paths, as flows/data_docs.py copies them).
CHART_SCRIPTS = ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js", "vega-embed/build/vega-embed.min.js"]
# The completeness and articles charts draw this many outlets (those with the most articles) and the run as a whole.
OUTLETS_DRAWN = 10
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#d68910"}
# A run's start names it on the charts; its tooltip gives its id too.
RUN_TOOLTIP = [{"field": "run"}, {"field": "run_id", "title": "run id"}]
COUNT_AXIS = {"tickMinStep": 1}  # counts: no 0.5 ticks where Vega can avoid them
# Marks the index's links, so that they are added once.
INDEX_MARKER = "<!-- newswh-review-links -->"


def trends_page(site: Path) -> Path:
    return Path(site) / TRENDS_PAGE


def run_page(site: Path, run_id: str) -> Path:
    return Path(site) / RUNS_FOLDER / f"{run_id}.html"


def runs_index(site: Path) -> Path:
    return Path(site) / RUNS_INDEX


def _rows(warehouse_path: Path, name: str, **params) -> pl.DataFrame:
    return warehouse.operation(warehouse_path, name, folder=REPORT_DIR, **params)


def _why() -> dict[tuple, str]:
    """(suite, expectation, column) -> the reason the expectation exists, from expectations/*.json."""
    reasons = {}
    for suite in quality.SUITE_KEYS:
        for expectation in gx_project.load_suite(suite)["expectations"]:
            column = quality.column_of(expectation.get("kwargs", {}))
            reasons[(suite, expectation["type"], column)] = (expectation.get("meta") or {}).get("why", "")
    return reasons


def _page(title: str, body: str, site: Path, page: Path, scripts: list[str] = ()) -> str:
    vendor = os.path.relpath(Path(site) / "static" / "vendor", page.parent)
    tags = "".join(f'<script src="{vendor}/{script}"></script>' for script in scripts)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{tags}'
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")


STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem 2rem; color: #222; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .6rem; font-size: .85em; color: #fff; }
.error { background: #c0392b; } .warning { background: #d68910; } .passed { background: #27864a; }
code { background: #f3f3f3; padding: 0 .25rem; }
.chart { margin-bottom: 2rem; } .note { color: #666; font-size: .9em; }
"""


def _badge(severity: str, success: bool) -> str:
    kind, text = ("passed", "✔ passed") if success else (severity, {"error": "✖ error"}.get(severity,
                                                                                           f"⚠ {severity}"))
    return f'<span class="badge {html.escape(kind)}">{html.escape(text)}</span>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _text(value) -> str:
    return "" if value is None else html.escape(str(value))


def write_run_page(warehouse_path: Path, site: Path, run_id: str) -> Path:
    """One run's review page."""
    page = run_page(site, run_id)
    record = warehouse.operation(warehouse_path, "run_record", run_id=run_id).row(0, named=True)
    checks = warehouse.operation(warehouse_path, "run_checks", run_id=run_id)
    samples = _rows(warehouse_path, "run_samples", run_id=run_id)
    quarantined = _rows(warehouse_path, "run_quarantine", run_id=run_id)
    why = _why()
    failed = checks.filter(~pl.col("success"))
    errors = failed.filter(pl.col("severity") == "error").height
    parts = [
        f"<p>Started {_text(display_time(record['started_at']))}, {_text(record['status'])}, on <code>"
        f"{_text(record['source'])}</code>. Documents: {record['documents_seen']} seen = "
        f"{record['documents_loaded']} loaded + {record['documents_quarantined']} quarantined + "
        f"{record['documents_unchanged']} unchanged.</p>",
        f"<p>Checks: {checks.height - failed.height} passed, {_badge('error', False)} {errors} failed errors "
        f"(rows quarantined or the load stopped), {_badge('warning', False)} {failed.height - errors} failed "
        f"warnings (recorded; the run goes on). <a href=\"../{TRENDS_PAGE}\">Trends over runs</a> · "
        f'<a href="../{RUNS_INDEX}">All runs</a> · <a href="../index.html">Data Docs</a></p>',
    ]
    if record["message"]:
        parts.append(f"<p><strong>Why the run failed:</strong> {_text(record['message'])}</p>")
    parts.append("<h2>Failed checks</h2>" if failed.height else "<h2>Failed checks</h2><p>None.</p>")
    for check in failed.iter_rows(named=True):
        key = (check["suite"], check["expectation"], check["column_name"])
        rows = samples.filter((pl.col("suite") == check["suite"]) & (pl.col("expectation") == check["expectation"])
                              & pl.col("column_name").eq_missing(check["column_name"]))
        parts.append(
            f"<h3>{_badge(check['severity'], False)} {_text(check['suite'])}: <code>{_text(check['expectation'])}"
            f"</code> on {_text(check['column_name'] or 'the table')}</h3>"
            f"<p>Why it exists: {_text(why.get(key) or '(no reason given in its suite)')}</p>"
            f"<p>{check['unexpected_count'] or 0} unexpected of {check['element_count'] or 0}"
            + (f"; {rows.height} shown:" if rows.height else "") + "</p>")
        if rows.height:
            columns = ["source_file", "title"] if "title" in quality.SAMPLE_COLUMNS.get(check["suite"], []) else (
                ["source_file"] if check["suite"] in quality.SAMPLE_COLUMNS else [])
            parts.append(_table([c.replace("_", " ") for c in columns] + ["value"], [
                [_text(r[c] or ("(no title)" if c == "title" else "")) for c in columns] + [_text(r["value"])]
                for r in rows.iter_rows(named=True)]))
    parts.append(_quarantine_section(quarantined))
    parts.append("<h2>Every check</h2>" + _table(["", "suite", "expectation", "column", "unexpected", "of"], [
        [_badge(r["severity"], r["success"]), _text(r["suite"]), f"<code>{_text(r['expectation'])}</code>",
         _text(r["column_name"] or "table"), _text(r["unexpected_count"]), _text(r["element_count"])]
        for r in checks.iter_rows(named=True)]))
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(_page(f"Run {run_id}", "".join(parts), site, page), encoding="utf-8")
    return page


def _released(row: dict) -> str:
    """Where a quarantined document stands now: still quarantined, or released by a later run (which loaded it)."""
    if not row["resolved_run"]:
        return "still quarantined"
    when = display_time(row["resolved_started_at"]) if row["resolved_started_at"] else row["resolved_run"][:8]
    return (f'released: loaded by the run of <a href="{_text(row["resolved_run"])}.html">{_text(when)}</a>'
            f' (<code>{_text(row["resolved_run"][:8])}</code>)')


def _quarantine_section(quarantined: pl.DataFrame) -> str:
    if not quarantined.height:
        return "<h2>Quarantined by this run</h2><p>Nothing.</p>"
    return "<h2>Quarantined by this run</h2>" + _table(["id", "source file", "stage", "reason", "to see it", "now"], [
        [str(r["id"]), _text(r["source_file"]), _text(r["stage"]), _text(r["reason"]),
         f"<code>newswh quarantine show {r['id']}</code>", _released(r)]
        for r in quarantined.iter_rows(named=True)])


def _run_labels(runs: pl.DataFrame) -> pl.DataFrame:
    """run_id -> the run's name on the charts' run axis: its start time (a second run started in the same second
    gets " #2")."""
    labels, seen = [], {}
    for started in runs["started_at"]:
        label = display_time(started, seconds=True)
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return runs.select("run_id").with_columns(run=pl.Series(labels, dtype=pl.String))


def _chart_data(warehouse_path: Path) -> dict:
    """The rows of the four charts, every run on every run axis (a run with nothing failed draws as zero)."""
    runs = _rows(warehouse_path, "runs")
    labels = _run_labels(runs)
    checks = (runs.select("run_id").join(pl.DataFrame({"severity": list(SEVERITY_COLOURS)}), how="cross")
              .join(_rows(warehouse_path, "checks_per_run"), on=["run_id", "severity"], how="left")
              .with_columns(pl.col("failed").fill_null(0)))
    completeness = _rows(warehouse_path, "completeness")
    drawn = (completeness.filter((pl.col("field") == "title") & (pl.col("outlet") != "(all outlets)"))
             .group_by("outlet").agg(pl.col("articles").sum()).sort("articles", "outlet", descending=[True, False])
             .head(OUTLETS_DRAWN)["outlet"].to_list() + ["(all outlets)"])
    per_day = _rows(warehouse_path, "articles_per_day").with_columns(
        outlet=pl.when(pl.col("outlet").is_in(drawn)).then("outlet").otherwise(pl.lit("(other outlets)")),
        day=pl.col("day").cast(pl.String))
    return {
        "runs": runs.join(labels, on="run_id", maintain_order="left").to_dicts(),
        "checks": checks.join(labels, on="run_id").to_dicts(),
        "quarantine": _rows(warehouse_path, "quarantine_per_run").join(labels, on="run_id").to_dicts(),
        "completeness": completeness.filter(pl.col("outlet").is_in(drawn)).join(labels, on="run_id").to_dicts(),
        "fields": sorted(completeness["field"].unique().to_list()),
        "articles_per_day": per_day.group_by("outlet", "day").agg(pl.col("articles").sum()).sort("day").to_dicts(),
        "undated": int(_rows(warehouse_path, "undated_articles")["articles"][0]),
    }


def _charts(data: dict) -> dict[str, dict]:
    """The Vega-Lite specifications of the trends page."""
    order = [r["run"] for r in data["runs"]]
    run_axis = {"field": "run", "type": "ordinal", "title": f"run, by its start ({DISPLAY_TIMEZONE})", "sort": order,
                "scale": {"domain": order}, "axis": {"labelAngle": -45}}
    base = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 640, "height": 220}
    field = "authors" if "authors" in data["fields"] else (data["fields"] or [""])[0]
    return {
        "checks": {**base, "data": {"values": data["checks"]}, "mark": "bar", "encoding": {
            "x": run_axis, "y": {"field": "failed", "type": "quantitative", "title": "checks failed",
                                 "axis": COUNT_AXIS},
            "color": {"field": "severity", "type": "nominal", "scale": {
                "domain": list(SEVERITY_COLOURS), "range": list(SEVERITY_COLOURS.values())}},
            "tooltip": [*RUN_TOOLTIP, {"field": "severity"}, {"field": "failed"}]}},
        "quarantine": {**base, "data": {"values": data["quarantine"]}, "mark": "bar", "encoding": {
            "x": run_axis, "y": {"field": "documents", "type": "quantitative", "aggregate": "sum",
                                 "title": "documents quarantined", "axis": COUNT_AXIS},
            "color": {"field": "reason", "type": "nominal", "legend": {"orient": "bottom", "direction": "vertical",
                                                                       "labelLimit": 0}},
            "tooltip": [*RUN_TOOLTIP, {"field": "stage"}, {"field": "reason"}, {"field": "documents"}]}},
        "completeness": {**base, "data": {"values": data["completeness"]},
                         "params": [{"name": "field", "value": field,
                                     "bind": {"input": "select", "options": data["fields"], "name": "field: "}}],
                         "transform": [{"filter": "datum.field == field"}],
                         "mark": {"type": "line", "point": True}, "encoding": {
            "x": run_axis, "y": {"field": "share", "type": "quantitative", "title": "share of articles with the field",
                                 "scale": {"domain": [0, 1]}, "axis": {"format": "%"}},
            "color": {"field": "outlet", "type": "nominal"},
            "tooltip": [*RUN_TOOLTIP, {"field": "outlet"}, {"field": "field"}, {"field": "articles"},
                        {"field": "share", "format": ".0%"}]}},
        # Points, not bars: the days of a few years' archive would make bars too thin to see.
        "articles_per_day": {**base, "data": {"values": data["articles_per_day"]},
                             "mark": {"type": "circle", "size": 50, "opacity": 0.8}, "encoding": {
            "x": {"field": "day", "type": "temporal", "timeUnit": "yearmonthdate", "title": "publication day"},
            "y": {"field": "articles", "type": "quantitative", "title": "articles", "axis": COUNT_AXIS},
            "color": {"field": "outlet", "type": "nominal"},
            "tooltip": [{"field": "day", "type": "temporal"}, {"field": "outlet"}, {"field": "articles"}]}},
    }


CHART_TITLES = {
    "checks": "Checks failed per run, by severity",
    "quarantine": "Documents quarantined per run, by reason",
    "completeness": "Field completeness per outlet over runs (choose the field below the chart)",
    "articles_per_day": "Articles per outlet per publication day (the warehouse as it is now)",
}


def _json_for_script(value) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return json.dumps(value, ensure_ascii=False, default=str).replace("<", "\\u003c")


def write_trends_page(warehouse_path: Path, site: Path) -> Path:
    page = trends_page(site)
    data = _chart_data(warehouse_path)
    specs = _charts(data)
    blocks = []
    for name, title in CHART_TITLES.items():
        notes = {"articles_per_day": f"{data['undated']} articles without a publication date are not drawn."
                 if data["undated"] else "",
                 "quarantine": "" if data["quarantine"] else "No document was quarantined in these runs."}
        note = f'<p class="note">{notes[name]}</p>' if notes.get(name) else ""
        blocks.append(f'<div class="chart"><h2>{html.escape(title)}</h2><div id="chart-{name}"></div>{note}</div>')
    runs = _runs_table(site, data["runs"])
    script = (f'<script id="chart-specs" type="application/json">{_json_for_script(specs)}</script><script>'
              "const specs = JSON.parse(document.getElementById('chart-specs').textContent);"
              "for (const [name, spec] of Object.entries(specs)) {"
              "  if (typeof vegaEmbed === 'undefined') {"
              "    document.getElementById('chart-' + name).textContent = 'The chart library is not installed here"
              " (run make setup with npm available).'; continue; }"
              "  vegaEmbed('#chart-' + name, spec, {renderer: 'svg', actions: false});"
              "}</script>")
    count = len(data["runs"])
    body = (f'<p><a href="index.html">Data Docs</a> · <a href="{RUNS_INDEX}">{count} run{"s" if count != 1 else ""}'
            "</a></p>" + "".join(blocks)
            + f"<h2>Runs</h2>{runs}{script}")
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(_page("Data quality over runs", body, site, page, CHART_SCRIPTS), encoding="utf-8")
    return page


def _gx_pages(site: Path, run_id: str) -> dict[str, str]:
    """Great Expectations' pages of one run's validations, name -> link: validations/<suite>/<run name>/<time>/
    <batch>.html, the run name being the run's id, or the id and a chunk's number (`articles 2`)."""
    folder, run = Path(site) / "validations", glob.escape(run_id)
    pages = {}
    for page in sorted([*folder.glob(f"*/{run}/*/*.html"), *folder.glob(f"*/{run}-*/*/*.html")]):
        suite, run_name = page.relative_to(folder).parts[:2]
        chunk = run_name[len(run_id) + 1:].lstrip("0")
        pages[f"{suite} {chunk}".strip()] = page.relative_to(site).as_posix()
    return pages


def _runs_table(site: Path, runs: list[dict]) -> str:
    """The runs, newest first: start, id (linked to its review), source, counts, GX's pages of its validations."""
    rows = []
    for r in reversed(runs):
        run_id = _text(r["run_id"])
        named = (f'<a href="{RUNS_FOLDER}/{run_id}.html">{run_id}</a>' if run_page(site, r["run_id"]).exists()
                 else run_id)
        gx = " ".join(f'<a href="{_text(link)}">{_text(name)}</a>'
                      for name, link in _gx_pages(site, r["run_id"]).items())
        rows.append([_text(display_time(r["started_at"])), f"<code>{named}</code>",
                     f"<code>{_text(r['source'])}</code>", _text(r["status"]), str(r["documents_loaded"]),
                     str(r["documents_quarantined"]), str(r["checks_failed"]), gx or "none"])
    return _table(["started", "run", "source", "status", "loaded", "quarantined", "checks failed",
                   "Great Expectations' pages"], rows)


def write_runs_index(warehouse_path: Path, site: Path) -> Path:
    """The index of runs (`runs.html`), newest first, times in the display time zone."""
    page = runs_index(site)
    runs = _rows(warehouse_path, "runs").to_dicts()
    body = (f'<p><a href="index.html">Data Docs</a> · <a href="{TRENDS_PAGE}">Trends over runs</a> · '
            f'{len(runs)} run{"s" if len(runs) != 1 else ""}; times in {_text(DISPLAY_TIMEZONE)}</p>'
            + _runs_table(site, runs))
    page.write_text(_page("Runs", body, site, page), encoding="utf-8")
    return page


def link_from_index(site: Path, run_id: str | None) -> None:
    """Links to the trends page and the last run's review at the top of the Data Docs index (once)."""
    index = Path(site) / "index.html"
    if not index.exists():
        return
    text = index.read_text(encoding="utf-8")
    start = text.find(INDEX_MARKER)
    if start >= 0:  # the links of an earlier run: replaced by this run's
        end = text.find(INDEX_MARKER, start + len(INDEX_MARKER)) + len(INDEX_MARKER)
        text = text[:start] + text[end:]
    review = f' · <a href="{RUNS_FOLDER}/{html.escape(run_id)}.html">review of the last run</a>' if run_id else ""
    links = (f'{INDEX_MARKER}<div style="padding:.6rem 3rem;background:#fdf6e3;border-bottom:1px solid #ddd">'
             f'<strong>For reviewers:</strong> <a href="{RUNS_INDEX}">runs by start time</a> · '
             f'<a href="{TRENDS_PAGE}">trends over runs</a>{review} '
             f"(errors and warnings told apart, why each check exists, the failing files)</div>{INDEX_MARKER}")
    anchor = text.find("<body>")
    position = anchor + len("<body>") if anchor >= 0 else 0
    index.write_text(text[:position] + links + text[position:], encoding="utf-8")


def write_review_pages(warehouse_path: Path, site: Path, run_id: str | None) -> None:
    """The run's review page (when the warehouse recorded it), the trends page, and the index's links to them."""
    if not Path(warehouse_path).exists():
        return
    if NODE_MODULES.is_dir():
        copy_assets(site)
    with warehouse.one_reader(warehouse_path):
        recorded = run_id is not None and warehouse.operation(warehouse_path, "run_record", run_id=run_id).height > 0
        if recorded:
            write_run_page(warehouse_path, site, run_id)
            # The earlier runs whose quarantined documents this run loaded: their pages now say so.
            for earlier in _rows(warehouse_path, "runs_released_by", run_id=run_id)["run_id"]:
                write_run_page(warehouse_path, site, earlier)
        write_trends_page(warehouse_path, site)
        write_runs_index(warehouse_path, site)
    link_from_index(site, run_id if recorded else None)
