"""Report: the run summary for the terminal and the Prefect markdown artifact."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from flows import dq_pages

if TYPE_CHECKING:
    from flows.chunks import Staged
    from flows.quality import CheckOutcome
    from flows.settings import RunSettings


@dataclass
class RunSummary:
    run_id: str
    source: str
    warehouse: Path
    dq_site: Path
    documents_seen: int = 0
    documents_loaded: int = 0
    documents_quarantined: int = 0
    documents_unchanged: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    failed_checks: list[dict] = field(default_factory=list)  # expectation, column_name, severity, unexpected_count
    quarantined: list[dict] = field(default_factory=list)  # source_file, stage, reason
    skipped: list[dict] = field(default_factory=list)  # source_file, reason: files under the source not taken
    stage_seconds: dict[str, float] = field(default_factory=dict)
    backfill: str | None = None  # what a backfill covered
    report_error: str | None = None  # why the Data Docs could not be written (the load itself committed)
    worker_losses: list[str] = field(default_factory=list)  # why each worker process that died did

    @property
    def balanced(self) -> bool:
        """Nothing lost: every document seen is loaded, quarantined or unchanged."""
        return self.documents_seen == self.documents_loaded + self.documents_quarantined + self.documents_unchanged

    @property
    def data_docs_index(self) -> Path:
        return self.dq_site / "index.html"

    @property
    def review_page(self) -> Path:
        return dq_pages.run_page(self.dq_site, self.run_id)

    @property
    def trends_page(self) -> Path:
        return dq_pages.trends_page(self.dq_site)


def run_summary(run_id: str, source: str, settings: RunSettings, planned: int, staged: Staged,
                checks: CheckOutcome, skipped: pl.DataFrame, timings: dict[str, float]) -> RunSummary:
    """The summary of a run that loaded: `planned` documents listed, what was staged of them, every check."""
    count = staged.outcomes
    return RunSummary(
        run_id=run_id,
        source=source,
        backfill=(f"backfill {settings.since or '…'} to {settings.until or '…'}: {staged.documents_read} of "
                  f"{planned} documents published in the window; the others were left as they are")
        if settings.backfill else None,
        warehouse=settings.warehouse,
        dq_site=settings.dq_site,
        documents_seen=sum(count.values()),
        documents_loaded=count.get("loaded", 0),
        documents_quarantined=count.get("quarantined", 0),
        documents_unchanged=count.get("unchanged", 0),
        checks_passed=checks.passed,
        checks_failed=checks.failed,
        failed_checks=checks.results.filter(~pl.col("success")).to_dicts(),
        quarantined=staged.quarantined,
        skipped=skipped.to_dicts(),
        stage_seconds=timings,
        worker_losses=staged.worker_losses,
    )


def skipped_reasons(skipped: list[dict]) -> str:
    """'3 not an article file: .pdf, 1 unreadable folder: Permission denied': the reasons with their counts."""
    counts: dict[str, int] = {}
    for row in skipped:
        counts[row["reason"]] = counts.get(row["reason"], 0) + 1
    return ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items(), key=lambda item: -item[1]))


def summary_text(summary: RunSummary) -> str:
    """The short summary `newswh run` ends with."""
    lines = [f"run {summary.run_id} on {summary.source}"]
    if summary.backfill:
        lines.append(summary.backfill)
    lines += [
        f"documents: {summary.documents_seen} seen = {summary.documents_loaded} loaded"
        f" + {summary.documents_quarantined} quarantined + {summary.documents_unchanged} unchanged",
    ]
    if not summary.documents_seen:
        from flows.sources import ARTICLE_EXTENSIONS

        lines.append(f"warning: no article file ({' '.join(ARTICLE_EXTENSIONS)}) under {summary.source}: nothing to do")
    if summary.skipped:
        lines.append(f"not taken: {len(summary.skipped)} file{'s' if len(summary.skipped) != 1 else ''} "
                     f"({skipped_reasons(summary.skipped)})")
        lines += [f"  not taken {row['source_file']}: {row['reason']}" for row in summary.skipped[:10]]
        if len(summary.skipped) > 10:
            lines.append(f"  ... and {len(summary.skipped) - 10} more (the run's artifact news-etl-skipped lists all)")
    if summary.documents_seen and summary.documents_unchanged == summary.documents_seen:
        lines.append("every document was unchanged since the last run: nothing to load")
    if summary.checks_passed + summary.checks_failed:
        lines.append(f"checks: {summary.checks_passed} passed, {summary.checks_failed} failed")
    elif summary.documents_seen:
        lines.append("checks: none run (no document was new or changed)")
    for check in summary.failed_checks:
        lines.append(
            f"  {check['severity']:<7} {check['expectation']}({check['column_name'] or 'table'}):"
            f" {check['unexpected_count'] or 0} unexpected"
        )
    if summary.worker_losses:
        lines.append(worker_losses_text(summary.worker_losses))
    for row in summary.quarantined[:10]:
        lines.append(f"  quarantined {row['source_file']} [{row['stage']}] {row['reason']}")
    if len(summary.quarantined) > 10:
        lines.append(f"  ... and {len(summary.quarantined) - 10} more: newswh sql \"SELECT * FROM quarantine\"")
    if summary.stage_seconds:
        lines.append("stages: " + ", ".join(f"{k} {v:.2f}s" for k, v in summary.stage_seconds.items()))
    lines.append(f"warehouse: {summary.warehouse}")
    checked = summary.checks_passed + summary.checks_failed
    if summary.report_error:
        lines.append(f"data quality report: NOT updated: {summary.report_error}")
    elif not summary.data_docs_index.exists():
        lines.append("data quality report: none yet (no run has checked a document)")
    else:
        lines.append(f"data quality report: {summary.data_docs_index}"
                     + ("" if checked else " (as the last check left it)"))
    return "\n".join(lines)


def worker_losses_text(losses: list[str]) -> str:
    """'warning: 2 worker processes died (killed by signal SIGKILL; out of memory ...)': the run went on."""
    causes = "; ".join(dict.fromkeys(losses))
    return (f"warning: {len(losses)} worker process{'es' if len(losses) != 1 else ''} died ({causes}): their chunks"
            " were run again, and a document a worker died on by itself is quarantined")


def summary_markdown(summary: RunSummary) -> str:
    """The same summary as a Prefect markdown artifact."""
    rows = "\n".join(
        f"| {c['severity']} | `{c['expectation']}` | {c['column_name'] or 'table'} | {c['unexpected_count'] or 0} |"
        for c in summary.failed_checks
    ) or "| | none | | |"
    return (
        f"# news-etl run `{summary.run_id}`\n\n"
        f"Source `{summary.source}` -> warehouse `{summary.warehouse}`\n\n"
        "| seen | loaded | quarantined | unchanged |\n|---|---|---|---|\n"
        f"| {summary.documents_seen} | {summary.documents_loaded} | {summary.documents_quarantined}"
        f" | {summary.documents_unchanged} |\n\n"
        + (f"Not taken: {len(summary.skipped)} files ({skipped_reasons(summary.skipped)}).\n\n"
           if summary.skipped else "")
        + (f"{worker_losses_text(summary.worker_losses)}.\n\n" if summary.worker_losses else "")
        + f"Checks: {summary.checks_passed} passed, {summary.checks_failed} failed.\n\n"
        "| severity | expectation | column | unexpected |\n|---|---|---|---|\n"
        f"{rows}\n\nData Docs: `{summary.data_docs_index}`\n\n"
        # A run that checked nothing has no review page (the report is as the last check left it).
        + (f"Review of this run (errors and warnings, why each check exists, the failing files): "
           f"[{summary.review_page}]({summary.review_page.resolve().as_uri()})\n\n"
           if summary.checks_passed + summary.checks_failed else "")
        + f"Trends over runs: [{summary.trends_page}]({summary.trends_page.resolve().as_uri()})\n"
    )
