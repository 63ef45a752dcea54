"""Persistent buttons (under drafts and alerts) and the modals they open.

Buttons are `DynamicItem`s: their custom_id carries the draft or alert id, and the client
registers the classes on start (`add_dynamic_items`), so a button pressed after a restart still
works without any view kept in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

import discord

from adapters.discord_app.context import ButtonActions
from bot.core.domain import DIMENSIONS

_ID = r"[A-Za-z0-9_-]{1,64}"
MODAL_TEXT_LIMIT = 4000  # Discord's maximum for a text input


class HasCommands(Protocol):
    @property
    def commands(self) -> ButtonActions: ...


def _commands(interaction: discord.Interaction[Any]) -> ButtonActions:
    client: HasCommands = interaction.client
    return client.commands


class DraftButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"llumi:draft:(?P<action>regen|rate|used):(?P<draft_id>{_ID})",
):
    """Regenerate, rate, or "I used it" for one draft."""

    LABELS: ClassVar[dict[str, str]] = {"regen": "Regenerate", "rate": "Rate", "used": "I used it"}
    STYLES: ClassVar[dict[str, discord.ButtonStyle]] = {
        "regen": discord.ButtonStyle.secondary,
        "rate": discord.ButtonStyle.primary,
        "used": discord.ButtonStyle.success,
    }

    def __init__(self, action: str, draft_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=self.LABELS[action],
                style=self.STYLES[action],
                custom_id=f"llumi:draft:{action}:{draft_id}",
            )
        )
        self.action = action
        self.draft_id = draft_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> DraftButton:
        return cls(match["action"], match["draft_id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        commands = _commands(interaction)
        if self.action == "regen":
            await commands.regenerate(interaction, self.draft_id)
        elif self.action == "rate":
            await commands.open_rating(interaction, self.draft_id)
        else:
            await commands.open_used(interaction, self.draft_id)


class ClaimButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"llumi:claim:(?P<alert_id>{_ID})",
):
    """ "I'm on it" under an alert: records who took it and stops the re-ping."""

    def __init__(self, alert_id: str, taken_by: str | None = None) -> None:
        label = "I'm on it" if taken_by is None else f"Taken by {taken_by}"[:80]
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.danger if taken_by is None else discord.ButtonStyle.grey,
                custom_id=f"llumi:claim:{alert_id}",
                disabled=taken_by is not None,
            )
        )
        self.alert_id = alert_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ClaimButton:
        return cls(match["alert_id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _commands(interaction).claim_alert(interaction, self.alert_id)


class HasVerdicts(Protocol):
    @property
    def verdicts(self) -> VerdictActions: ...


class VerdictActions(Protocol):
    async def on_verdict(
        self, interaction: discord.Interaction[Any], word: str, alert_id: str
    ) -> None: ...


class VerdictButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"llumi:verdict:(?P<word>right|wrong|concern|high|imminent):(?P<alert_id>{_ID})",
):
    """A moderator's verdict on an alert: the right call, not a crisis, or the level it should
    have had. The answer is private; the alert message stays as it is for the others."""

    LABELS: ClassVar[dict[str, str]] = {
        "right": "Right call",
        "wrong": "Not a crisis",
        "concern": "Should be concern",
        "high": "Should be high",
        "imminent": "Should be imminent",
    }

    def __init__(self, word: str, alert_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=self.LABELS[word],
                style=discord.ButtonStyle.secondary,
                custom_id=f"llumi:verdict:{word}:{alert_id}",
                row=1,
            )
        )
        self.word = word
        self.alert_id = alert_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> VerdictButton:
        return cls(match["word"], match["alert_id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        client: HasVerdicts = interaction.client
        await client.verdicts.on_verdict(interaction, self.word, self.alert_id)


def draft_view(draft_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ("regen", "rate", "used"):
        view.add_item(DraftButton(action, draft_id))
    return view


def claim_view(alert_id: str, taken_by: str | None = None) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ClaimButton(alert_id, taken_by))
    for word in VerdictButton.LABELS:  # a second row: the moderators' verdicts on the gate
        view.add_item(VerdictButton(word, alert_id))
    return view


class RatingModal(discord.ui.Modal):
    """The five dimensions of the LLUMI paper, 1-5 each."""

    def __init__(self, draft_id: str) -> None:
        super().__init__(title="Rate this draft (1-5)", custom_id=f"llumi:rate:{draft_id}")
        self.draft_id = draft_id
        self.fields: dict[str, discord.ui.TextInput[Any]] = {}
        for name in DIMENSIONS:
            field: discord.ui.TextInput[Any] = discord.ui.TextInput(
                label=name.capitalize(),
                custom_id=name,
                placeholder="1 (poor) to 5 (excellent)",
                min_length=1,
                max_length=1,
                required=True,
            )
            self.fields[name] = field
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Handled statelessly by `submitted_modal` (also after a restart)."""


