"""What a command shows on the terminal: one-line errors, tables, text made safe, and Prefect's console log kept
to one line per record."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer


def fail(message: str) -> None:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(1)


def flat(frame):
    """Lists and structs as JSON text, for formats that hold only scalars (CSV)."""
    import polars as pl

    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(
        pl.col(name).map_elements(
            lambda v: json.dumps(v.to_list() if isinstance(v, pl.Series) else v, ensure_ascii=False, default=str),
            return_dtype=pl.String,
        )
        for name in nested
    )


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def print_rows(frame, output: OutputFormat = OutputFormat.table) -> None:
    """Rows as a table on the terminal, or every value in full as CSV (lists and structs as JSON text) or JSON."""
    if output is OutputFormat.csv:
        sys.stdout.write(flat(frame).write_csv())
    elif output is OutputFormat.json:
        sys.stdout.write(json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=2) + "\n")
    else:
        print_table(frame)


# A column narrower than this is hard to read: a table that cannot give each column as much (many columns on a
# narrow terminal) is printed as records, one `column  value` line per column.
MIN_COLUMN_CHARS = 10


def print_table(frame) -> None:
    """Rows as a table no wider than the terminal (rich measures it: COLUMNS, else the terminal's width, else 80):
    a column too narrow for its values wraps them at spaces and folds longer words onto the next line; with too
    many columns for the width, each row is a record instead. Values are made printable; null reads null."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    frame = in_display_zone(frame)
    rows = [[Text("null" if value is None else printable(str(value))) for value in row]
            for row in flat(frame).iter_rows()]
    least = [min(MIN_COLUMN_CHARS, max([len(name), *(row[i].cell_len for row in rows)]))
             for i, name in enumerate(frame.columns)]
    if sum(least) + 3 * len(least) <= console.width:
        console.print(_table(frame.schema, rows))
    else:
        _print_records(console, frame.columns, rows)
    typer.echo(f"({frame.height} row{'s' if frame.height != 1 else ''})")


def in_display_zone(frame):
    """The frame with every time in it in the display time zone (flows/settings.py)."""
    import polars as pl

    from flows.settings import DISPLAY_TIMEZONE

    return frame.with_columns(pl.col(name).dt.convert_time_zone(DISPLAY_TIMEZONE)
                              for name, dtype in frame.schema.items()
                              if isinstance(dtype, pl.Datetime) and dtype.time_zone is not None)


def _table(schema, rows):
    import polars as pl
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold")
    for name, dtype in schema.items():
        # Numbers, days and flags keep one line while the text columns give up width.
        table.add_column(name, justify="right" if dtype.is_numeric() else "left", overflow="fold",
                         no_wrap=dtype.is_numeric() or dtype in (pl.Boolean, pl.Date))
    for row in rows:
        table.add_row(*row)
    return table


def _print_records(console, columns: list[str], rows) -> None:
    """Each row as a record: a rule naming it, then one line per column (its name, its value wrapped)."""
    from rich.rule import Rule
    from rich.table import Table

    for number, row in enumerate(rows, 1):
        console.print(Rule(f"row {number}", align="left"))
        record = Table(box=None, show_header=False)
        record.add_column(style="bold", no_wrap=True)
        record.add_column(overflow="fold")
        for name, cell in zip(columns, row):
            record.add_row(name, cell)
        console.print(record)


def printable(text: str) -> str:
    """Text that is safe on a terminal: control and format characters (NUL, ESC sequences, a carriage return,
    bidirectional overrides) escaped as \\xNN or \\uNNNN; line breaks and tabs kept."""
    import unicodedata

    def safe(char: str) -> str:
        if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return char
        return char.encode("unicode_escape").decode("ascii")

    return "".join(map(safe, text))


def keep_traceback(error: BaseException) -> str:
    """Write the traceback of an unexpected error to a file; returns where."""
    import os
    import traceback

    path = Path(os.environ.get("PREFECT_HOME", ".")) / "last-error.txt"
    try:
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        return f"traceback in {path}"
    except OSError:
        return "its traceback could not be saved"


def quiet_console_tracebacks() -> None:
    """Prefect's console log shows each failure's whole traceback, several times; the run's one-line error says
    what happened, and the tracebacks stay in the logs Prefect keeps (its UI). Only the console loses them."""
    import logging

    class OneLine(logging.Formatter):
        def __init__(self, inner: logging.Formatter):
            super().__init__()
            self.inner = inner

        def format(self, record: logging.LogRecord) -> str:
            saved = record.exc_info, record.exc_text, record.stack_info
            record.exc_info = record.exc_text = record.stack_info = None
            try:
                return self.inner.format(record).splitlines()[0]
            finally:
                record.exc_info, record.exc_text, record.stack_info = saved

    for handler in logging.getLogger().handlers:
        if type(handler).__name__ == "PrefectConsoleHandler" and not isinstance(handler.formatter, OneLine):
            handler.setFormatter(OneLine(handler.formatter or logging.Formatter()))


class ConsoleUntilStop:
    """This process's stdout and stderr (file descriptors 1 and 2, which the processes it starts inherit) go through
    pipes that a thread each copies to the terminal, until `mute()`: from then on whatever any of those processes
    writes is dropped, until the block ends and this process has its terminal back.

    For `newswh serve` stopped by the user: the run in flight, its worker processes and Prefect's runner then print
    what each makes of the stop (a crash, a state, a traceback), none of which is what happened; the command says
    that in one line instead. Before the stop everything passes, as it is written."""

    def __init__(self) -> None:
        import threading

        self._muted = threading.Event()
        self._saved: dict[int, int] = {}
        self._copiers: list = []

    def __enter__(self) -> ConsoleUntilStop:
        import os
        import sys
        import threading

        for fd, stream in ((1, sys.stdout), (2, sys.stderr)):
            stream.flush()
            read_end, write_end = os.pipe()
            self._saved[fd] = os.dup(fd)
            os.dup2(write_end, fd)
            os.close(write_end)
            # The copier writes to a descriptor of its own: it may outlive the block (a child still writing).
            copier = threading.Thread(target=self._copy, args=(read_end, os.dup(self._saved[fd])), daemon=True)
            copier.start()
            self._copiers.append(copier)
        return self

    def _copy(self, read_end: int, terminal: int) -> None:
        import os

        while chunk := os.read(read_end, 65536):
            if not self._muted.is_set():
                try:
                    os.write(terminal, chunk)
                except OSError:
                    self._muted.set()  # the terminal went away: nothing can be shown any more
        os.close(read_end)
        os.close(terminal)

    def mute(self) -> None:
        self._muted.set()

    def say(self, line: str) -> None:
        """One line to the terminal, muted or not (inside the block or after it)."""
        import os
        import sys

        terminal = self._saved.get(1)
        if terminal is None:
            print(line, flush=True)
            return
        sys.stdout.flush()
        try:
            os.write(terminal, (line + "\n").encode())
        except OSError:
            pass  # the terminal went away (or the block ended and closed it): nothing can be shown

    def __exit__(self, *_exc) -> None:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        for fd, saved in self._saved.items():
            os.dup2(saved, fd)
            os.close(saved)
        self._saved = {}  # closed: their numbers may now belong to other files
        if not self._muted.is_set():
            # What was written last is still shown; a child that still holds a pipe keeps it open, hence the limit.
            for copier in self._copiers:
                copier.join(timeout=1)
