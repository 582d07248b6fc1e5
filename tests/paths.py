"""Where the tests find their inputs: the seeds, the fixtures, and ../shared (gold files and the corpus). Imports
nothing but the project's root, so that a script (tests/extraction_gate.py) can use them without the conftest's
session set-up."""

from flows.settings import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2017"
