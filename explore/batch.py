"""Notebooks run headless by papermill, several at once, each in a kernel of its own.

What a batch of notebooks needs beyond ``papermill.execute_notebook``:

- **No process-wide state.** papermill's ``cwd=`` changes the working directory of the
  whole process for the length of a run, so a second notebook started in another thread
  resolves its paths against the first one's folder. Here every kernel is started in the
  notebooks' folder by nbclient (its ``resources`` path) and the calling process never
  changes directory; callers pass absolute paths.
- **Batch charts.** The kernel, and only the kernel, gets ``EXPLORE_BATCH=1`` in its
  environment: charts then draw as static SVG in the executed notebook (no widget state of
  a megabyte each, readable without JavaScript).
- **Replies never missed.** pyzmq's asyncio poll can miss the wake-up of a reply that
  arrives while many widget messages do (measured: a cell whose reply the kernel sent
  after 5 s was seen by the client only at the 45 s cell timeout). The kernel client here
  looks again every quarter of a second.
- **Quiet shutdown.** jupyter_client interrupts a kernel before asking it to shut down;
  an idle kernel logs that interrupt as an ERROR. A finished notebook's kernel is not
  interrupted.
- **Stoppable.** The kernels of a run are known to it: ``stop()`` kills them all at once
  and no queued notebook starts.
- **No port races.** On POSIX each kernel talks over Unix sockets in a folder of its own:
  with TCP, jupyter_client picks free ports that the kernel binds only later, and two
  kernels starting together may collide (a dead kernel, or a heartbeat traceback on
  stderr). Elsewhere a kernel that dies before it starts is started again.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.channels import AsyncZMQSocketChannel
from jupyter_client.manager import AsyncKernelManager
from traitlets import Type

BATCH_ENV = "EXPLORE_BATCH"  # set in a batch kernel's environment: explore.charts reads it
POLL_SECONDS = 0.25
STOP_SECONDS = 5.0  # at most this long to wait for stopped notebooks to let go


def in_batch() -> bool:
    """True inside a kernel that a batch run started (charts then draw as static SVG)."""
    return os.environ.get(BATCH_ENV) == "1"


class _AttentiveChannel(AsyncZMQSocketChannel):
    """A channel that waits for a message in short polls, so a missed wake-up costs
    a quarter of a second instead of the whole timeout."""

    async def get_msg(self, timeout: float | None = None) -> dict[str, Any]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = POLL_SECONDS if deadline is None else deadline - time.monotonic()
            try:
                return await super().get_msg(timeout=max(0.0, min(POLL_SECONDS, left)))
            except queue.Empty:
                if deadline is not None and time.monotonic() >= deadline:
                    raise


_KERNEL_STARTS = 3  # tries to start a notebook's kernel (see _run)


class _BatchClient(AsyncKernelClient):
    shell_channel_class = Type(_AttentiveChannel)
    iopub_channel_class = Type(_AttentiveChannel)
    control_channel_class = Type(_AttentiveChannel)


class _Kernels:
    """The live kernels of one batch run, by process id."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pids: set[int] = set()
        self.stopping = threading.Event()

    def add(self, pid: int) -> None:
        with self._lock:
            self._pids.add(pid)
        if self.stopping.is_set():  # started while the run was being stopped
            self.kill()

    def discard(self, pid: int) -> None:
        with self._lock:
            self._pids.discard(pid)

    def kill(self) -> None:
        with self._lock:
            pids = list(self._pids)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):  # gone already
                os.kill(pid, signal.SIGKILL)


