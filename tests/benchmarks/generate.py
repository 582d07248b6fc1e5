"""A benchmark corpus of any size, made deterministically from the seeds and ../shared/corpus.

Each article takes a template (a seed, in the seeds' page layout, or a corpus article, in its three-line layout)
and perturbs it by its number: dates shifted, figures scaled, person names swapped, paragraphs dropped or repeated,
so that 10k, 100k or 1M articles have realistic shape without being copies. Files go 1,000 to a folder.

    python -m tests.benchmarks.generate --articles 100000 --out /tmp/newswh-bench/100000
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from flows.settings import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "baomoi-2017"
PER_FOLDER = 1000

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Xuân", "Đình", "Quốc", "Minh", "Thanh", "Hữu", "Ngọc", "Đức"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Linh", "Nam", "Phúc", "Quế", "Tâm", "Thành", "Tường"]
_FULL_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_FIGURE = re.compile(r"\b(\d{2,3})(?=[ ,%])")
# A person's name in a template: a common surname and one or two capitalised words.
_NAME = re.compile(r"\b(?:Nguyễn|Trần|Ngô|Lê|Phạm) [A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]+(?: [A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]+)?")


def templates() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return texts


def perturb(text: str, number: int) -> str:
    """The number-th variant of a template: deterministic for (text, number)."""
    rng = random.Random(number)
    shift = rng.randint(0, 27)
    text = _FULL_DATE.sub(lambda m: f"{(int(m[1]) + shift) % 28 + 1}/{m[2]}/{int(m[3]) + rng.randint(-2, 2)}", text)
    text = _FIGURE.sub(lambda m: str(int(m[1]) * rng.randint(1, 9) // 3 + 1), text)
    text = _NAME.sub(lambda m: f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}", text)
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 4:
        cut = rng.randint(2, len(paragraphs) - 2)
        if rng.random() < 0.5:
            del paragraphs[cut]  # shorter
        else:
            paragraphs.insert(cut, paragraphs[cut])  # longer
    return "\n\n".join(paragraphs) + f"\n\n(Bản {number})\n"


def generate(out: Path, articles: int) -> Path:
    """Write `articles` files under `out` (reusing a complete earlier generation)."""
    out = Path(out)
    marker = out / ".complete"
    if marker.exists() and marker.read_text() == str(articles):
        return out
    sources = templates()
    for number in range(articles):
        folder = out / f"{number // PER_FOLDER:05d}"
        if number % PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = perturb(sources[number % len(sources)], number)
        (folder / f"{number:08d}.txt").write_text(text, encoding="utf-8")
    marker.write_text(str(articles))
    return out


def change(out: Path, share: float, salt: int = 1) -> int:
    """Edit `share` of the files in place (a sentence appended); returns how many changed."""
    files = sorted(Path(out).rglob("*.txt"))
    step = max(1, round(1 / share))
    for path in files[::step]:
        path.write_text(path.read_text(encoding="utf-8") + f"\nĐính chính {salt}.\n", encoding="utf-8")
    (Path(out) / ".complete").unlink(missing_ok=True)  # no longer the pristine generation
    return len(files[::step])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.out, args.articles)
    print(f"{args.articles} articles in {args.out} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
