"""Data Docs that work offline: every style sheet and script the Great Expectations pages load from a CDN is
copied from npm packages (expectations/data_docs/, installed by `make setup`) into the site's static/vendor/, and
the pages are rewritten to load them from there. A resource that cannot be had locally is dropped from the page
rather than fetched; external images (the GX logo) are replaced by the site's own."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from flows.settings import EXPECTATIONS_DIR

NODE_MODULES = EXPECTATIONS_DIR / "data_docs" / "node_modules"

# CDN URL (as GX 1.24 writes it) -> file in node_modules.
CDN_FILES = {
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap/dist/js/bootstrap.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.js/dist/umd/popper.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js":
        "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css":
        "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css":
        "@fortawesome/fontawesome-free/css/all.min.css",
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css":
        "@forevolve/bootstrap-dark/dist/css/bootstrap-prefers-dark.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table/dist/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css":
        "bootstrap-table/dist/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://cdn.jsdelivr.net/npm/vega@5": "vega/build/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vega-lite/build/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vega-embed/build/vega-embed.min.js",
}
# Files a copied style sheet loads in turn (Font Awesome's fonts).
COMPANIONS = {"@fortawesome/fontawesome-free/css/all.min.css": "@fortawesome/fontawesome-free/webfonts"}
GX_IMAGES = re.compile(r"https://great-expectations-web-assets\.s3[^\"')\s]*")
# <script src="http..."></script> or <link ... href="http..." ...> left after the rewrite: never fetched.
_EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\ssrc=\"https?://[^\"]*\"[^>]*>\s*</script>", re.I)
_EXTERNAL_LINK = re.compile(r"<link[^>]*\shref=\"https?://[^\"]*\"[^>]*>", re.I)
# A reference into the site's static/ folder, however many "../" GX put before it (it miscounts on some pages).
_STATIC_REFERENCE = re.compile(r"(src|href)=\"(?:\./|\.\./)*static/([^\"]+)\"")


def copy_assets(site: Path) -> dict[str, Path]:
    """Copy what node_modules has into site/static/vendor; returns CDN URL -> local file."""
    vendor = site / "static" / "vendor"
    local = {}
    for url, relative in CDN_FILES.items():
        source = NODE_MODULES / relative
        if not source.is_file():
            continue
        target = vendor / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        local[url] = target
        companion = COMPANIONS.get(relative)
        if companion and not (vendor / companion).exists():
            shutil.copytree(NODE_MODULES / companion, vendor / companion)
    return local


def localise_data_docs(site: Path, changed_since: float | None = None) -> list[str]:
    """Rewrite the pages of the site to load local copies: every page, or those written since `changed_since`
    (a time.time(): the pages a run has just built; older ones were rewritten when they were built). Returns the
    CDN URLs that had no local copy (their tags were removed: run `make setup` with npm available to get them)."""
    site = Path(site)
    if not (site / "index.html").exists():
        return []
    local = copy_assets(site)
    logo = site / "static" / "images" / "logo-long-vector.svg"
    missing = sorted(set(CDN_FILES) - set(local))
    for page in site.rglob("*.html"):
        if changed_since is not None and page.stat().st_mtime < changed_since:
            continue
        html = page.read_text(encoding="utf-8")
        for url, target in local.items():
            html = html.replace(f'"{url}"', f'"{os.path.relpath(target, site)}"')
        image = os.path.relpath(logo, page.parent) if logo.exists() else ""
        html = GX_IMAGES.sub(image, html)
        html = _EXTERNAL_LINK.sub("", _EXTERNAL_SCRIPT.sub("", html))
        static = os.path.relpath(site / "static", page.parent)
        html = _STATIC_REFERENCE.sub(lambda m: f'{m.group(1)}="{static}/{m.group(2)}"', html)
        page.write_text(html, encoding="utf-8")
    return missing


# A validation whose only failures are warnings is not shown as failed: GX 1.24 draws every failure with the same
# red cross and "Failed", whatever its severity.
_FAILED_ICON = "fa-times text-danger"
_WARNING_ICON = "fa-exclamation-triangle text-warning"
_WARNING_STATUS = "Warnings only"
# The validation pages found so far to hold warnings only (relative to the site), kept for the index GX rebuilds.
WARNINGS_ONLY_LIST = Path("static") / "warnings-only.txt"


def _warnings_only(validation_json: Path) -> bool:
    try:
        results = json.loads(validation_json.read_text(encoding="utf-8"))["results"]
    except (OSError, ValueError, KeyError):
        return False
    failed = [r for r in results if not r.get("success")]
    return bool(failed) and all((r.get("expectation_config") or {}).get("severity") == "warning" for r in failed)


def mark_warnings_only(site: Path, gx_project: Path, changed_since: float | None = None) -> None:
    """Give the validation pages (written since `changed_since`) whose failures are all warnings a warning sign and
    the status "Warnings only" instead of the red cross and "Failed", and their rows in the index the same sign."""
    site = Path(site)
    listed = site / WARNINGS_ONLY_LIST
    known = set(listed.read_text(encoding="utf-8").split()) if listed.exists() else set()
    for page in (site / "validations").rglob("*.html"):
        if changed_since is not None and page.stat().st_mtime < changed_since:
            continue
        relative = page.relative_to(site)
        stored = Path(gx_project) / "gx" / "uncommitted" / relative.with_suffix(".json")
        if not _warnings_only(stored):
            continue
        html = page.read_text(encoding="utf-8").replace(_FAILED_ICON, _WARNING_ICON)
        page.write_text(re.sub(r"(text-warning\"[^>]*></i>)\s*Failed", rf"\1 {_WARNING_STATUS}", html),
                        encoding="utf-8")
        known.add(relative.as_posix())
    if not known:
        return
    listed.parent.mkdir(parents=True, exist_ok=True)
    listed.write_text("\n".join(sorted(known)) + "\n", encoding="utf-8")
    index = site / "index.html"
    if not index.exists():
        return
    text = index.read_text(encoding="utf-8")
    for path in known:
        link = text.find(f"'_table_row_link_path': '{path}'")
        start = text.rfind("'validation_success': '", 0, link)
        if link < 0 or start < 0:
            continue
        row_end = text.find("}", link)
        row = text[start:row_end].replace(_FAILED_ICON, _WARNING_ICON).replace(
            "'_validation_success_text': 'Failed'", f"'_validation_success_text': '{_WARNING_STATUS}'")
        text = text[:start] + row + text[row_end:]
    index.write_text(text, encoding="utf-8")
