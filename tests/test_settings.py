"""Settings decided once, by type: the task runner is a TaskRunner wherever a run's settings are read."""

from __future__ import annotations

import pytest

from flows.settings import RunSettings, TaskRunner


def test_the_task_runner_is_an_object_given_as_object_or_value():
    assert RunSettings().task_runner is TaskRunner.default
    assert RunSettings(task_runner="dask").task_runner is TaskRunner.dask
    assert RunSettings(task_runner=TaskRunner.dask).task_runner is TaskRunner.dask
    assert TaskRunner.dask.value == "dask"  # what etl_run records and the flow's parameter carries


def test_an_unknown_task_runner_is_refused():
    with pytest.raises(ValueError):
        RunSettings(task_runner="spark")
