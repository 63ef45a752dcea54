"""Serving a fine-tuned model: an Ollama model made of a base, a LoRA adapter, the GM or IM system
prompt from `prompts/`, and the bot's sampling parameters.

Ollama's create API (`POST /api/create`) takes `model`, `from`, `adapters` (file name -> sha256
digest), `system` and `parameters`, not a Modelfile text; the adapter files are uploaded first to
`POST /api/blobs/sha256:DIGEST` (the ollama client's `create_blob`). The equivalent Modelfile is
written next to the adapter for the record, so a person can see (and rebuild with `ollama create
-f`) exactly what was served.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import ollama

from bot.core.errors import LlumiError

Role = Literal["gm", "im"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9._-]+)*(?::[A-Za-z0-9._-]+)?$")
# What Ollama itself picks up from an adapter directory (its parser's filesForModel): the weights
# in one of these forms, plus the JSON configuration files.
_WEIGHT_PATTERNS = ("adapters.safetensors", "adapter_model.safetensors", "*.gguf", "*.bin")


class ServingError(LlumiError, ValueError):
    """A model that cannot be created from what was given; the message says what to fix."""


def check_name(name: str) -> str:
    if not _NAME.match(name) or len(name) > 200:
        raise ServingError(f"{name!r} is not an Ollama model name (like llumi-gm:v1)")
    return name


def adapter_files(path: Path) -> dict[str, Path]:
    """The files to upload for a LoRA adapter: a single file (GGUF or safetensors) or a
    directory like PEFT writes (adapter_model.safetensors + adapter_config.json), keyed by the
    file name Ollama will see."""
    if path.is_file():
        return {path.name: path}
    if not path.is_dir():
        raise ServingError(f"adapter {path} does not exist")
    weights: list[Path] = []
    for pattern in _WEIGHT_PATTERNS:
        weights = sorted(p for p in path.glob(pattern) if p.is_file())
        if weights:
            break
    if not weights:
        raise ServingError(
            f"adapter {path} has no weights (adapter_model.safetensors, adapters.safetensors,"
            " *.gguf or *.bin)"
        )
    configs = sorted(p for p in path.glob("*.json") if p.is_file())
    return {p.name: p for p in [*weights, *configs]}


def _quote(value: str) -> str:
    """Modelfile quoting: triple quotes for text with newlines or double quotes."""
    if "\n" in value or '"' in value or value != value.strip():
        if '"""' in value:
            raise ServingError('a Modelfile value cannot contain """')
        return f'"""{value}"""'
    return value


def modelfile_text(
    base: str, adapter: Path | None, system: str, parameters: Mapping[str, Any]
) -> str:
    lines = [f"FROM {base}"]
    if adapter is not None:
        lines.append(f"ADAPTER {adapter.resolve()}")
    lines.append(f"SYSTEM {_quote(system)}")
    for key, value in parameters.items():
        values = value if isinstance(value, list | tuple) else [value]
        lines.extend(f"PARAMETER {key} {_quote(str(v))}" for v in values)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class CreatedModel:
    name: str
    base: str
    role: Role
    prompt_version: str
    adapters: dict[str, str]
    parameters: dict[str, Any]
    modelfile: Path | None
    status: str


def create_model(
    client: ollama.Client,
    name: str,
    base: str,
    *,
    role: Role = "gm",
    lora: Path | None = None,
    parameters: Mapping[str, Any] | None = None,
    modelfile_path: Path | None = None,
) -> CreatedModel:
    """Upload the adapter's files as blobs, then create `name` through `/api/create`.

    Raises ServingError for bad input, and the ollama client's errors (ResponseError,
    ConnectionError, httpx errors) when the server refuses or cannot be reached."""
    from prompts import load

    check_name(name)
    template = load(role)
    params = dict(parameters or {})
    files = adapter_files(lora) if lora is not None else {}
    if modelfile_path is None and lora is not None:
        folder = lora if lora.is_dir() else lora.parent
        modelfile_path = folder / f"Modelfile.{re.sub(r'[^A-Za-z0-9._-]', '_', name)}"
    if modelfile_path is not None:
        modelfile_path.write_text(
            modelfile_text(base, lora, template.system, params), encoding="utf-8"
        )
    digests = {file_name: client.create_blob(path) for file_name, path in files.items()}
    response = client.create(
        model=name,
        from_=base,
        adapters=digests or None,
        system=template.system,
        parameters=params or None,
        stream=False,
    )
    return CreatedModel(
        name=name,
        base=base,
        role=role,
        prompt_version=template.version,
        adapters=digests,
        parameters=params,
        modelfile=modelfile_path,
        status=str(response.status or ""),
    )
