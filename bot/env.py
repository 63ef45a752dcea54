"""Values read from the environment (`.env`), each checked alone: an error names the variable
in one line a person can act on, never a traceback from inside a client."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.core.errors import ConfigError


def ollama_host_from(env: Mapping[str, str], default: str, *, check: bool) -> str:
    raw = env.get("OLLAMA_HOST", "").strip()
    if not raw:
        return default
    return check_model_url("OLLAMA_HOST", raw) if check else raw


def check_model_url(variable: str, raw: str) -> str:
    """`raw` as a model server URL (host, host:port or scheme://host:port/path, as Ollama reads
    OLLAMA_HOST), or a ConfigError naming `variable`: a bad port or bracket must be one clear
    line, not a traceback from inside the client. Also for each item of a list of URLs."""
    text = raw.strip()
    scheme, sep, _ = text.partition("://")
    if sep and scheme not in ("http", "https"):
        raise ConfigError(f"{variable}={raw!r}: the scheme must be http or https, not {scheme!r}")
    try:
        split = urlsplit(text if sep else f"http://{text}")
        port = split.port
    except ValueError as exc:
        reason = "the port must be a number from 1 to 65535" if "ort" in str(exc) else str(exc)
        raise ConfigError(f"{variable}={raw!r} is not a server address: {reason}") from None
    if not split.hostname or port == 0 or any(c.isspace() for c in text):
        raise ConfigError(
            f"{variable}={raw!r} is not a server address (expected e.g. http://127.0.0.1:11434)"
        )
    return text


def model_api_from_env(env: Mapping[str, str], *, check: bool) -> dict[str, Any]:
    """LLUMI_MODEL_API, LLUMI_MODEL_URLS (one URL or a comma-separated list) and
    LLUMI_MODEL_API_KEY; an OpenAI-compatible server has no default address, so it needs URLs."""
    api = env.get("LLUMI_MODEL_API", "").strip().lower() or "ollama"
    if api not in ("ollama", "openai"):
        raise ConfigError(f"LLUMI_MODEL_API={api!r}: use ollama or openai")
    urls = tuple(u.strip().rstrip("/") for u in env.get("LLUMI_MODEL_URLS", "").split(","))
    urls = tuple(u for u in urls if u)
    if check:
        urls = tuple(check_model_url("LLUMI_MODEL_URLS", url) for url in urls)
    if len(set(urls)) != len(urls):
        raise ConfigError("LLUMI_MODEL_URLS names the same host twice")
    if check and api == "openai" and not urls:
        raise ConfigError(
            "LLUMI_MODEL_API=openai needs LLUMI_MODEL_URLS (e.g. http://127.0.0.1:8000/v1)"
        )
    return {
        "model_api": api,
        "model_urls": urls,
        "model_api_key": env.get("LLUMI_MODEL_API_KEY", "").strip() or None,
    }


def temperature_from(env: Mapping[str, str], default: float) -> float:
    """LLUMI_TEMPERATURE: 0 (always the same wording) to 2; unlike other numbers 0 is valid."""
    raw = env.get("LLUMI_TEMPERATURE", "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"LLUMI_TEMPERATURE={raw!r} is not a number") from None
    if not 0 <= value <= 2:
        raise ConfigError(f"LLUMI_TEMPERATURE must be between 0 and 2, not {raw}")
    return value


def default_db_path(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(
        Path(env.get("HOME") or Path.home()) / ".local" / "share"
    )
    return Path(base) / "llumi" / "llumi.db"


def load_dotenv_file() -> None:
    """Load `.env` from the working directory without overriding the real environment."""
    from dotenv import load_dotenv

    load_dotenv(Path.cwd() / ".env", override=False)
