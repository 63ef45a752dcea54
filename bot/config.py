"""Settings from the environment (`.env`) and communities from the TOML file moderators edit.

Every error names the file, the community and the key, in one line, so `llumi doctor` and a
failed start can say exactly what to fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.errors import ConfigError as ConfigError
from bot.env import (
    default_db_path,
    load_dotenv_file,
    model_api_from_env,
    ollama_host_from,
    temperature_from,
)
from bot.phrases import unmatchable
from bot.sweeps.cron import cron_trigger
from policies.levels import Level
from policies.resources import CrisisLine, UnknownLocale, line_from_mapping, resources_for

ConcernRoute = Literal["alert", "digest", "none"]
ModelApi = Literal["ollama", "openai"]


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> timedelta:
    """ "30m" -> 30 minutes. Units: s, m, h, d."""
    match = _DURATION.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a duration like 30s, 30m, 2h or 1d")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


@dataclass(frozen=True)
class SweepConfig:
    every: timedelta | None = None
    cron: str | None = None
    unanswered_after: timedelta = timedelta(hours=2)
    max_age: timedelta = timedelta(hours=48)
    max_posts: int = 50
    timezone: str = "UTC"
    ignore_authors: tuple[str, ...] = ("AutoModerator",)


@dataclass(frozen=True)
class PolicyConfig:
    extra_phrases: Mapping[Level, tuple[str, ...]] = field(default_factory=dict)
    ignore_phrases: tuple[str, ...] = ()
    draft_on_high: bool = False
    second_opinion: bool = True  # the model's second opinion on posts below `high`


class PlatformSettings(Protocol):
    """A community's settings for its own platform (its subreddit; its Discord server and
    channels), read by that platform's `adapters/<name>/config.py`. The core carries them to the
    platform's adapter and never looks inside."""

    @property
    def platform(self) -> str:
        """The platform's name, as communities.toml spells it (`platform = "reddit"`)."""
        ...


@dataclass(frozen=True)
class PlatformConfig:
    """How one platform reads its own keys of a `[[community]]` table and its secrets from the
    environment; the composition root lists one per platform (`bot/cli/compose.PLATFORMS`)."""

    #: The platform's own keys, allowed beside the common ones.
    keys: frozenset[str]
    #: Reads those keys (errors through `reader.fail`, naming the file, community and key).
    parse: Callable[[TableReader], PlatformSettings]
    #: The platform's credentials from the environment: None when none is set, a ConfigError
    #: naming the variables when they are half set. Opaque to the core.
    credentials: Callable[[Mapping[str, str]], object | None]
    #: The credentials as messages name them when set ("DISCORD_TOKEN is") and when missing.
    named_when_set: str
    named_when_missing: str


@dataclass(frozen=True)
class Community:
    name: str
    locale: str
    #: What the community's platform needs to know (opaque to the core).
    settings: PlatformSettings
    concern: ConcernRoute = "alert"
    sweep: SweepConfig | None = None
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    resources: tuple[CrisisLine, ...] | None = None

    @property
    def platform(self) -> str:
        """The platform the community lives on, as communities.toml spells it."""
        return self.settings.platform

    def crisis_lines(self) -> tuple[CrisisLine, ...]:
        """The community's own list when it has one, else its locale's reviewed list."""
        return self.resources if self.resources is not None else resources_for(self.locale)


_COMMON = {"name", "platform", "locale", "concern", "sweep", "policy", "resources"}
_SWEEP = {
    "every",
    "cron",
    "unanswered_after",
    "max_age",
    "max_posts",
    "timezone",
    "ignore_authors",
}
_POLICY = {"extra_phrases", "ignore_phrases", "draft_on_high", "second_opinion"}


