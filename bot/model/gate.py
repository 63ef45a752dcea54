"""Bounded model concurrency with interactive requests first.

A Discord interaction token lasts 15 minutes and a moderator waits at the screen, while a sweep
can wait: so a freed slot goes to the oldest waiting interactive request before any sweep draft.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from dataclasses import dataclass, field

from bot.core.domain import Priority


@dataclass(order=True)
class _Waiter:
    priority: int
    order: int
    future: asyncio.Future[None] = field(compare=False)


class PrioritySemaphore:
    """A semaphore that admits waiting INTERACTIVE requests before waiting SWEEP ones (FIFO within
    a priority). A slot is handed straight to the next waiter on release, so a newcomer can never
    overtake someone already queued."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("the model concurrency must be at least 1")
        self.limit = limit
        self.active = 0
        self._waiters: list[_Waiter] = []
        self._order = itertools.count()

    @property
    def waiting(self) -> int:
        return sum(1 for w in self._waiters if not w.future.done())

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        if self.active < self.limit and not self.waiting:
            self.active += 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, _Waiter(int(priority), next(self._order), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # the slot was handed to us just as we were cancelled
            raise

    def release(self) -> None:
        while self._waiters:
            waiter = heapq.heappop(self._waiters)
            if not waiter.future.done():
                waiter.future.set_result(None)  # the slot passes on; `active` is unchanged
                return
        self.active -= 1
