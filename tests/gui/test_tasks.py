"""The task runner: results on the GUI thread, coalescing by key, cancelled tasks forgotten."""

from __future__ import annotations

import threading

from meja_redaksi.gui.tasks import TaskRunner


def test_a_task_cancelled_before_it_starts_is_forgotten(qtbot) -> None:
    runner = TaskRunner(lambda: None)
    gate = threading.Event()
    done: list[str] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    try:
        runner.submit(lambda store, task: gate.wait(10), on_done=lambda _: done.append("gate"))
        runner.submit(lambda store, task: "first", key="search", on_done=done.append)
        runner.submit(lambda store, task: "second", key="search", on_done=done.append)
        assert runner.pending() == 3
        gate.set()
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=10000)
        assert done == ["gate", "second"]
        assert busy == [True, False]
    finally:
        runner.shutdown()


def test_generator_jobs_report_progress_and_errors_are_one_line(qtbot) -> None:
    from meja_redaksi.domain import UserError

    runner = TaskRunner(lambda: None)
    progress: list[tuple[int, int]] = []
    results: list[object] = []
    errors: list[str] = []

    def counting(store, task):
        for step in range(3):
            yield (step + 1, 3)
        return "ok"

    def failing(store, task):
        raise UserError("disk penuh:\n  coba lagi")

    try:
        runner.submit(
            counting, on_progress=lambda d, t: progress.append((d, t)), on_done=results.append
        )
        runner.submit(failing, on_error=errors.append)
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=10000)
        assert progress == [(1, 3), (2, 3), (3, 3)]
        assert results == ["ok"]
        assert errors == ["disk penuh: coba lagi"]
    finally:
        runner.shutdown()
