"""The personal-data scrubber: each kind is replaced (positive), ordinary text is left (negative),
and the reviewed crisis lines stay."""

from __future__ import annotations

import pytest

from bot.learning.scrub import ScrubCounts, crisis_lines_kept, find_personal_data, scrub
from policies.resources import citable_lines, known_locales, resources_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ask u/some_user about it", "ask [user] about it"),
        ("thanks /u/Other-1!", "thanks [user]!"),
        ("cc @sam_w, see you", "cc [user], see you"),
        ("ping <@!123456789012> or <@98765432>", "ping [user] or [user]"),
        ("write to jane.doe@example.com.", "write to [email]."),
        ("see https://example.com/a?b=1).", "see [link])."),
        ("try www.example.org/page, it helps", "try [link], it helps"),
        ("my blog myblog.com is there", "my blog [link] is there"),
        ("call me at (555) 123-4567 tonight", "call me at [phone] tonight"),
        ("or 555.123.4567", "or [phone]"),
        ("the office line 1-800-555-0199 moved", "the office line [phone] moved"),
        ("from the UK: +44 20 7946 0958", "from the UK: [phone]"),
        ("or 020 7946 0958 in London", "or [phone] in London"),
    ],
)
def test_personal_data_is_replaced_by_a_placeholder(text: str, expected: str) -> None:
    assert scrub(text) == expected
    assert find_personal_data(expected) == []


@pytest.mark.parametrize(
    "text",
    [
        "I felt better with.Seriously, it helps to talk about feelings.It is hard.",
        "r/depression has a wiki; I scored 100/100 on 2020-03-25",
        "between 1990-2000 I moved 3 times; at 10.30 I called",
        "email@ is not an address, and @ alone is nothing",
        "It is 5 kilometres, about 12345 steps",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jane\u200b.doe@exa\u200bmple.com now", "mail [email] now"),
        (
            "full-width \uff55/\uff53\uff4f\uff4d\uff45\uff4f\uff4e\uff45 here",
            "full-width [user] here",
        ),
        ("at sam\uff20example.org", "at [email]"),
        ("h\u2060ttps://example.com/x", "[link]"),
    ],
)
def test_invisible_and_full_width_disguises_do_not_hide_personal_data(
    text: str, expected: str
) -> None:
    assert scrub(text) == expected


def test_the_reviewed_crisis_lines_stay_everywhere() -> None:
    for locale in known_locales():
        for line in resources_for(locale):
            parts = [p for p in (line.phone, line.url) if p]
            text = "Please reach out: " + " or ".join(parts) + "."
            assert scrub(text) == text, (locale, line.name)
    # a deeper page of a crisis line's site stays too; a look-alike host does not
    assert (
        scrub("chat at https://988lifeline.org/chat/ now")
        == "chat at https://988lifeline.org/chat/ now"
    )
    assert scrub("see https://988lifeline.org.evil.example/x") == "see [link]"


def test_counts_say_what_was_replaced_and_kept() -> None:
    counts = ScrubCounts()
    scrub(
        "u/a1 wrote to b@c.io, see https://x.com and call 988 or https://988lifeline.org",
        counts=counts,
    )
    assert counts.replaced == {"user": 1, "email": 1, "link": 1}
    assert counts.kept_crisis_lines == 1
    assert crisis_lines_kept().keeps_phone("116 123")
    assert not crisis_lines_kept().keeps_phone("555 123 4567")


def test_well_known_lines_outside_the_escalation_lists_stay() -> None:
    """The old US Lifeline number still routes to 988: a reply citing it keeps it."""
    assert (
        scrub("the old line 1-800-273-8255 still works")
        == "the old line 1-800-273-8255 still works"
    )
    for line in citable_lines():
        if line.phone:
            text = f"Please call {line.phone}."
            assert scrub(text) == text, line.name
