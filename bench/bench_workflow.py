"""Benchmark: the review queue and the workload panels on a generated store.

Prints medians for the queue (ordered, with deadlines), the workloads of all three panel roles and one
person's notifications, and, as the baseline measured in the same run, a raw sqlite3 read of the same
article rows; then the ratios against that baseline. The panels run on a worker thread, never on the
GUI thread; this says how long a desk chief waits for them.

    .venv/bin/python bench/bench_workflow.py [--articles N] [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from meja_redaksi.domain.entities import Assignment, utcnow
from meja_redaksi.domain.enums import AssignmentStatus, Role
from meja_redaksi.store import Store, newsroom
from meja_redaksi.store.demo import build_demo

RAW_QUERY = (
    "SELECT id, headline, status, desk_id, reporter_id, photographer_id, editor_id, created_at, "
    "updated_at, assignment_id, embargo_until, scheduled_at FROM articles "
    "WHERE deleted = 0 AND status IN ('draft', 'returned', 'submitted', 'editing')"
)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` in milliseconds (one warm-up call first)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def add_assignments(store: Store, count: int) -> None:
    """``count`` assignments spread over the reporters, a quarter of them overdue."""
    reporters = store.people.list(role=Role.REPORTER)
    now = utcnow()
    for number in range(count):
        store.assignments.save(
            Assignment(
                title=f"Liputan {number}",
                reporter_ids=[reporters[number % len(reporters)].id],
                deadline=now + timedelta(hours=(number % 8) - 2),
                status=AssignmentStatus.ASSIGNED,
            )
        )


def main() -> None:
    """Build the store, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        with Store.open(path) as store:
            build_demo(store, articles=args.articles)
            add_assignments(store, count=200)
            reporter = store.people.list(role=Role.REPORTER)[0]
            raw = sqlite3.connect(path)
            try:
                baseline = median_ms(lambda: raw.execute(RAW_QUERY).fetchall(), args.runs)
            finally:
                raw.close()
            results = {
                "review queue": median_ms(lambda: newsroom.review_queue(store), args.runs),
                "workloads (3 roles)": median_ms(
                    lambda: newsroom.workloads_by_role(
                        store, (Role.REPORTER, Role.PHOTOGRAPHER, Role.EDITOR)
                    ),
                    args.runs,
                ),
                "notifications": median_ms(
                    lambda: newsroom.notifications(store, reporter), args.runs
                ),
            }
            queued = len(newsroom.review_queue(store))
    print(f"{args.articles} articles, {queued} in the queue, median of {args.runs} runs")
    print(f"baseline raw sqlite3 read of the active rows: {baseline:8.1f} ms")
    for name, value in results.items():
        print(f"{name:28s} {value:8.1f} ms   ratio {value / baseline:5.2f}")


if __name__ == "__main__":
    main()
