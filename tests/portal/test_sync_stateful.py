"""A hypothesis state machine: random offline edits on three devices, random syncs and wire faults.

However the steps interleave, the devices end up with the same article, and every word anyone typed is
in it or held in a visible conflict on the device that typed it.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient, PortalUnreachable
from meja_redaksi.sync.engine import SyncEngine
from meja_redaksi.sync.replica import MemoryReplica

START = "Satu dua tiga.\n\nEmpat lima enam.\n\nTujuh delapan sembilan."
DEVICES = 3


def test_random_offline_edits_converge_without_loss(
    portal: LocalPortal, proxy: Any, client_for: Callable[[str], PortalClient], password: str
) -> None:
    clients = []
    for username in ("rina", "budi", "eka"):
        client = PortalClient(proxy.url, timeout=10)
        client.login(username, password)
        clients.append(client)
    tokens = itertools.count()

    class Newsroom(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.article_id = str(uuid.uuid4())
            self.devices = [SyncEngine(MemoryReplica(), client) for client in clients]
            self.typed: list[tuple[int, str]] = []
            self.devices[0].replica.edit("article", self.article_id, {"body": START})  # type: ignore[attr-defined]
            for engine in self.devices:
                engine.sync()

        def replica(self, index: int) -> MemoryReplica:
            replica = self.devices[index].replica
            assert isinstance(replica, MemoryReplica)
            return replica

        def body(self, index: int) -> str:
            return str(self.replica(index).value("article", self.article_id, "body"))

        @rule(
            device=st.integers(0, DEVICES - 1),
            paragraph=st.integers(0, 5),
            position=st.integers(0, 8),
        )
        def insert_word(self, device: int, paragraph: int, position: int) -> None:
            token = f"kata{next(tokens)}"
            paragraphs = self.body(device).split("\n\n")
            words = paragraphs[paragraph % len(paragraphs)].split(" ")
            words.insert(position % (len(words) + 1), token)
            paragraphs[paragraph % len(paragraphs)] = " ".join(words)
            self.replica(device).edit("article", self.article_id, {"body": "\n\n".join(paragraphs)})
            self.typed.append((device, token))

        @rule(device=st.integers(0, DEVICES - 1))
        def add_paragraph(self, device: int) -> None:
            token = f"paragraf{next(tokens)}"
            text = self.body(device) + f"\n\nParagraf baru {token}."
            self.replica(device).edit("article", self.article_id, {"body": text})
            self.typed.append((device, token))

        @rule(
            device=st.integers(0, DEVICES - 1),
            fault=st.sampled_from(["pass", "drop_request", "drop_response"]),
        )
        def sync(self, device: int, fault: str) -> None:
            proxy.plan = [fault]
            with contextlib.suppress(PortalUnreachable):
                self.devices[device].sync()
            proxy.plan = []

        @invariant()
        def nothing_typed_is_lost_here(self) -> None:
            for device, token in self.typed:
                held = " ".join(str(c.mine.get("body", "")) for c in self.replica(device).conflicts)
                assert (
                    token in self.body(device)
                    or token in held
                    or any(token in self.body(other) for other in range(DEVICES))
                ), token

        def teardown(self) -> None:
            for _ in range(3):
                for engine in self.devices:
                    engine.sync()
            bodies = {self.body(i) for i in range(DEVICES)}
            assert len(bodies) == 1, bodies
            (final,) = bodies
            for device, token in self.typed:
                held = " ".join(str(c.mine.get("body", "")) for c in self.replica(device).conflicts)
                assert token in final or token in held, (token, final, held)
            for index in range(DEVICES):
                assert not self.replica(index).outbox

    run_state_machine_as_test(
        Newsroom,
        settings=settings(
            max_examples=8,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    for client in clients:
        client.close()
