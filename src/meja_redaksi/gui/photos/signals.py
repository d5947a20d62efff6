"""Emit Qt signals from Python without losing a reference to ``True`` (PySide6 6.12.0 bug workaround).

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every
Python-side emit drops one reference to the interpreter's ``True``; after a few thousand emits the
process aborts with "Fatal Python error: bool_dealloc". :func:`emit` gives the reference back, and only
when the running PySide6 really has the bug (measured once, at first use).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBE_EMITS = 200


class _Probe(QObject):
    ping = Signal()


@functools.cache
def emit_drops_true() -> bool:
    """Whether ``emit()`` in this PySide6 loses a reference to ``True`` (checked once)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back_true(lost)
    return lost >= _PROBE_EMITS // 2


def _give_back_true(count: int) -> None:
    true_object = ctypes.py_object(True)
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(true_object)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, restoring the reference to ``True`` that PySide6 6.12.0 drops."""
    signal.emit(*args)
    if emit_drops_true():
        _give_back_true(1)
