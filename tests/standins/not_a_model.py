"""A server on 127.0.0.1 that answers every request with the same thing, and that thing is not a
model response: an HTML page with status 200 (a captive portal, a proxy's error page), a line
that is not JSON, or JSON of the wrong shape. What a model client must turn into its own error
instead of a crash.

    with NotAModel(body="<html>login</html>", content_type="text/html") as server:
        server.url      # "http://127.0.0.1:PORT"
        server.hits     # how many requests it answered
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from aiohttp import web

HTML_PAGE = "<!doctype html><html><body><h1>Sign in to the hotel wifi</h1></body></html>"


class NotAModel:
    def __init__(
        self, *, body: str = HTML_PAGE, status: int = 200, content_type: str = "text/html"
    ) -> None:
        self.body = body
        self.status = status
        self.content_type = content_type
        self.hits = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _answer(self, request: web.Request) -> web.Response:
        await request.read()
        self.hits += 1
        return web.Response(
            status=self.status, body=self.body.encode(), content_type=self.content_type
        )

    def __enter__(self) -> NotAModel:
        ready = threading.Event()

        async def serve() -> None:
            app = web.Application()
            app.router.add_route("*", "/{tail:.*}", self._answer)
            self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            loop.run_until_complete(serve())
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="not-a-model", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the not-a-model server did not start")
        return self

    def __exit__(self, *exc: Any) -> None:
        loop, runner = self._loop, self._runner
        if loop is not None and runner is not None:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)
