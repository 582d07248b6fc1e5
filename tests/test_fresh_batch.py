"""The list of sites a fresh batch may not use, rebuilt from the repository (tests/fresh_batch.py)."""

import pytest

from tests.fresh_batch import batch_sites, clash, gold_sites, host_of, main
from tests.paths import SHARED


def test_every_batch_heading_of_the_sites_page_lists_its_sites():
    sites = batch_sites()
    assert len(sites) > 1000
    assert {"baohagiang.vn", "vatm.vn", "uneti.edu.vn"} <= sites  # batches O, BP and BQ
    assert not any(" " in site or site.startswith("www.") for site in sites)


def test_a_site_clashes_with_itself_its_subdomains_its_parent_and_its_mobile_site():
    taken = {"baoquangninh.vn", "tv.congly.vn"}
    assert clash("daihoidang.baoquangninh.vn", taken) == "baoquangninh.vn"
    assert clash("congly.vn", taken) == "tv.congly.vn"
    assert clash("m.baoquangninh.vn", taken) == "baoquangninh.vn"
    assert clash("baoquangnam.vn", taken) is None  # a name that only starts the same
    # A sibling under one portal's domain is its template's: taken; two sites of an open registry are two.
    assert clash("thptphongphu.hcm.edu.vn", {"mnsonca10.hcm.edu.vn"}) == "mnsonca10.hcm.edu.vn"
    assert clash("dacson.phoyen.thainguyen.gov.vn", {"hoabinh.donghy.thainguyen.gov.vn"}) is None  # (other districts)
    assert clash("xa.phoyen.thainguyen.gov.vn", {"dacson.phoyen.thainguyen.gov.vn"}) == "dacson.phoyen.thainguyen.gov.vn"
    assert clash("truonga.edu.vn", {"truongb.edu.vn"}) is None
    assert clash("blog-a.blogspot.com", {"blog-b.blogspot.com"}) is None
    assert host_of("https://WWW.BaoHaGiang.vn/tin/1") == "baohagiang.vn"


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared is absent")
def test_the_development_golds_sites_are_excluded():
    assert len(gold_sites()) >= 60


def test_a_claim_takes_a_site_once(tmp_path, capsys):
    claims = tmp_path / "claimed.txt"
    excluded = tmp_path / "excluded.txt"
    excluded.write_text("baohagiang.vn\n", encoding="utf-8")
    assert main(["check", "https://www.site-mot.vn/a", "--excluded", str(excluded), "--claim", str(claims)]) == 0
    assert main(["check", "site-mot.vn", "--excluded", str(excluded), "--claim", str(claims)]) == 1
    assert main(["check", "m.baohagiang.vn", "--excluded", str(excluded)]) == 1
    assert claims.read_text(encoding="utf-8") == "site-mot.vn\n"
    assert capsys.readouterr().out.splitlines()[-1] == "EXCLUDED m.baohagiang.vn (clashes with baohagiang.vn)"
