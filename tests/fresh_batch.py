"""The sites a fresh batch of pages may not use (issue 20; docs/fresh-batch-brief.md): those of every earlier batch
(docs/fresh-batch-sites.md) and of the development gold (../shared/gold/*.json), with their parent domains and
subdomains. Machines do not keep the batches, so this list is rebuilt from the repository each session.

    python -m tests.fresh_batch excluded > EXCLUDED.txt
    python -m tests.fresh_batch check URL_OR_HOST [--excluded EXCLUDED.txt] [--claim CLAIMED.txt]

`check` prints "OK host" (exit 0) or "EXCLUDED host (clashes with other)" (exit 1); with --claim, an OK host is
appended to the claims file under a lock, so that helpers collecting one batch at once never take the same site.
"""

from __future__ import annotations

import fcntl
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from flows.settings import PROJECT_ROOT
from tests.paths import SHARED

SITES_PAGE = PROJECT_ROOT / "docs" / "fresh-batch-sites.md"
GOLD_FILES = ("pages.json", "pages-b.json")
_HOST = re.compile(r"[a-z0-9][a-z0-9.-]*\.[a-z]{2,}")


def host_of(address: str) -> str:
    """The site of an address or a bare host, lower-cased, without "www."."""
    host = (urlparse(address).hostname if "://" in address else address.strip()) or ""
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def batch_sites(page: Path = SITES_PAGE) -> set[str]:
    """The hosts docs/fresh-batch-sites.md lists under its batches' headings."""
    hosts: set[str] = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "," not in line and not _HOST.fullmatch(line.strip()):
            continue
        hosts.update(part.strip().lower() for part in line.split(",") if _HOST.fullmatch(part.strip().lower()))
    return hosts


def gold_sites(gold_folder: Path = SHARED / "gold") -> set[str]:
    """The hosts of the development gold's pages (none when ../shared is absent)."""
    hosts: set[str] = set()
    for name in GOLD_FILES:
        path = gold_folder / name
        if path.exists():
            articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
            hosts.update(host_of(article["url"]) for article in articles if article.get("url"))
    return hosts


# Domains under which anyone registers a site of their own: two sites under one of them are two sites ("x.edu.vn",
# "y.edu.vn"; two blogs of Blogspot). Under any other domain, two subdomains are one portal's sites, built on its
# template: "thptphongphu.hcm.edu.vn" is a sibling of a read "mnsonca10.hcm.edu.vn", and no fresh site.
OPEN_REGISTRIES = ("com.vn", "net.vn", "org.vn", "edu.vn", "gov.vn", "ac.vn", "info.vn", "biz.vn", "name.vn", "pro.vn",
                   "health.vn", "int.vn", "blogspot.com", "wordpress.com")


def _portal(host: str) -> str | None:
    """The domain whose subdomain this host is, unless it is a top-level domain or an open registry."""
    parent = host.partition(".")[2]
    return parent if parent.count(".") >= 1 and parent not in OPEN_REGISTRIES else None


def clash(host: str, taken: set[str]) -> str | None:
    """The taken site this host is, or is a subdomain or a parent domain of (a mobile "m." site is its site's), or
    a sibling of under one portal's domain (`_portal`)."""
    for candidate in {host, host.removeprefix("m.")}:
        portal = _portal(candidate)
        for site in taken:
            if candidate == site or candidate.endswith("." + site) or site.endswith("." + candidate):
                return site
            if portal is not None and site.endswith("." + portal):
                return site
    return None


def _check(address: str, excluded: set[str], claims: Path | None) -> int:
    host = host_of(address)
    if claims is None:
        found = clash(host, excluded)
    else:
        with claims.open("a+", encoding="utf-8") as file:
            fcntl.flock(file, fcntl.LOCK_EX)
            file.seek(0)
            found = clash(host, excluded | {line.strip() for line in file if line.strip()})
            if found is None:
                file.write(host + "\n")
    print(f"EXCLUDED {host} (clashes with {found})" if found else f"OK {host}")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["excluded"]:
        print("\n".join(sorted(batch_sites() | gold_sites())))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        options = dict(zip(argv[2::2], argv[3::2]))
        listed = options.get("--excluded")
        excluded = ({line.strip() for line in Path(listed).read_text(encoding="utf-8").splitlines() if line.strip()}
                    if listed else batch_sites() | gold_sites())
        claims = Path(options["--claim"]) if "--claim" in options else None
        return _check(argv[1], excluded, claims)
    print(__doc__.strip())
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