class _BatchKernel(AsyncKernelManager):
    """A kernel with the batch environment, known to its run, shut down without the
    interrupt that an idle kernel logs as an error."""

    def __init__(self, *, kernels: _Kernels, env: Mapping[str, str], **kwargs: Any) -> None:
        self._sockets: str | None = None
        if os.name == "posix":
            # Unix sockets in a folder of this kernel's own, not TCP ports: jupyter_client
            # picks free ports and the kernel binds them later, so a port another kernel
            # of the run takes in between kills a kernel, or its heartbeat, at start-up
            self._sockets = tempfile.mkdtemp(prefix="explore-kernel-")
            kwargs = {"transport": "ipc", "ip": os.path.join(self._sockets, "k"), **kwargs}
        super().__init__(client_factory=_BatchClient, **kwargs)
        self._kernels = kernels
        self._env = env
        self._pid: int | None = None

    async def _async_start_kernel(self, **kw: Any) -> None:
        kw["env"] = {**os.environ, **kw.get("env", {}), **self._env, BATCH_ENV: "1"}
        await super()._async_start_kernel(**kw)
        self._pid = getattr(self.provisioner, "pid", None)
        if self._pid is not None:
            self._kernels.add(self._pid)

    start_kernel = _async_start_kernel

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:  # the notebook is done: nothing runs that needs stopping
            return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel

    async def _async_shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        try:
            await super()._async_shutdown_kernel(now=now, restart=restart)
        finally:
            if self._pid is not None:
                self._kernels.discard(self._pid)
            if not restart:
                self.remove_sockets()

    shutdown_kernel = _async_shutdown_kernel

    def remove_sockets(self) -> None:
        """Remove this kernel's socket folder (its kernel is done, or never started)."""
        if self._sockets is not None:
            shutil.rmtree(self._sockets, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class Job:
    """One notebook to run: from ``source`` to ``target``, with these parameters."""

    source: Path
    target: Path
    parameters: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.source.stem


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one notebook went: ``error`` says, in words, what stopped it."""

    name: str
    seconds: float
    error: str | None = None


class Batch:
    """Runs notebooks ``jobs`` at a time, each kernel started in ``cwd`` with ``env``
    added to its environment (the caller's own environment is left as it is).

    ``start`` launches them, ``wait`` returns the outcomes in the order the notebooks
    finish; an exception in the calling thread (Ctrl-C) stops every kernel at once and
    starts no queued notebook.
    """

    def __init__(
        self, *, jobs: int, cwd: Path, cell_timeout: float, env: Mapping[str, str] | None = None
    ) -> None:
        self.jobs = max(1, jobs)
        self.cwd = cwd
        self.env = dict(env or {})  # added to each kernel's environment
        self.cell_timeout = cell_timeout
        self._kernels = _Kernels()

    def start(self, jobs: Sequence[Job]) -> None:
        """Start the notebooks in the background; the caller may work meanwhile, and must
        call ``wait`` (or ``stop``)."""
        self._todo: queue.Queue[Job] = queue.Queue()
        for job in jobs:
            self._todo.put(job)
        self._expected = len(jobs)
        self._done: queue.Queue[Outcome] = queue.Queue()
        self._workers = [
            threading.Thread(target=self._work, args=(self._todo, self._done), daemon=True)
            for _ in range(min(self.jobs, len(jobs)))
        ]
        for worker in self._workers:
            worker.start()

    def wait(self, on_done: Callable[[Outcome], None] = lambda _: None) -> list[Outcome]:
        """The outcomes in the order the notebooks finish, each passed to ``on_done`` as
        it comes; an exception here (Ctrl-C) stops every kernel at once."""
        outcomes: list[Outcome] = []
        try:
            while len(outcomes) < self._expected:
                try:
                    outcome = self._done.get(timeout=0.2)  # short waits: signals get through
                except queue.Empty:
                    continue
                outcomes.append(outcome)
                on_done(outcome)
        except BaseException:
            self.stop()
            raise
        return outcomes

    def stop(self) -> None:
        """Kill every running kernel and start no more notebooks; return once the workers
        have let go (their kernels die within a second), so that none is still writing
        when the caller cleans up. A second Ctrl-C cuts the wait short."""
        self._kernels.stopping.set()
        self._kernels.kill()
        deadline = time.monotonic() + STOP_SECONDS
        for worker in getattr(self, "_workers", []):
            worker.join(max(0.0, deadline - time.monotonic()))

    def _work(self, todo: queue.Queue[Job], done: queue.Queue[Outcome]) -> None:
        while not self._kernels.stopping.is_set():
            try:
                job = todo.get_nowait()
            except queue.Empty:
                return
            done.put(self._run(job))

    def _run(self, job: Job) -> Outcome:
        import papermill
        from nbclient.exceptions import CellTimeoutError, DeadKernelError

        started = time.perf_counter()

        def outcome(error: str | None = None) -> Outcome:
            return Outcome(job.name, time.perf_counter() - started, error)

        job.target.parent.mkdir(parents=True, exist_ok=True)
        try:
            for attempt in range(_KERNEL_STARTS):
                km = _BatchKernel(kernel_name="python3", kernels=self._kernels, env=self.env)
                try:
                    papermill.execute_notebook(
                        str(job.source),
                        str(job.target),
                        parameters=dict(job.parameters),
                        km=km,
                        resources={"metadata": {"path": str(self.cwd)}},  # the kernel's cwd
                        progress_bar=False,
                        execution_timeout=self.cell_timeout,
                        # the kernel's own log: its start-up warnings (plain TCP on
                        # localhost) are noise in a batch run; cell errors are in the notebook
                        extra_arguments=["--IPKernelApp.log_level=ERROR"],
                    )
                    break
                except RuntimeError as err:
                    # jupyter_client picks free ports, the kernel binds them later: another
                    # process may take one in between and the kernel dies before it starts.
                    # Nothing ran yet, so starting a new kernel is safe.
                    died = "before replying to kernel_info" in str(err)
                    if not died or attempt == _KERNEL_STARTS - 1 or self._kernels.stopping.is_set():
                        raise
                finally:
                    km.remove_sockets()
        except papermill.PapermillExecutionError as err:
            where = _cell(job.source, err.source)
            return outcome(f"{where} raised {err.ename}: {err.evalue}")
        except CellTimeoutError:
            where = _running_cell(job)
            return outcome(f"{where} did not finish within {self.cell_timeout:g} s")
        except DeadKernelError:
            if self._kernels.stopping.is_set():
                return outcome("stopped: the run was interrupted")
            return outcome(f"its kernel died while {_running_cell(job)} ran")
        except Exception as err:  # a notebook that is not JSON, a kernel that won't start
            if self._kernels.stopping.is_set():
                return outcome("stopped: the run was interrupted")
            return outcome(f"{type(err).__name__}: {err}")
        return outcome()


def _cell(source: Path, code: str) -> str:
    """'cell 4 (`corpus = explore.load_corpus(...)`)': numbered as in the notebook file."""
    import nbformat

    first = next((line for line in code.splitlines() if line.strip()), "").strip()
    label = f"(`{first[:60]}{'…' if len(first) > 60 else ''}`)"
    try:
        cells = nbformat.read(source, as_version=4).cells
    except (OSError, ValueError):
        return f"a cell {label}"
    for n, cell in enumerate(cells, 1):
        if cell.cell_type == "code" and cell.source == code:
            return f"cell {n} {label}"
    return f"the injected parameters cell {label}"


def _running_cell(job: Job) -> str:
    """The cell that was running: the last one papermill gave a start time, in the
    notebook it saves as it goes (it marks even a timed-out cell 'completed')."""
    import nbformat

    try:
        cells = nbformat.read(job.target, as_version=4).cells
    except (OSError, ValueError):
        return "a cell"
    started = [
        cell
        for cell in cells
        if cell.cell_type == "code" and cell.metadata.get("papermill", {}).get("start_time")
    ]
    return _cell(job.source, started[-1].source) if started else "a cell"