class TableReader:
    """Reads one table with errors that name the file, the community and the key."""

    def __init__(self, path: Path, community: str, table: Mapping[str, Any], prefix: str = ""):
        self.path, self.community, self.table, self.prefix = path, community, table, prefix

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(
            f"{self.path}: community {self.community!r}: key {self.prefix}{key}: {problem}"
        )

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.table:
            if key not in allowed:
                raise self.fail(key, f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, required=False):  # type: ignore[no-untyped-def]
        if key not in self.table:
            if required or default is ...:
                raise self.fail(key, "missing (required)")
            return default
        value = self.table[key]
        if isinstance(value, bool) and kind is not bool and bool not in _as_tuple(kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got {type(value).__name__}")
        return value

    def duration(self, key: str, default: timedelta | None) -> timedelta | None:
        if key not in self.table:
            return default
        try:
            return parse_duration(self.table[key])
        except ValueError as exc:
            raise self.fail(key, str(exc)) from None

    def int_list(self, key: str, default: tuple[int, ...] = (), *, required: bool = False):  # type: ignore[no-untyped-def]
        values = self.get(key, list, list(default), required=required)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise self.fail(key, "expected a list of integer ids")
        return tuple(values)

    def str_list(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        values = self.get(key, list, list(default))
        if not all(isinstance(v, str) for v in values):
            raise self.fail(key, "expected a list of strings")
        return tuple(values)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "an integer",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    return " or ".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def _parse_community(
    path: Path, index: int, raw: Mapping[str, Any], platforms: Mapping[str, PlatformConfig]
) -> Community:
    name = raw.get("name") if isinstance(raw.get("name"), str) else f"#{index + 1}"
    r = TableReader(path, str(name), raw)
    name = r.get("name", str, required=True)
    platform = r.get("platform", str, required=True)
    if platform not in platforms:
        expected = " or ".join(f'"{known}"' for known in platforms)
        raise r.fail("platform", f"expected {expected}, got {platform!r}")
    parser = platforms[platform]
    r.check_keys(_COMMON | parser.keys)
    locale = r.get("locale", str, required=True)
    sweep = _parse_sweep(path, name, raw["sweep"]) if "sweep" in raw else None
    concern = r.get("concern", str, "digest" if sweep else "alert")
    if concern not in ("alert", "digest", "none"):
        raise r.fail("concern", f'expected "alert", "digest" or "none", got {concern!r}')
    if concern == "digest" and sweep is None:
        raise r.fail("concern", '"digest" needs a [community.sweep] table (or use "alert")')
    policy = _parse_policy(path, name, raw.get("policy", {}))
    resources = None
    if "resources" in raw:
        rr = TableReader(path, name, r.get("resources", dict), "resources.")
        rr.check_keys({"lines"})
        try:
            resources = tuple(line_from_mapping(x) for x in rr.get("lines", list, required=True))
        except (ValueError, TypeError, AttributeError) as exc:
            raise rr.fail("lines", str(exc)) from None
    else:
        try:
            resources_for(locale)
        except UnknownLocale as exc:
            raise r.fail("locale", str(exc)) from None
    return Community(
        name=name,
        locale=locale,
        settings=parser.parse(r),
        concern=concern,
        sweep=sweep,
        policy=policy,
        resources=resources,
    )


def _parse_sweep(path: Path, name: str, raw: Any) -> SweepConfig:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: community {name!r}: key sweep: expected a table")
    r = TableReader(path, name, raw, "sweep.")
    r.check_keys(_SWEEP)
    every = r.duration("every", None)
    cron = r.get("cron", str, None)
    if (every is None) == (cron is None):
        raise r.fail("every", 'give exactly one of every = "30m" or cron = "0 */2 * * *"')
    timezone = r.get("timezone", str, "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise r.fail("timezone", f"unknown time zone {timezone!r}") from None
    if cron is not None:
        try:
            cron_trigger(cron, timezone)
        except ValueError as exc:
            raise r.fail("cron", f"{cron!r}: {exc}") from None
    max_posts = r.get("max_posts", int, 50)
    if max_posts < 1:
        raise r.fail("max_posts", "must be at least 1")
    unanswered_after = r.duration("unanswered_after", timedelta(hours=2))
    max_age = r.duration("max_age", timedelta(hours=48))
    assert unanswered_after is not None and max_age is not None
    if max_age <= unanswered_after:
        raise r.fail("max_age", "must be longer than unanswered_after")
    return SweepConfig(
        every=every,
        cron=cron,
        unanswered_after=unanswered_after,
        max_age=max_age,
        max_posts=max_posts,
        timezone=timezone,
        ignore_authors=r.str_list("ignore_authors", ("AutoModerator",)),
    )


def _parse_policy(path: Path, name: str, raw: Any) -> PolicyConfig:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: community {name!r}: key policy: expected a table")
    r = TableReader(path, name, raw, "policy.")
    r.check_keys(_POLICY)
    extra_raw = r.get("extra_phrases", dict, {})
    extra: dict[Level, tuple[str, ...]] = {}
    for level_name, phrases in extra_raw.items():
        try:
            level = Level.parse(level_name)
        except ValueError as exc:
            raise r.fail(f"extra_phrases.{level_name}", str(exc)) from None
        if level is Level.NONE:
            raise r.fail(f"extra_phrases.{level_name}", "phrases at level none do nothing")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise r.fail(f"extra_phrases.{level_name}", "expected a list of strings")
        extra[level] = tuple(p for p in phrases if p.strip())
        bad = unmatchable(extra[level])
        if bad:
            raise r.fail(f"extra_phrases.{level_name}", "; ".join(bad))
    return PolicyConfig(
        extra_phrases=extra,
        ignore_phrases=r.str_list("ignore_phrases"),
        draft_on_high=r.get("draft_on_high", bool, False),
        second_opinion=r.get("second_opinion", bool, True),
    )


def load_communities(path: Path, platforms: Mapping[str, PlatformConfig]) -> list[Community]:
    """Parse and validate the communities file, each community's platform keys by its
    platform's parser; a missing file means no communities."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - {"community"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    raw_list = data.get("community", [])
    if not isinstance(raw_list, list):
        raise ConfigError(f"{path}: [[community]] must be an array of tables")
    communities = [_parse_community(path, i, raw, platforms) for i, raw in enumerate(raw_list)]
    seen: set[str] = set()
    for community in communities:
        if community.name in seen:
            raise ConfigError(f"{path}: community {community.name!r}: key name: used twice")
        seen.add(community.name)
    return communities


def _xdg_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


@dataclass(frozen=True)
class Settings:
    """Machine settings and secrets. Defaults match `.env.example`."""

    ollama_host: str = "http://127.0.0.1:11434"
    model_api: ModelApi = "ollama"
    #: LLUMI_MODEL_URLS: hosts serving the same model names; wins over OLLAMA_HOST (model_hosts).
    model_urls: tuple[str, ...] = ()
    model_api_key: str | None = field(default=None, repr=False)
    gm_model: str = "mistral:7b-instruct"
    im_model: str = "mistral:7b-instruct"
    model_timeout: float = 120.0
    model_concurrency: int = 2
    num_ctx: int = 4096
    temperature: float = 0.7
    locale: str = "en-US"
    db_path: Path = field(default_factory=lambda: _xdg_data_home() / "llumi" / "llumi.db")
    retention_days: int = 30
    restart_backoff: float = 1.0
    communities_path: Path = Path("communities.toml")
    alert_retry_max: float = 60.0  # seconds, at most, between two tries of a pending alert
    reddit_poll: float = 10.0  # seconds between two polls of a subreddit listing
    # the model stages around drafting: "" means the GM model, "off" switches the stage off
    safety_model: str = ""
    safety_timeout: float = 20.0
    risk_model: str = ""
    risk_timeout: float = 20.0

    @property
    def judge_model(self) -> str | None:
        """The safety judge's model (LLUMI_SAFETY_MODEL), or None when it is switched off."""
        return _stage_model(self.safety_model, self.gm_model)

    @property
    def opinion_model(self) -> str | None:
        """The second opinion's model (LLUMI_RISK_MODEL), or None when it is switched off."""
        return _stage_model(self.risk_model, self.gm_model)

    @property
    def model_hosts(self) -> tuple[str, ...]:
        """The model servers to use: LLUMI_MODEL_URLS, else (for Ollama) OLLAMA_HOST."""
        if self.model_urls:
            return self.model_urls
        if self.model_api == "ollama":
            return (self.ollama_host,)
        raise ConfigError(
            "LLUMI_MODEL_API=openai needs LLUMI_MODEL_URLS (e.g. http://host:8000/v1)"
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, model: bool = True) -> Settings:
        """Read settings from `env` (default: os.environ after loading `.env`). Without `model`
        (a command that never asks the model, e.g. `screen`) OLLAMA_HOST is not checked."""
        if env is None:
            load_dotenv_file()
            env = os.environ

        def number(key: str, default: float, kind: type = float) -> Any:
            raw = env.get(key, "").strip()
            if not raw:
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise ConfigError(f"{key}={raw!r} is not a number") from None
            if value <= 0:
                raise ConfigError(f"{key} must be positive, not {raw}")
            return value

        defaults = cls()
        return cls(
            ollama_host=ollama_host_from(env, defaults.ollama_host, check=model),
            **model_api_from_env(env, check=model),
            gm_model=env.get("LLUMI_GM_MODEL", "").strip() or defaults.gm_model,
            im_model=env.get("LLUMI_IM_MODEL", "").strip() or defaults.im_model,
            model_timeout=number("LLUMI_MODEL_TIMEOUT", defaults.model_timeout),
            model_concurrency=number("LLUMI_MODEL_CONCURRENCY", defaults.model_concurrency, int),
            num_ctx=number("LLUMI_NUM_CTX", defaults.num_ctx, int),
            temperature=temperature_from(env, defaults.temperature),
            locale=env.get("LLUMI_LOCALE", "").strip() or defaults.locale,
            db_path=Path(env["LLUMI_DB"]).expanduser()
            if env.get("LLUMI_DB")
            else default_db_path(env),
            retention_days=number("LLUMI_RETENTION_DAYS", defaults.retention_days, int),
            restart_backoff=number("LLUMI_RESTART_BACKOFF", defaults.restart_backoff),
            communities_path=Path(env.get("LLUMI_COMMUNITIES") or "communities.toml").expanduser(),
            alert_retry_max=number("LLUMI_ALERT_RETRY_MAX", defaults.alert_retry_max),
            reddit_poll=number("LLUMI_REDDIT_POLL", defaults.reddit_poll),
            safety_model=env.get("LLUMI_SAFETY_MODEL", "").strip(),
            safety_timeout=number("LLUMI_SAFETY_TIMEOUT", defaults.safety_timeout),
            risk_model=env.get("LLUMI_RISK_MODEL", "").strip(),
            risk_timeout=number("LLUMI_RISK_TIMEOUT", defaults.risk_timeout),
        )


def _stage_model(value: str, gm_model: str) -> str | None:
    if value.casefold() == "off":
        return None
    return value or gm_model


def check_platforms(
    settings: Settings,
    communities: list[Community],
    platforms: Mapping[str, PlatformConfig],
    credentials: Mapping[str, object | None],
) -> None:
    """A half-configured platform is an error at start: credentials without a community or the
    reverse."""
    has = {c.platform for c in communities}
    for name, platform in platforms.items():
        if credentials.get(name) is not None and name not in has:
            raise ConfigError(
                f"{platform.named_when_set} set but {settings.communities_path} has no {name}"
                " community"
            )
        if name in has and credentials.get(name) is None:
            raise ConfigError(
                f"a {name} community is configured but {platform.named_when_missing} not set"
            )
