"""One task runner: store, search and import work runs off the GUI thread, results come back by signal.

Each *lane* is one Python worker thread with its own store connection (opened in that thread by the
``opener`` given to :class:`TaskRunner`): ``read`` serves what the user waits for (first pages, rows),
``bulk`` the long reads (whole id lists, counts), ``write`` saves, so neither a slow save nor a long
count holds up search-as-you-type; ``aux`` has no store and writes the recovery journal and
builds previews. A job is ``fn(store, task)``; a job that is a generator
reports ``(done, total)`` progress at every yield and may be cancelled between yields. Results,
progress and errors go into a thread-safe queue that a GUI-thread timer drains while tasks are pending:
workers never call Qt. (Emitting a PySide6 6.12 signal from a Python thread corrupted reference counts
here: "deallocating True" after about a thousand emissions.)
"""

from __future__ import annotations

import itertools
import queue
import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from meja_redaksi.domain.errors import UserError

Job = Callable[[Any, "Task"], Any]
_ids = itertools.count(1)


@dataclass(eq=False)
class Task:
    """A submitted job: its callbacks, a cancel flag and a coalescing key."""

    job: Job
    lane: str
    key: str | None = None
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[str], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    id: int = field(default_factory=lambda: next(_ids))
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the job to stop; its result (if any) is dropped."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()


Delivery = tuple["Task", str, Any]
POLL_MS = 2


class _Lane(threading.Thread):
    def __init__(
        self, name: str, opener: Callable[[], Any] | None, results: queue.SimpleQueue[Delivery]
    ) -> None:
        super().__init__(name=f"meja-{name}", daemon=True)
        self.jobs: queue.Queue[Task | None] = queue.Queue()
        self.opener = opener
        self.results = results
        self.current: Task | None = None

    def run(self) -> None:
        store: Any = None
        opened = False
        while True:
            task = self.jobs.get()
            if task is None:
                break
            if task.cancelled:
                # Still report it, so the runner forgets it and pending() can reach zero.
                self.results.put((task, "cancelled", None))
                continue
            self.current = task
            try:
                if not opened and self.opener is not None:
                    store, opened = self.opener(), True
                result = task.job(store, task)
                if isinstance(result, Generator):
                    result = self._drive(result, task)
                self.results.put((task, "done", result))
            except UserError as exc:
                self.results.put((task, "error", " ".join(str(exc).split())))
            except Exception as exc:
                traceback.print_exc()
                self.results.put((task, "error", f"{type(exc).__name__}: {exc}"))
            finally:
                self.current = None
        close = getattr(store, "close", None)
        if callable(close):
            close()

    def _drive(self, steps: Generator[Any, None, Any], task: Task) -> Any:
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                return stop.value
            if task.cancelled:
                steps.close()
                return None
            if isinstance(step, tuple) and len(step) == 2:
                self.results.put((task, "progress", step))


class TaskRunner(QObject):
    """Runs jobs on worker lanes; every callback is called on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, opener: Callable[[], Any]) -> None:
        super().__init__()
        self._results: queue.SimpleQueue[Delivery] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)
        self._lanes = {
            name: _Lane(name, None if name == "aux" else opener, self._results)
            for name in ("read", "bulk", "write", "aux")
        }
        self._pending: dict[int, Task] = {}
        for lane in self._lanes.values():
            lane.start()

    def submit(
        self,
        job: Job,
        *,
        lane: str = "read",
        key: str | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Queue ``job``; a task with the same ``key`` still queued or running is cancelled first."""
        if key is not None:
            for other in self._pending.values():
                if other.key == key:
                    other.cancel()
        task = Task(job, lane, key, on_done, on_error, on_progress)
        self._pending[task.id] = task
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if not self._timer.isActive():
            self._timer.start()
        self._lanes[lane].jobs.put(task)
        return task

    def _drain(self) -> None:
        while True:
            try:
                task, kind, payload = self._results.get_nowait()
            except queue.Empty:
                break
            self._deliver(task, kind, payload)
        if not self._pending:
            self._timer.stop()

    def _deliver(self, task: Task, kind: str, payload: Any) -> None:
        if kind == "progress":
            if not task.cancelled and task.on_progress is not None:
                task.on_progress(*payload)
            return
        self._pending.pop(task.id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if task.cancelled:
            return
        if kind == "done" and task.on_done is not None:
            task.on_done(payload)
        elif kind == "error" and task.on_error is not None:
            task.on_error(payload)

    def cancel_key(self, key: str) -> None:
        """Cancel every queued or running task submitted with ``key``."""
        for task in self._pending.values():
            if task.key == key:
                task.cancel()

    def pending(self, lane: str | None = None) -> int:
        """How many tasks are queued or running (on ``lane`` only, when given)."""
        if lane is None:
            return len(self._pending)
        return sum(1 for task in self._pending.values() if task.lane == lane)

    def run_sync(self, job: Job, lane: str = "write", timeout: float = 30.0) -> Any:
        """Run ``job`` on a lane and wait for it (only for shutdown, when waiting is the point)."""
        done = threading.Event()
        box: dict[str, Any] = {}

        def wrapped(store: Any, task: Task) -> None:
            try:
                box["result"] = job(store, task)
            except Exception as exc:
                box["error"] = exc
            finally:
                done.set()

        self._lanes[lane].jobs.put(Task(wrapped, lane))
        if not done.wait(timeout):
            raise TimeoutError("the store did not answer in time")
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def shutdown(self, timeout: float = 10.0) -> None:
        """Drop queued jobs, let running ones end, close each lane's store and stop the threads.

        Saves that must not be lost are run with :meth:`run_sync` before this is called.
        """
        for task in self._pending.values():
            task.cancel()
        self._timer.stop()
        for lane in self._lanes.values():
            lane.jobs.put(None)
        for lane in self._lanes.values():
            lane.join(timeout)
