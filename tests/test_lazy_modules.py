"""Great Expectations' start-up imports that the checks never use are loaded on first use (flows/lazy_modules.py)."""

import subprocess
import sys

from flows.lazy_modules import UNUSED_AT_START
from flows.settings import PROJECT_ROOT

PROBE = """
import sys
from flows.lazy_modules import defer_unused_modules
defer_unused_modules()
import great_expectations
print(sorted(name for name in sys.modules if name.startswith(("scipy.stats.", "altair."))))
import scipy.stats
print(round(float(scipy.stats.norm.cdf(0.0)), 3), "scipy.stats._stats_py" in sys.modules)
"""


def test_gx_imports_without_executing_them_and_a_use_loads_them_whole():
    assert UNUSED_AT_START == ("scipy.stats", "altair")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    executed, used = done.stdout.splitlines()
    assert executed == "[]", executed  # neither module's own code ran, nor any of their submodules
    assert used == "0.5 True"
