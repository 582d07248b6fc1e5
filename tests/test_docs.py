"""The README and docs/ are checked against the code, so that an example that drifts fails a test: the summary
`make run` ends with, the table of commands, and every relative link."""

import os
import re
from pathlib import Path

import pytest

from flows.settings import PROJECT_ROOT
from tests.processes import newswh_here

README = PROJECT_ROOT / "README.md"
PAGES = sorted((PROJECT_ROOT / "docs").glob("*.md"))

# What differs from run to run, as the README's example writes it; anything else must be what the run prints.
PLACEHOLDERS = {
    "<run id>": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "<seconds>": r"\d+\.\d\d",
}


def section(text: str, heading: str) -> str:
    """The text under a `## ` heading, up to the next heading of that level."""
    start = text.index(f"\n{heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else len(text)]


def fenced_blocks(text: str, info: str = "") -> list[list[str]]:
    """The lines of each fenced code block whose info string is `info` (none: a plain block)."""
    blocks, current, opened_with = [], None, None
    for line in text.split("\n"):
        if current is None and line.startswith("```"):
            current, opened_with = [], line[3:].strip()
        elif current is not None and line.strip() == "```":
            if opened_with == info:
                blocks.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def summary_example() -> list[str]:
    """The README's example of the summary `make run` ends with: the Quick start's first plain block."""
    blocks = fenced_blocks(section(README.read_text(encoding="utf-8"), "## Quick start"))
    assert blocks, "the README's Quick start has no plain ``` block: the example summary is gone"
    return blocks[0]


def line_pattern(line: str) -> re.Pattern:
    """A line of the example as a pattern: its placeholders stand for their values, the rest is literal."""
    unknown = set(re.findall(r"<[^<>]+>", line)) - set(PLACEHOLDERS)
    assert not unknown, f"the example uses placeholders this test does not know: {unknown} (known: {set(PLACEHOLDERS)})"
    parts = re.split("(" + "|".join(map(re.escape, PLACEHOLDERS)) + ")", line)
    return re.compile("".join(PLACEHOLDERS.get(part, re.escape(part)) for part in parts))


def mismatches(example: list[str], output: list[str]) -> list[str]:
    """Where the printed lines differ from the example's: one message per line, and one if the counts differ."""
    found = [f"line {n}: the README has {want!r}, the run printed {got!r}"
             for n, (want, got) in enumerate(zip(example, output), 1) if not line_pattern(want).fullmatch(got)]
    if len(example) != len(output):
        found.append(f"the README's example has {len(example)} lines, the run printed {len(output)}:\n"
                     + "\n".join(output))
    return found


def test_the_matching_tells_a_drifted_line_a_missing_one_and_an_unmarked_value():
    example = ["run <run id> on seeds", "checks: 29 passed, 0 failed", "stages: load <seconds>s"]
    printed = ["run 6aae5b32-dc24-4446-af6e-72d75b8d6613 on seeds", "checks: 29 passed, 0 failed", "stages: load 1.65s"]
    assert mismatches(example, printed) == []
    assert len(mismatches(example, [printed[0], "checks: 27 passed, 0 failed", printed[2]])) == 1
    assert len(mismatches(example, printed[:2])) == 1
    assert mismatches(["run f56ef89f-07b7-4e88-a9cc-ad1636ee87bd on seeds"], printed[:1])  # an id is not marked
    assert mismatches(["stages: load <seconds>s"], ["stages: load 1.65s, check 0.20s"])
    assert fenced_blocks("```sh\nmake run\n```\n\ntext\n\n```\nrun x\n```\n") == [["run x"]]
    with pytest.raises(AssertionError, match="placeholders"):
        line_pattern("run <id> on seeds")


def make_default(name: str) -> str:
    """A variable's default in the Makefile (`NAME ?= value`), which `make run` passes to `newswh run`."""
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(BIN)/newswh run --source $(SOURCE) --warehouse $(WAREHOUSE)" in makefile
    return re.search(rf"^{name} \?= (\S+)$", makefile, re.M).group(1)


def help_commands(*group: str) -> list[str]:
    """The commands `newswh [GROUP] --help` lists in its Commands panel."""
    result = newswh_here(*group, "--help", env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    panel = re.search(r"^\W*Commands\W*$(.*?)^\W*$", result.stdout, re.M | re.S)
    return re.findall(r"^[│|] (\S+)  ", panel.group(1), re.M) if panel else []


def table_commands() -> set[str]:
    """The commands the README's table of commands names: `newswh` and the lower-case words after it."""
    rows = re.findall(r"^\| `newswh ([^`]*)`", section(README.read_text(encoding="utf-8"), "## Commands"), re.M)
    return {" ".join(re.match(r"[a-z]+(?: [a-z]+)*(?=$| )", row.replace("\\|", "|")).group(0).split()[:2])
            for row in rows}


@pytest.mark.timeout(120)
def test_the_readme_table_of_commands_is_the_one_newswh_help_lists():
    listed = set()
    for command in help_commands():
        listed |= {f"{command} {sub}" for sub in help_commands(command)} or {command}
    assert {"run", "serve", "quarantine retry", "export articles"} <= listed, listed
    in_readme = table_commands()
    assert not in_readme - listed, f"the README's table names commands `newswh --help` does not: {in_readme - listed}"
    assert not listed - in_readme, f"the README's table lacks commands `newswh --help` lists: {listed - in_readme}"


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped (not `-` or `_`), spaces as `-`."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def without_code(text: str) -> str:
    """The Markdown without its fenced blocks and code spans (a link there is text, not a link)."""
    text = re.sub(r"^```.*?^```$", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def anchors(text: str) -> set[str]:
    """The anchors of a page's headings, with GitHub's `-1`, `-2` for repeated ones."""
    seen: dict[str, int] = {}
    found = set()
    for heading in re.findall(r"^#{1,6} (.+)$", re.sub(r"^```.*?^```$", "", text, flags=re.S | re.M), re.M):
        base = slug(heading)
        found.add(base if base not in seen else f"{base}-{seen[base]}")
        seen[base] = seen.get(base, 0) + 1
    return found


def relative_links(page: Path) -> list[str]:
    return [target for target in re.findall(r"\]\(([^()\s]+)\)", without_code(page.read_text(encoding="utf-8")))
            if not re.match(r"[a-z]+:", target)]


def test_every_relative_link_leads_to_a_file_and_a_heading():
    broken, checked = [], 0
    for page in [README, *PAGES]:
        for target in relative_links(page):
            path, _, anchor = target.partition("#")
            file = (page.parent / path).resolve() if path else page
            checked += 1
            if not file.exists() or PROJECT_ROOT not in file.parents:
                broken.append(f"{page.relative_to(PROJECT_ROOT)}: {target}: no such file in the repository")
            elif anchor and (file.suffix != ".md" or anchor not in anchors(file.read_text(encoding="utf-8"))):
                broken.append(f"{page.relative_to(PROJECT_ROOT)}: {target}: no heading #{anchor} there")
    assert checked > 50, f"only {checked} relative links found: the link pattern no longer matches"
    assert not broken, "\n".join(broken)


def test_the_readme_links_every_docs_page_and_the_headings_resolve_as_github_does():
    linked = {(README.parent / target.partition("#")[0]).resolve() for target in relative_links(README)}
    assert PAGES and not set(PAGES) - linked, f"docs pages the README does not link: {set(PAGES) - linked}"
    assert slug("`fact_article`") == "fact_article" and slug("Scale-out") == "scale-out"
    assert slug("The article export contract") == "the-article-export-contract"
    assert {"operations", "operations-1"} <= anchors("## Operations\n```\n# not a heading\n```\n### Operations\n")
    assert "not-a-heading" not in anchors("```\n# not a heading\n```\n")

