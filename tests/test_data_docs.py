"""The Data Docs site works offline: no CDN resources, and it renders in headless Chromium with the network off."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from flows.data_docs import NODE_MODULES
from flows.settings import dq_site_of

# It starts processes (a run, a server, a cluster or a browser): a hang fails it with its stack, not CI.
pytestmark = pytest.mark.timeout(300)


CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Every host name fails to resolve: a page that needed the network would show it.
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--virtual-time-budget=5000",
]


def chromium() -> str:
    """Debian's Chromium, installed here for this test when missing (as root, with apt-get)."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("Debian's chromium is not installed and cannot be installed here (needs root and apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        if result.returncode != 0:
            pytest.skip(f"Debian's chromium could not be installed: {result.stderr.strip()[-300:]}")
    return shutil.which("chromium") or pytest.skip("chromium installed but not on PATH")


@pytest.fixture(scope="module")
def site(seeds_warehouse) -> Path:
    return dq_site_of(seeds_warehouse)


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_loads_anything_from_the_network(site):
    assert pages(site), "no Data Docs were built"
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        resources = re.findall(r"<(?:script|link|img)[^>]*\s(?:src|href)=\"([^\"]+)\"", html)
        resources += re.findall(r"url\(['\"]?([^)'\"]+)", html)
        external = [r for r in resources if re.match(r"(?i)https?:|//", r)]
        assert external == [], f"{page.name} loads {external}"


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="the Data Docs assets are not installed (make setup needs npm)")
def test_every_local_style_sheet_and_script_exists(site):
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        for reference in re.findall(r"<(?:script|link)[^>]*\s(?:src|href)=\"([^\"#]+)\"", html):
            assert (page.parent / reference).resolve().is_file(), f"{page.name}: {reference} is missing"


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="the Data Docs assets are not installed (make setup needs npm)")
def test_the_site_renders_in_headless_chromium_without_network(site, tmp_path):
    browser = chromium()
    index = (site / "index.html").resolve()
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", index.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    # The scripts ran: bootstrap-table (on jQuery) wrapped the validation table, and the suites are listed.
    assert 'class="bootstrap-table' in dom
    for suite in ("articles", "documents", "warehouse"):
        assert f"expectations/{suite}.html" in dom
    screenshot = tmp_path / "index.png"
    subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile2'}", "--window-size=1280,900",
         f"--screenshot={screenshot}", index.as_uri()],
        capture_output=True, timeout=120,
    )
    assert screenshot.stat().st_size > 10_000  # a styled page, not a blank one
