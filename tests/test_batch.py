"""explore.batch: a kernel that dies before it starts is started again; other errors are not."""

from pathlib import Path

import papermill
import pytest

from explore.batch import Batch, Job


def _batch(tmp_path: Path) -> tuple[Batch, Job]:
    job = Job(tmp_path / "in.ipynb", tmp_path / "out" / "in.ipynb")
    return Batch(jobs=1, cwd=tmp_path, cell_timeout=5), job


def test_a_kernel_that_died_before_starting_is_started_again(tmp_path, monkeypatch):
    calls = []

    def execute(*args, **kwargs):
        calls.append(kwargs["km"])
        if len(calls) == 1:  # what nbclient raises when the kernel could not bind its port
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    batch, job = _batch(tmp_path)
    outcome = batch._run(job)
    assert outcome.error is None
    assert len(calls) == 2 and calls[0] is not calls[1]  # a new kernel, not the dead one


def test_a_kernel_that_keeps_dying_is_reported(tmp_path, monkeypatch):
    def execute(*args, **kwargs):
        raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    batch, job = _batch(tmp_path)
    assert batch._run(job).error == "RuntimeError: Kernel died before replying to kernel_info"


@pytest.mark.parametrize("message", ["Kernel didn't respond in 60 seconds", "boom"])
def test_other_errors_are_not_retried(tmp_path, monkeypatch, message):
    calls = []

    def execute(*args, **kwargs):
        calls.append(1)
        raise RuntimeError(message)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    batch, job = _batch(tmp_path)
    assert batch._run(job).error == f"RuntimeError: {message}"
    assert calls == [1]
