"""How much time and memory each stage spends on one synthetic document, at several sizes, in a process of its own:
`python -m tests.cost_probe SPEC.json` prints, per size, each stage's CPU seconds and the resident memory it added
at its peak (sampled every few milliseconds). Used by tests/test_linear_cost.py.

SPEC: {"shape": one of SHAPES, "words": [...], "sizes": [bytes, ...]}.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

WARM_UP_BYTES = 2_000
SHAPES = ("long_line", "short_lines", "no_spaces", "one_word", "names", "figures")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc")


def document(shape: str, words: list[str], size: int) -> str:
    """`size` bytes (about) of one shape, built from `words`."""
    if shape == "long_line":
        unit = " ".join(words) + ". "
    elif shape == "short_lines":
        unit = "\n".join(words) + "\n"
    elif shape == "no_spaces":
        unit = "".join(words)
    elif shape == "one_word":
        unit = words[0] + " "
    elif shape == "names":  # a new name every few words: names and titles grow with the text
        unit = " ".join(f"Bí thư {words[i % len(words)]} {SURNAMES[i % 4]} {MIDDLE[i // 4 % 4]} {words[(i * 7) % len(words)]}{i}"
                        f" {'và' if i % 2 else ','}" for i in range(40)) + " "
    elif shape == "figures":
        unit = " ".join(f"{words[i % len(words)]} đạt {i % 97 + 1},{i % 9}% kế hoạch, {i % 90 + 10}.{i % 900 + 100} tỷ"
                        f" đồng, {i % 80 + 100}/150 {words[(i * 3) % len(words)]};" for i in range(40)) + " "
    else:
        raise ValueError(shape)
    text = "Hội nghị tổng kết công tác năm 2021\n\n" + unit * (size // max(1, len(unit.encode())) + 1)
    return text.encode()[:size].decode(errors="ignore")


class PeakMemory:
    """The largest resident memory of this process between `start` and `stop`, less what it held at `start`."""

    def __init__(self):
        self.process, self.done = psutil.Process(), threading.Event()

    def __enter__(self):
        self.base = self.peak = self.process.memory_info().rss
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self):
        while not self.done.wait(0.005):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __exit__(self, *exc):
        self.done.set()
        self.thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)
        self.added_mb = (self.peak - self.base) / 2**20


def stages(path: Path) -> dict[str, tuple[float, float]]:
    import polars as pl

    from flows import decode, extract, manifest, sources
    from flows.normalise import normalise

    listing = sources.list_files([(str(path), path.name)], 1 << 30).with_columns(known_hash=pl.lit(None, pl.String))
    read = manifest.plan_by_hash(sources.read_documents(listing))
    costs = {}
    state = {"decoded": read}

    def run(name, step):
        cpu = time.process_time()
        with PeakMemory() as memory:
            step()
        costs[name] = (time.process_time() - cpu, memory.added_mb)

    run("decode", lambda: state.update(decoded=decode.decode_documents(read)))
    run("normalise", lambda: state.update(parsed=normalise(state["decoded"].filter(pl.col("text").is_not_null()))))
    run("extract", lambda: state.update(knowledge=extract.extract(*state["parsed"][:2])))
    return costs


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in [WARM_UP_BYTES, *spec["sizes"]]:  # the first run warms up (imports, regex compilation)
            path = Path(folder) / f"{spec['shape']}_{size}.txt"
            path.write_text(document(spec["shape"], spec["words"], size), encoding="utf-8")
            results[size] = stages(path)
    del results[WARM_UP_BYTES]
    print(json.dumps({str(size): costs for size, costs in results.items()}))


if __name__ == "__main__":
    main(sys.argv[1])
