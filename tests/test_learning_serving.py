"""`llumi model create` against the Ollama stand-in: the adapter goes up as blobs, /api/create gets
model/from/adapters/system/parameters (never a Modelfile text), the Modelfile is kept on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.learning import model
from bot.learning.serving import ServingError, adapter_files, modelfile_text
from prompts import load
from tests.standins.ollama import OllamaStandIn


def _peft_adapter(folder: Path) -> Path:
    folder.mkdir()
    (folder / "adapter_model.safetensors").write_bytes(b"\x00weights\x01" * 1000)
    (folder / "adapter_config.json").write_text('{"r": 8, "lora_alpha": 16}')
    (folder / "README.md").write_text("not uploaded")
    return folder


def _digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def test_model_create_uploads_blobs_then_creates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    adapter = _peft_adapter(tmp_path / "lora")
    monkeypatch.setenv("LLUMI_NUM_CTX", "8192")
    with OllamaStandIn(models=["mistral:7b-instruct"]) as ollama:
        monkeypatch.setenv("OLLAMA_HOST", ollama.url)
        result = CliRunner().invoke(
            model,
            ["create", "llumi-gm:v1", "--from", "mistral:7b-instruct", "--lora", str(adapter)],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        assert "LLUMI_GM_MODEL=llumi-gm:v1" in result.output
        paths = [path for path, _ in ollama.requests]
        created = ollama.created("llumi-gm:v1")
        weights, config = adapter / "adapter_model.safetensors", adapter / "adapter_config.json"
        assert ollama.has_blob(_digest(weights)) and ollama.has_blob(_digest(config))
        assert "llumi-gm:v1" in ollama.models
    # blobs first, then create
    assert paths[-1] == "/api/create"
    assert sorted(paths[:-1]) == sorted(
        [f"/api/blobs/{_digest(weights)}", f"/api/blobs/{_digest(config)}"]
    )
    assert created is not None
    assert created["from"] == "mistral:7b-instruct"
    assert created["adapters"] == {
        "adapter_model.safetensors": _digest(weights),
        "adapter_config.json": _digest(config),
    }
    assert created["system"] == load("gm").system
    assert created["parameters"] == {"num_ctx": 8192, "temperature": 0.7}
    assert "modelfile" not in created
    # the Modelfile is kept next to the adapter, for the record
    record = (adapter / "Modelfile.llumi-gm_v1").read_text()
    assert record.startswith("FROM mistral:7b-instruct\n")
    assert f"ADAPTER {adapter.resolve()}\n" in record
    assert f'SYSTEM """{load("gm").system}"""' in record
    assert "PARAMETER num_ctx 8192" in record and "PARAMETER temperature 0.7" in record


def test_im_role_without_adapter_uses_the_im_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with OllamaStandIn(models=["mistral:7b-instruct"]) as ollama:
        monkeypatch.setenv("OLLAMA_HOST", ollama.url)
        modelfile = tmp_path / "Modelfile"
        result = CliRunner().invoke(
            model,
            [
                *("create", "llumi-im", "--from", "mistral:7b-instruct"),
                *("--role", "im", "--modelfile", str(modelfile)),
            ],
        )
        assert result.exit_code == 0, result.output
        assert "LLUMI_IM_MODEL=llumi-im" in result.output
        created = ollama.created("llumi-im")
        assert created is not None and created["system"] == load("im").system
        assert "adapters" not in created
        assert not [p for p, _ in ollama.requests if p.startswith("/api/blobs")]
    assert "ADAPTER" not in modelfile.read_text()


def test_a_base_that_is_not_pulled_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    adapter = tmp_path / "adapter.gguf"
    adapter.write_bytes(b"GGUF" + b"\x00" * 64)
    with OllamaStandIn(models=["mistral:7b-instruct"]) as ollama:
        monkeypatch.setenv("OLLAMA_HOST", ollama.url)
        result = CliRunner().invoke(
            model, ["create", "x", "--from", "llama3:8b", "--lora", str(adapter)]
        )
    assert result.exit_code == 3
    assert "ollama pull llama3:8b" in result.output and "Traceback" not in result.output


def test_server_down_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unused_tcp_port: int
) -> None:
    monkeypatch.setenv("OLLAMA_HOST", f"http://127.0.0.1:{unused_tcp_port}")
    result = CliRunner().invoke(model, ["create", "x", "--from", "mistral:7b-instruct"])
    assert result.exit_code == 3
    assert "ollama serve" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["create", "bad name!", "--from", "m"], "not an Ollama model name"),
        (["create", "x", "--from", "m", "--lora", "/nonexistent/adapter"], "does not exist"),
    ],
)
def test_bad_input_exits_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(model, args)
    assert result.exit_code == 2
    assert message in result.output and result.output.count("\n") == 1


def test_adapter_files_and_modelfile_quoting(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ServingError, match="no weights"):
        adapter_files(empty)
    single = tmp_path / "a.gguf"
    single.write_bytes(b"x")
    assert adapter_files(single) == {"a.gguf": single}
    text = modelfile_text("base", None, 'Line one\nSay "hi"', {"stop": ["<|a|>", "<|b|>"]})
    assert text == (
        'FROM base\nSYSTEM """Line one\nSay "hi""""\nPARAMETER stop <|a|>\nPARAMETER stop <|b|>\n'
    )


def test_model_create_on_each_ollama_host(monkeypatch: pytest.MonkeyPatch) -> None:
    with OllamaStandIn() as first, OllamaStandIn() as second:
        monkeypatch.setenv("LLUMI_MODEL_URLS", f"{first.url},{second.url}")
        result = CliRunner().invoke(
            model, ["create", "llumi-gm:v2", "--from", "mistral:7b-instruct"]
        )
        assert result.exit_code == 0, result.output
        assert first.created("llumi-gm:v2") and second.created("llumi-gm:v2")


def test_model_create_on_another_engine_says_it_needs_ollama(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLUMI_MODEL_API", "openai")
    monkeypatch.setenv("LLUMI_MODEL_URLS", "http://127.0.0.1:9/v1")
    result = CliRunner().invoke(model, ["create", "x", "--from", "mistral:7b-instruct"])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "serves through Ollama" in result.output and "--lora-modules" in result.output
