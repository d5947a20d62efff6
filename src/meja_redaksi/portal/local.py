"""A portal server run in a background thread on loopback: for the demo, the tests and the benchmarks."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from meja_redaksi.portal.app import create_app


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class LocalPortal:
    """Runs the portal app with uvicorn in a thread; ``url`` is where it answers."""

    def __init__(
        self, db_url: str, media_dir: Path, port: int | None = None, **app_options: Any
    ) -> None:
        self.db_url = db_url
        self.media_dir = media_dir
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.app_options = app_options
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app: Any = None

    @property
    def url(self) -> str:
        """The base URL of the running server."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> LocalPortal:
        """Start serving and wait until the server accepts connections."""
        self.app = create_app(self.db_url, self.media_dir, **self.app_options)
        config = uvicorn.Config(
            self.app, host=self.host, port=self.port, log_level="error", lifespan="on"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="local-portal", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the portal did not start on {self.url}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=20)
        if self.app is not None:
            self.app.state.db.dispose()
        self._server = None
        self._thread = None

    def restart(self) -> None:
        """Stop and start again on the same port and database (a server restart)."""
        self.stop()
        self.start()

    def __enter__(self) -> LocalPortal:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
