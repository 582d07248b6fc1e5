"""Quality gate: Great Expectations suites from expectations/, severities, and the quarantine split.

Suites are JSON files named after the frame they check. GX validates pandas frames (it has no polars engine),
so each frame is converted at the boundary. A failed `critical` expectation is an error: a column check sends
its failing rows to quarantine, a table check stops the load. `warning` results are recorded only.
Results are returned as rows for the dq_result table, and rendered into the Data Docs site (the GX project and its
definitions: flows/gx_project.py).
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl

from flows.decode import VIETNAMESE_LETTERS, Refusal
from flows.gx_project import ROWS, SAMPLE, SAMPLE_COLUMNS, SAMPLES_PER_EXPECTATION, SUITE_KEYS, gx_context
from flows.patterns import alternation, chrome
from flows.settings import TIMEZONE

DQ_RESULT_SCHEMA = {
    "suite": pl.String,
    "expectation": pl.String,
    "column_name": pl.String,
    "severity": pl.String,
    "success": pl.Boolean,
    "observed_value": pl.String,
    "unexpected_count": pl.Int64,
    "element_count": pl.Int64,
}
# A few failing rows of each failed expectation, for the report: where they come from and what the value was.
SAMPLE_SCHEMA = {
    "suite": pl.String,
    "expectation": pl.String,
    "column_name": pl.String,
    "source_file": pl.String,
    "title": pl.String,
    "value": pl.String,
}
# GX's severities, in the words of this project's reports.
SEVERITY_NAMES = {"critical": "error", "warning": "warning", "info": "info"}


@dataclass
class CheckOutcome:
    """The verdict of one suite on one frame."""

    results: pl.DataFrame
    failed_rows: pl.DataFrame = field(
        default_factory=lambda: pl.DataFrame(schema={"key": pl.Int64, "reason": pl.String})
    )
    table_failures: list[str] = field(default_factory=list)
    validations: list[tuple] = field(default_factory=list)  # GX validation result identifiers, for the Data Docs
    samples: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=SAMPLE_SCHEMA))

    @classmethod
    def empty(cls) -> "CheckOutcome":
        return cls(pl.DataFrame(schema=DQ_RESULT_SCHEMA))

    @classmethod
    def combine(cls, outcomes: list["CheckOutcome"]) -> "CheckOutcome":
        empty = cls.empty()
        return cls(
            pl.concat([empty.results] + [o.results.cast(DQ_RESULT_SCHEMA) for o in outcomes if o.results.width]),
            pl.concat([empty.failed_rows] + [o.failed_rows for o in outcomes]),
            [f for o in outcomes for f in o.table_failures],
            [v for o in outcomes for v in o.validations],
            pl.concat([empty.samples] + [o.samples for o in outcomes]),
        )

    def per_expectation(self) -> "CheckOutcome":
        """One result per suite and expectation over all the chunks checked: failed if it failed on any, with the
        unexpected and element counts summed."""
        def total(column: str) -> pl.Expr:  # null when no chunk had a count
            return pl.when(pl.col(column).is_not_null().any()).then(pl.col(column).sum())

        key = ["suite", "expectation", "column_name", "severity"]
        results = self.results.group_by(key, maintain_order=True).agg(
            pl.col("success").all(),
            pl.col("observed_value").drop_nulls().last(),
            total("unexpected_count"),
            total("element_count"),
        ).select(list(DQ_RESULT_SCHEMA)).cast(DQ_RESULT_SCHEMA)
        samples = self.samples.filter(pl.int_range(pl.len()).over("suite", "expectation", "column_name")
                                      < SAMPLES_PER_EXPECTATION)
        return CheckOutcome(results, self.failed_rows, sorted(set(self.table_failures)), self.validations, samples)

    @property
    def passed(self) -> int:
        return int(self.results["success"].sum())

    @property
    def failed(self) -> int:
        return self.results.height - self.passed


def document_check_frame(decoded: pl.DataFrame) -> pl.DataFrame:
    """The columns the documents suite looks at: one row per new or changed file, flags from its decoding."""
    refusal = pl.col("refusal")
    return decoded.select(
        "document_key",
        "source_file",
        "byte_size",
        readable=pl.col("problem").is_null(),
        not_empty=~refusal.is_in([Refusal.EMPTY.value, Refusal.NO_TEXT.value]).fill_null(False),
        not_binary=(refusal != Refusal.BINARY.value).fill_null(True),
        decodes=pl.col("decode_error").is_null(),
    )


_VIETNAMESE_ONLY = "[" + "".join(sorted(c for c in VIETNAMESE_LETTERS if not c.isascii())) + "]"
_CHROME_LINE = rf"(?i)^(?:{alternation(chrome.FOOTER_LINES + chrome.INLINE_LINES)})$"


# The language check reads the start of an article: enough to tell Vietnamese, and its cost does not grow with
# the article.
LANGUAGE_SAMPLE_CHARS = 2000


def article_check_frame(articles: pl.DataFrame) -> pl.DataFrame:
    """The columns the article suite looks at."""
    text = pl.concat_str([pl.col("title"), pl.col("lead"), pl.col("body").list.join(" ")], separator=" ",
                         ignore_nulls=True).str.head(LANGUAGE_SAMPLE_CHARS)
    return articles.select(
        "article_key",
        "source_file",
        "title",
        "published_at",
        "fetched_at",
        "view_count",
        "lead",
        body_paragraphs=pl.col("body").list.len(),
        title_chars=pl.col("title").str.len_chars(),
        published_year=pl.col("published_at").dt.year(),
        unparsed_date_line=pl.when(pl.col("published_at").is_null()).then(pl.col("date_line")),
        vietnamese_share=text.str.count_matches(_VIETNAMESE_ONLY) / text.str.count_matches(r"\p{L}").clip(1),
        body_chars=pl.col("body").list.eval(pl.element().str.len_chars()).list.sum(),
        chrome_paragraphs=pl.col("body").list.eval(pl.element().str.contains(_CHROME_LINE)).list.sum(),
    )


def _severity(result) -> str:
    severity = result.expectation_config.severity
    severity = getattr(severity, "value", str(severity))
    return SEVERITY_NAMES.get(severity, severity)


def column_of(kwargs: dict) -> str | None:
    """The column an expectation checks, as dq_result names it ("a, b" for a pair; None for the table)."""
    return kwargs.get("column") or ", ".join(kwargs[k] for k in ("column_A", "column_B") if kwargs.get(k)) or None


def _result_row(suite: str, result) -> dict:
    config = result.expectation_config
    details = result.result or {}
    observed = details.get("observed_value")
    return {
        "suite": suite,
        "expectation": config.type,
        "column_name": column_of(config.kwargs),
        "severity": _severity(result),
        "success": bool(result.success),
        "observed_value": None if observed is None else json.dumps(observed, default=readable, ensure_ascii=False),
        "unexpected_count": details.get("unexpected_count"),
        "element_count": details.get("element_count"),
    }


def _samples(suite: str, row: dict, details: dict) -> list[dict]:
    """A few failing rows of one failed result: their source file and title where the suite has them, and the value
    as a person reads it (`readable`)."""
    values = details.get("partial_unexpected_list") or []
    indexed = details.get("partial_unexpected_index_list") or [{} for _ in values]
    return [{"suite": suite, "expectation": row["expectation"], "column_name": row["column_name"],
             "source_file": item.get("source_file"), "title": item.get("title"),
             "value": readable(item.get(row["column_name"], value) if row["column_name"] else value)}
            for item, value in zip(indexed, values or [None] * len(indexed))]


MISSING = "(missing)"
# Two values of a column pair that failed together ("fetched_at – published_at").
PAIR_SEPARATOR = " – "


def readable(value) -> str:
    """A value GX reports, as text for people: a missing one (None, NaN, NaT) says so; a time is ISO text in the
    warehouse's time zone (GX hands the times of tz-aware columns over as numpy datetimes in UTC); a pair is
    "a – b"; a numpy scalar is its plain Python value."""
    import numpy as np

    if isinstance(value, (tuple, list)):
        return PAIR_SEPARATOR.join(map(readable, value))
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return MISSING
        value = value.astype("datetime64[us]").item()
        if isinstance(value, datetime):
            value = value.replace(tzinfo=timezone.utc)
    elif isinstance(value, np.generic):
        value = value.item()
    if value is None or value != value or str(value) in ("NaT", "nan", "None"):
        return MISSING
    if isinstance(value, datetime):
        return (value.astimezone(ZoneInfo(TIMEZONE)) if value.tzinfo else value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _naming_rows(reason: str, unexpected: list[dict] | None, columns: list[str]) -> str:
    """A table-level failure with the rows that failed it, by their names ("...: <table_name> <check_name>" for the
    warehouse), where the checkpoint gave them."""
    names = "; ".join(" ".join(str(item[c]) for c in columns if item.get(c) is not None) for item in unexpected or [])
    return f"{reason}: {names}" if names else reason


def validate(frame: pl.DataFrame, suite_name: str, project_dir: Path, run_name: str,
             row_level: bool = True, sampled: set[tuple] | None = None) -> CheckOutcome:
    """Run one suite (see `prepare`) over one frame and split out the rows that failed errors.

    With `row_level`, a failed error-level column check names the rows to quarantine; without it (a frame of
    measures, as for the warehouse) every failed error is a table-level failure that stops the load. A failed
    warning gets samples of its rows by source file and title unless it is in `sampled` (the (suite, expectation,
    column) a previous chunk of the run already sampled; updated here). The outcome names the validation result,
    for `build_data_docs`.
    """
    context = gx_context(project_dir)
    from great_expectations.core.run_identifier import RunIdentifier

    key_column = SUITE_KEYS[suite_name]
    data = frame.to_pandas()

    def run_checkpoint(name: str):
        with warnings.catch_warnings():
            # GX 1.24 reads tz-aware columns through a pandas API that pandas 3.1 deprecates; harmless here.
            warnings.filterwarnings("ignore", message="Series.values returning an ndarray")
            return context.checkpoints.get(name).run(batch_parameters={"dataframe": data},
                                                    run_id=RunIdentifier(run_name=run_name))

    run = run_checkpoint(suite_name)
    failures = [(_severity(r), (suite_name, r.expectation_config.type, _result_row(suite_name, r)["column_name"]))
                for v in run.run_results.values() for r in v.results if not r.success]
    sampled = set() if sampled is None else sampled
    if any(severity == "error" for severity, _ in failures):
        run = run_checkpoint(f"{suite_name}{ROWS}")
    elif row_level and any(failure not in sampled for _, failure in failures):
        run = run_checkpoint(f"{suite_name}{SAMPLE}")
    rows, failed, table_failures, samples = [], [], [], []
    for validation_result in run.run_results.values():
        for result in validation_result.results:
            row = _result_row(suite_name, result)
            rows.append(row)
            if not row["success"] and (suite_name, row["expectation"], row["column_name"]) not in sampled:
                samples += _samples(suite_name, row, result.result or {})
            if row["success"] or row["severity"] != "error":
                continue
            reason = f"{row['expectation']}({row['column_name'] or 'table'})"
            explanation = (result.expectation_config.meta or {}).get("why")
            reason = f"{reason}: {explanation}" if explanation else reason
            unexpected = (result.result or {}).get("unexpected_index_list")
            if unexpected is None or not row_level:
                named_by = [key_column, *SAMPLE_COLUMNS.get(suite_name, [])]
                table_failures.append(_naming_rows(reason, unexpected, named_by))
            else:
                failed.extend({"key": int(item[key_column]), "reason": reason} for item in unexpected)
    failed_rows = pl.DataFrame(failed, schema={"key": pl.Int64, "reason": pl.String})
    # One row per key, every reason it failed for.
    failed_rows = failed_rows.group_by("key", maintain_order=True).agg(pl.col("reason").unique(maintain_order=True)
                                                                      .str.join("; "))
    sampled.update(failure for _, failure in failures)
    return CheckOutcome(pl.DataFrame(rows, schema=DQ_RESULT_SCHEMA), failed_rows, table_failures,
                        [identifier.to_tuple() for identifier in run.run_results],
                        pl.DataFrame(samples, schema=SAMPLE_SCHEMA))
