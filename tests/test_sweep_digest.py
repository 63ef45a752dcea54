"""Digest rendering: ages, order, reasons, the cap's wording, and parts within platform limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord_app.context import MESSAGE_LIMIT as DISCORD_LIMIT
from adapters.reddit.client import MESSAGE_LIMIT as REDDIT_LIMIT
from bot.sweeps.digest import (
    Digest,
    DigestEntry,
    format_age,
    render_parts,
    render_text,
)
from policies.levels import Level

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def entry(number: int, hours: float, **kw: object) -> DigestEntry:
    fields: dict[str, object] = {
        "key": f"reddit:t3_{number}",
        "url": f"https://redd.it/{number}",
        "section": "post",
        "level": Level.NONE,
        "created_at": NOW - timedelta(hours=hours),
    }
    fields.update(kw)
    return DigestEntry(**fields)  # type: ignore[arg-type]


def digest(**kw: object) -> Digest:
    fields: dict[str, object] = {
        "community": "calm",
        "generated_at": NOW,
        "unanswered_after": timedelta(hours=2),
        "max_age": timedelta(hours=48),
    }
    fields.update(kw)
    return Digest(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (timedelta(seconds=20), "<1m"),
        (timedelta(minutes=45), "45m"),
        (timedelta(hours=3), "3h"),
        (timedelta(hours=3, minutes=20), "3h 20m"),
        (timedelta(days=2, hours=4, minutes=59), "2d 4h"),
        (timedelta(days=1), "1d"),
        (None, "age unknown"),
    ],
)
def test_ages_read_like_a_person_would_say_them(age: timedelta | None, text: str) -> None:
    assert format_age(age) == text


def test_each_entry_has_its_link_age_and_draft_or_the_reason_there_is_none() -> None:
    d = digest(
        crises=(
            entry(
                1, 4, section="crisis", level=Level.IMMINENT, note="Escalated at once (alert a-1)."
            ),
        ),
        concerns=(entry(2, 1.5, section="concern", level=Level.CONCERN),),
        posts=(
            entry(3, 30, draft_id="d-abc", draft_text="You are not alone.\n\nTell us more?"),
            entry(4, 5, reason="the model's drafts failed the safety check (urls)"),
            entry(5, 3, reason="Ollama is not running: start it with `ollama serve`"),
        ),
    )
    text = render_text(d)
    assert re.findall(r"redd\.it/(\d)", text) == ["1", "2", "3", "4", "5"]
    assert "https://redd.it/1 · 4h old · level imminent\nEscalated at once (alert a-1)." in text
    assert "No draft: crisis posts are never drafted" in text
    assert "https://redd.it/2 · 1h 30m old · level concern" in text
    assert "Draft d-abc:\n> You are not alone.\n>\n> Tell us more?" in text
    assert "https://redd.it/4 · 5h old\nNo draft: the model's drafts failed" in text
    assert "No draft: Ollama is not running" in text
    assert "Crisis: 1 (escalated at once); concern from the watcher: 1; others: 3" in text
    assert "(1 with a draft, 2 without)" in text
    assert "__Crisis posts (escalated at once)__" in text


def test_the_cap_says_how_many_more_were_not_shown() -> None:
    assert "**7 more not shown** (max_posts = 3)" in render_text(
        digest(posts=(entry(1, 3),), left_out=7, max_posts=3)
    )
    assert "**at least 7 more not shown**" in render_text(
        digest(posts=(entry(1, 3),), left_out=7, left_out_at_least=True, max_posts=3)
    )
    assert "more not shown" not in render_text(digest(posts=(entry(1, 3),)))


@pytest.mark.parametrize("limit", [REDDIT_LIMIT, DISCORD_LIMIT])
def test_parts_stay_within_the_platform_limit_numbered_and_complete(limit: int) -> None:
    long_draft = ("I hear how heavy this is. " * 30).strip()  # ~780 characters
    posts = tuple(entry(i, 40 - i / 2, draft_id=f"d-{i}", draft_text=long_draft) for i in range(40))
    parts = render_parts(digest(posts=posts), limit)
    assert len(parts) > 1
    assert all(len(p.text) <= limit for p in parts)
    assert [p.text.split(" ", 1)[0] for p in parts] == [
        f"({i}/{len(parts)})" for i in range(1, len(parts) + 1)
    ]
    keys = [k for p in parts for k in p.post_keys]
    assert keys == [f"reddit:t3_{i}" for i in range(40)]  # each once, in digest order
    # a post's key goes with the part that ends its entry
    for part in parts:
        for key in part.post_keys:
            assert f"redd.it/{key.rsplit('_', 1)[1]} " in "\n".join(
                p.text for p in parts[: parts.index(part) + 1]
            )


def test_an_entry_longer_than_a_discord_message_is_split_and_completed_in_its_last_part() -> None:
    huge = "word " * 700  # 3,500 characters: more than one Discord message
    parts = render_parts(
        digest(posts=(entry(1, 5, draft_id="d-1", draft_text=huge.strip()),)), 2000
    )
    assert len(parts) >= 2 and all(len(p.text) <= 2000 for p in parts)
    assert [p.post_keys for p in parts][-1] == ("reddit:t3_1",)
    assert all(p.post_keys == () for p in parts[:-1])
    assert sum(p.text.count("word") for p in parts) == 700


def test_a_digest_survives_the_journal_without_any_draft_text() -> None:
    d = digest(
        crises=(entry(1, 4, section="crisis", level=Level.HIGH, note="Escalated at once."),),
        posts=(entry(2, 6, draft_id="d-2", draft_text="Secret draft words", banner="Careful"),),
        left_out=2,
        max_posts=1,
    )
    stored = d.to_json()
    assert "Secret draft words" not in str(stored)
    again = Digest.from_json(stored)
    texts = {"d-2": "Secret draft words"}
    assert [p.text for p in render_parts(again, 10_000, texts.get)] == [
        p.text for p in render_parts(d, 10_000)
    ]


def test_a_draft_deleted_since_says_so_instead_of_vanishing() -> None:
    again = Digest.from_json(digest(posts=(entry(2, 6, draft_id="d-2"),)).to_json())
    (part,) = render_parts(again, 10_000, lambda _id: None)
    assert "No draft: draft d-2 was deleted" in part.text


def test_a_dry_run_digest_says_so_first() -> None:
    text = render_text(digest(crises=(entry(1, 3, section="crisis"),), dry_run=True))
    assert text.startswith("DRY RUN:")
    assert "Crisis: 1 (NOT escalated: dry run)" in text and "escalated at once" not in text


@settings(max_examples=60, deadline=None)
@given(
    drafts=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
            max_size=3000,
        ),
        min_size=1,
        max_size=12,
    ),
    limit=st.sampled_from([200, 500, 2000, 10_000]),
)
def test_any_digest_fits_its_limit_and_completes_every_post_once(
    drafts: list[str], limit: int
) -> None:
    posts = tuple(
        entry(i, 40 - i, draft_id=f"d-{i}", draft_text=text or None, reason="none")
        for i, text in enumerate(drafts)
    )
    parts = render_parts(digest(posts=posts, left_out=3, max_posts=len(posts)), limit)
    assert all(len(p.text) <= limit for p in parts)
    assert [k for p in parts for k in p.post_keys] == [e.key for e in posts]
