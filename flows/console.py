"""What a command shows on the terminal: one-line errors, tables, text made safe, and Prefect's console log kept
to one line per record."""

from __future__ import annotations

import json
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


def print_table(frame) -> None:
    import polars as pl

    with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
        typer.echo(frame)
    typer.echo(f"({frame.height} row{'s' if frame.height != 1 else ''})")


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

    def __exit__(self, *_exc) -> None:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        for fd, saved in self._saved.items():
            os.dup2(saved, fd)
            os.close(saved)
        if not self._muted.is_set():
            # What was written last is still shown; a child that still holds a pipe keeps it open, hence the limit.
            for copier in self._copiers:
                copier.join(timeout=1)
