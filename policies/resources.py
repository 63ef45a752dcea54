"""Crisis lines per locale, loaded from the reviewed `resources.toml` shipped with the package."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources as package_files
from typing import Any


class UnknownLocale(ValueError):
    """A locale with no reviewed crisis lines; the message names the locales that exist."""


@dataclass(frozen=True)
class CrisisLine:
    name: str
    phone: str | None = None
    text: str | None = None
    url: str | None = None
    checked: date | None = None
    source: str | None = None
    #: An address the line answers by email (Samaritans: jo@samaritans.org); most have none.
    email: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "phone": self.phone,
            "text": self.text,
            "url": self.url,
            "checked": self.checked.isoformat() if self.checked else None,
            "source": self.source,
            **({"email": self.email} if self.email else {}),
        }

    def describe(self) -> str:
        """One line a person can act on: "Samaritans: call 116 123, https://www.samaritans.org"."""
        ways = []
        if self.phone:
            ways.append(f"call {self.phone}")
        if self.text and self.text != self.phone:
            ways.append(self.text if self.text.lower().startswith("text") else f"text {self.text}")
        elif self.text:
            ways.append(f"or text {self.text}" if ways else f"text {self.text}")
        if self.url:
            ways.append(self.url)
        if self.email:
            ways.append(f"email {self.email}")
        return f"{self.name}: {', '.join(ways)}" if ways else self.name


def line_from_mapping(raw: Mapping[str, Any]) -> CrisisLine:
    """Build a line from TOML (the shipped file or a community's [community.resources])."""
    known = {"name", "phone", "text", "url", "email", "checked", "source"}
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown key(s) in a crisis line: {', '.join(sorted(unknown))}")
    if not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise ValueError("a crisis line needs a name")
    if not any(raw.get(k) for k in ("phone", "text", "url", "email")):
        raise ValueError(f"crisis line {raw['name']!r} needs a phone, a text, a url or an email")
    checked = raw.get("checked")
    return CrisisLine(
        name=raw["name"],
        phone=str(raw["phone"]) if raw.get("phone") else None,
        text=str(raw["text"]) if raw.get("text") else None,
        url=str(raw["url"]) if raw.get("url") else None,
        checked=checked if isinstance(checked, date) else None,
        source=str(raw["source"]) if raw.get("source") else None,
        email=str(raw["email"]) if raw.get("email") else None,
    )


@cache
def _toml() -> dict[str, Any]:
    text = package_files.files("policies").joinpath("resources.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _catalogue() -> dict[str, tuple[CrisisLine, ...]]:
    return {
        locale: tuple(line_from_mapping(raw) for raw in entry["lines"])
        for locale, entry in _toml()["locale"].items()
    }


@cache
def citable_lines() -> tuple[CrisisLine, ...]:
    """Every real line a reply may name: each locale's lines (a reply may name another
    country's) and the `[also]` lines, well-known services that are not shown with escalations
    (the old US Lifeline number, the Trevor Project, Childline...). The output gate lets their
    numbers, emails and sites through; the scrubber keeps them."""
    also = _toml().get("also", {})
    return tuple(
        [line for locale in known_locales() for line in _catalogue()[locale]]
        + [line_from_mapping(raw) for entry in also.values() for raw in entry["lines"]]
    )


def known_locales() -> list[str]:
    return sorted(_catalogue())


def resources_for(locale: str) -> tuple[CrisisLine, ...]:
    """The reviewed lines for `locale` ("en-GB"); an unknown locale is an error naming the known."""
    catalogue = _catalogue()
    if locale in catalogue:
        return catalogue[locale]
    raise UnknownLocale(f"unknown locale {locale!r}; known locales: {', '.join(known_locales())}")


def resource_urls(lines: Iterable[CrisisLine]) -> set[str]:
    """The URLs a draft may link to (the output gate allows these and no others)."""
    return {line.url for line in lines if line.url}
