"""What crosses a process boundary: a chunk's results as one `bytes` object, frames inside as Arrow IPC.

Why not let the pool (or Dask) pickle polars frames itself: the pickling then happens on a thread of the pool's
own (Dask's event loop, the process pool's feeder and result threads) while polars computes on another thread of
the same process. A Dask run hung that way for a quarter of an hour: its worker's event-loop thread inside
`DataFrame.__getstate__` and its task thread inside a `collect`, each waiting on the other (polars' serialisation
and a computation that calls back into Python compete for polars' thread pool and the interpreter lock). Packing
and unpacking here, on the thread that computed the frames (or that will use them), removes the concurrency: the
transport has nothing but bytes to move.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

import polars as pl


def _frame_from_ipc(data: bytes) -> pl.DataFrame:
    return pl.read_ipc(data)


def _series_from_ipc(data: bytes) -> pl.Series:
    return _frame_from_ipc(data).to_series()


def _ipc(frame: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.write_ipc(buffer, compression="uncompressed")
    return buffer.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any):
        if isinstance(obj, pl.DataFrame):
            return _frame_from_ipc, (_ipc(obj),)
        if isinstance(obj, pl.Series):
            return _series_from_ipc, (_ipc(obj.to_frame()),)
        return NotImplemented


def pack(value: Any) -> bytes:
    """`value` (any picklable object, polars frames and series included) as bytes."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def unpack(data: bytes) -> Any:
    """The object `pack` packed."""
    return pickle.loads(data)
