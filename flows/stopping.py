"""How a run stops: Ctrl-C or SIGTERM from the user, a cancellation by Prefect's runner, and what the run then
says of the warehouse (where it was, whether its load had committed)."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import dataclass

from prefect.context import FlowRunContext
from prefect.exceptions import TerminationSignal


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM stopped the run (Prefect ends the flow run Crashed); the message says what the warehouse
    holds."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class Progress:
    """Where a run is, for the message of a run that stops: the stage, and whether its load has committed."""

    stage: str = "waiting for the warehouse"
    committed: bool = False


@dataclass(frozen=True)
class Stop:
    """A stop, understood: whether Prefect's runner cancelled the run, and the message that says what the warehouse
    holds."""

    cancelled: bool
    message: str

    @property
    def status(self) -> str:
        return "cancelled" if self.cancelled else "interrupted"


def understood(stop: BaseException, progress: Progress) -> Stop:
    """What a KeyboardInterrupt or TerminationSignal that reached the run means, at this point of the run."""
    cancelled = isinstance(stop, TerminationSignal) and cancelled_by_runner()
    what = "cancelled by Prefect" if cancelled else f"interrupted ({_signal_name(stop)})"
    message = (f"{what} after the load committed: the run's documents are in the warehouse" if progress.committed
               else f"{what} during {progress.stage}: nothing was loaded, the warehouse is as before")
    return Stop(cancelled, message)


def cancelled_by_runner() -> bool:
    """Whether Prefect's runner sent this SIGTERM to cancel the run (then Prefect itself ends it Cancelled). Prefect
    keeps that intent in a private module; without it, a stop is taken for an interruption."""
    try:
        from prefect._internal.control_listener import get_intent
    except ImportError:
        return False
    return get_intent() == "cancel"


def started_by_a_runner() -> bool:
    """Whether Prefect's runner (`newswh serve`), not the user, started this run's process: the run of a deployment.
    The runner runs a flow it serves in a spawned process (`run_flow_in_subprocess`) whose environment does not name
    the flow run: PREFECT__FLOW_RUN_ID is set only in a `python -m prefect.engine` process (a worker's, or a
    runner's that loads the flow from storage)."""
    if os.environ.get("PREFECT__FLOW_RUN_ID"):
        return True
    context = FlowRunContext.get()
    return context is not None and context.flow_run is not None and context.flow_run.deployment_id is not None


def leave_ctrl_c_to_the_runner() -> None:
    """A run that Prefect's runner started (`newswh serve`) shares the terminal's process group: a Ctrl-C reaches it
    as well as the runner, which cancels it with a SIGTERM a moment later. Two stops would race: the second would land
    in the handling of the first (in the DuckDB statement that records the run it comes out as DuckDB's own
    RuntimeError 'Query interrupted', with a traceback). The runner decides, as the run's own workers leave it to the
    run."""
    if threading.current_thread() is threading.main_thread() and started_by_a_runner():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _signal_name(stop: BaseException) -> str:
    return signal.Signals(stop.signal).name if isinstance(stop, TerminationSignal) else "Ctrl-C"
