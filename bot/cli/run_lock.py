"""One `llumi run` per database: a second one on the same database would watch, escalate and
answer commands twice. An advisory lock (flock) on a file beside the database says who holds
it; the system releases it when the holder exits, however it exits (SIGKILL too), so a lock is
never left behind. `llumi sweep` and the other commands do not take it."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from bot.core.errors import LlumiError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock (llumi run is deployed on Unix)
    fcntl = None  # type: ignore[assignment]


class AlreadyRunning(LlumiError):
    """Another `llumi run` holds the database; the message names it, in one line."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".run.lock")


class RunLock:
    """Held for as long as this process runs the platforms on `db_path`."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        if fcntl is None or str(self.db_path) == ":memory:":
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 300, 0).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise AlreadyRunning(
                f"another llumi run ({holder}) is using the database {self.db_path}: stop it"
                " first, or give this one its own LLUMI_DB"
            ) from None
        since = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"process {os.getpid()} on {socket.gethostname()} since {since}".encode(), 0)
        self._fd = fd
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock; the file stays (unlinking it would race)
            self._fd = None
