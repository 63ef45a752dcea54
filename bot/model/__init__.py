"""The model: Ollama or an OpenAI-compatible engine (vLLM, llama-server, LM Studio), on one host
or several, behind one client with the guarantees a long-running bot needs (see `client`).

    client.py   ModelClient: deadlines, priority gate, retries, host choice, doctor checks
    backend.py  what an engine must do; ollama.py and openai.py are the two engines
    hosts.py    least-busy healthy host first, cool-down for a failing one
    gate.py     bounded concurrency, interactive requests first
    errors.py   ModelError / ModelUnavailable for people, AttemptFailed between the parts
"""

from bot.model.client import (
    CONNECT_TIMEOUT_S,
    MAX_OUTPUT_TOKENS,
    Generation,
    HostCheck,
    ModelClient,
    Role,
)
from bot.model.errors import ModelError, ModelUnavailable
from bot.model.gate import PrioritySemaphore

__all__ = [
    "CONNECT_TIMEOUT_S",
    "MAX_OUTPUT_TOKENS",
    "Generation",
    "HostCheck",
    "ModelClient",
    "ModelError",
    "ModelUnavailable",
    "PrioritySemaphore",
    "Role",
]
