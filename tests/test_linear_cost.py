"""Cost linear in the document (issue 18): each stage's time and memory on synthetic documents of one shape (one long
line, many short lines, no spaces, one word repeated, many names, many figures), built by hypothesis from the words
in a drawn order, at S and at 4 S: four times the text may cost each stage at most six times the CPU and the memory
(a rule that pairs every mention with every other, or copies the text before each match, takes sixteen). S is large
enough (300 kB) that what grows with the text outweighs what any call costs (regex compilation, about 2 s of
extract). CPU time, not wall time, so that a busy machine does not fail the test; each shape runs in a process of its
own (tests/cost_probe.py)."""

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.settings import PROJECT_ROOT
from tests.cost_probe import SHAPES

SIZE = 300_000
GROWTH, SLACK_SECONDS, SLACK_MB = 6.0, 0.5, 48.0
WORDS = ["Tỉnh", "ủy", "Ban", "Thường", "vụ", "Đảng", "bộ", "UBND", "huyện", "tổ", "chức", "hội", "nghị", "Sở",
         "Nghị", "quyết", "số", "01-NQ/TU", "kế", "hoạch", "đạt", "Chủ", "tịch", "Hà", "Nội", "năm", "2021", "quý",
         "II", "(TTXVN)", "-", "Ảnh:", "Minh", "Anh", "tháng", "6", "đồng", "%", "ngày", "20/1/2022"]


def probe(shape: str, words: list[str], tmp_path) -> dict[int, dict[str, tuple[float, float]]]:
    spec = tmp_path / f"{shape}.json"
    spec.write_text(json.dumps({"shape": shape, "words": words, "sizes": [SIZE, 4 * SIZE]}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tests.cost_probe", str(spec)], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=400, env={**os.environ, "POLARS_MAX_THREADS": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    return {int(size): costs for size, costs in json.loads(done.stdout.splitlines()[-1]).items()}


@pytest.mark.timeout(900)
@pytest.mark.parametrize("shape", SHAPES)
@settings(max_examples=1, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
# Every word, in an order hypothesis draws: one probe per shape (each costs a process, imports and the parse's
# regex compilation at every size) that holds names, codes, figures and dates together.
@given(words=st.permutations(WORDS))
def test_each_stage_costs_time_and_memory_in_proportion_to_the_document(shape, words, tmp_path):
    costs = probe(shape, words, tmp_path)
    for stage in ("decode", "normalise", "extract"):
        cpu, memory = costs[SIZE][stage]
        cpu_4x, memory_4x = costs[4 * SIZE][stage]
        assert cpu_4x <= GROWTH * cpu + SLACK_SECONDS, (shape, stage, costs)
        assert memory_4x <= GROWTH * memory + SLACK_MB, (shape, stage, costs)