def parse_scores(values: dict[str, str]) -> dict[str, int]:
    """The five scores of a rating modal; ValueError naming the dimension that is not 1-5."""
    scores: dict[str, int] = {}
    for name in DIMENSIONS:
        raw = values.get(name, "").strip()
        if raw not in {"1", "2", "3", "4", "5"}:
            raise ValueError(f"{name} must be a number from 1 to 5")
        scores[name] = int(raw)
    return scores


class UsedModal(discord.ui.Modal):
    """What the helper actually posted, so an edited draft becomes an improvement pair."""

    def __init__(self, draft_id: str, default: str | None = None) -> None:
        super().__init__(title="The reply you posted", custom_id=f"llumi:used:{draft_id}")
        self.draft_id = draft_id
        self.final_text: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Your reply as posted",
            custom_id="final_text",
            style=discord.TextStyle.paragraph,
            default=(default or "")[:MODAL_TEXT_LIMIT] or None,
            max_length=MODAL_TEXT_LIMIT,
            required=True,
        )
        self.add_item(self.final_text)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Handled statelessly by `submitted_modal` (also after a restart)."""


class ImproveModal(discord.ui.Modal):
    """For "Improve my reply": the link of the post the helper answered."""

    def __init__(self, reply_message: discord.Message, default_link: str | None) -> None:
        super().__init__(
            title="Improve my reply",
            custom_id=f"llumi:improve:{reply_message.channel.id}:{reply_message.id}",
        )
        self.post_link: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Link to the post you replied to",
            custom_id="post_link",
            placeholder="https://discord.com/channels/…",
            default=default_link,
            max_length=200,
            required=True,
        )
        self.add_item(self.post_link)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Handled statelessly by `submitted_modal` (also after a restart)."""


_MODAL = re.compile(
    rf"llumi:(?:(?P<kind>rate|used):(?P<draft_id>{_ID})|improve:(?P<channel>\d+):(?P<message>\d+))"
)


@dataclass(frozen=True)
class SubmittedModal:
    """A llumi modal's submission, read from the interaction alone (no state kept in memory,
    so a modal opened before a restart still works after it)."""

    kind: str  # "rate", "used" or "improve"
    values: dict[str, str]
    draft_id: str = ""
    channel_id: int = 0
    message_id: int = 0


def submitted_modal(interaction: discord.Interaction[Any]) -> SubmittedModal | None:
    if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
        return None
    match = _MODAL.fullmatch(str(interaction.data.get("custom_id", "")))
    if match is None:
        return None
    values = modal_values(interaction)
    if match["kind"]:
        return SubmittedModal(match["kind"], values, draft_id=match["draft_id"])
    return SubmittedModal(
        "improve", values, channel_id=int(match["channel"]), message_id=int(match["message"])
    )


def modal_values(interaction: discord.Interaction[Any]) -> dict[str, str]:
    """A modal submission's values by the inputs' custom ids (read from the raw payload)."""
    values: dict[str, str] = {}

    def walk(components: Any) -> None:
        for component in components or []:
            if component.get("type") == 1:
                walk(component.get("components"))
            elif component.get("type") == 18:  # a Label wrapping one input
                walk([component.get("component") or {}])
            elif "custom_id" in component:
                values[str(component["custom_id"])] = str(component.get("value") or "")

    data: Any = interaction.data or {}
    walk(data.get("components"))
    return values
