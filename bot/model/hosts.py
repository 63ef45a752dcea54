"""Several model hosts serving the same model names: which one gets the next request.

The least busy healthy host first (ties go to the one picked longest ago, so load spreads); a host
that fails sits out a cool-down, doubled on each failure in a row up to a cap, then gets requests
again; its first success clears it. When every host is cooling down, the one whose cool-down ends
first is tried anyway: a lone host is never refused without a try.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

#: Seconds a failing host is skipped the first time; doubled per failure in a row up to the cap.
COOLDOWN_S = 15.0
COOLDOWN_CAP_S = 300.0

T = TypeVar("T")


@dataclass
class Host(Generic[T]):
    """One endpoint and what we know of it. `backend` is what talks to it."""

    url: str
    backend: T
    in_flight: int = 0
    failures_in_a_row: int = 0
    cooling_until: float = 0.0
    last_picked: int = -1

    def healthy(self, now: float) -> bool:
        return now >= self.cooling_until


class HostPool(Generic[T]):
    """Chooses hosts and keeps their health. Not thread-safe: one event loop uses it."""

    def __init__(
        self,
        hosts: Sequence[tuple[str, T]],
        *,
        cooldown: float = COOLDOWN_S,
        cooldown_cap: float = COOLDOWN_CAP_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not hosts:
            raise ValueError("at least one model host is needed")
        self.hosts = [Host(url, backend) for url, backend in hosts]
        self._cooldown = cooldown
        self._cap = cooldown_cap
        self._clock = clock
        self._picks = itertools.count()

    def pick(self) -> Host[T]:
        now = self._clock()
        healthy = [h for h in self.hosts if h.healthy(now)]
        if healthy:
            host = min(healthy, key=lambda h: (h.in_flight, h.last_picked))
        else:
            host = min(self.hosts, key=lambda h: (h.cooling_until, h.in_flight))
        host.last_picked = next(self._picks)
        return host

    @contextmanager
    def using(self, host: Host[T]) -> Iterator[Host[T]]:
        """Count a request in flight on `host` while the block runs."""
        host.in_flight += 1
        try:
            yield host
        finally:
            host.in_flight -= 1

    def failed(self, host: Host[T]) -> None:
        host.failures_in_a_row += 1
        pause = min(self._cap, self._cooldown * 2 ** (host.failures_in_a_row - 1))
        host.cooling_until = self._clock() + pause

    def succeeded(self, host: Host[T]) -> None:
        host.failures_in_a_row = 0
        host.cooling_until = 0.0

    def another_healthy(self, than: Host[T] | None = None) -> bool:
        """Is there a healthy host other than `than` to try at once (no backoff needed)?"""
        now = self._clock()
        return any(h is not than and h.healthy(now) for h in self.hosts)
