"""Links, phone numbers and email addresses in a draft: only reviewed crisis resources (and what
the community approved) may appear; anything else sends a person somewhere no one reviewed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from policies.resources import citable_lines

#: Bare domains ("example.com") count as links with these endings; the endings that are also
#: English words ("ok.so", "me.to") count only with a path ("help.me/x") or a scheme or www.
#: `example`/`test`/`invalid` are the reserved names (RFC 2606) that stand-ins and samples use.
_TLDS = (
    "com|org|net|edu|gov|mil|int|io|uk|ca|au|nz|ie|de|fr|es|nl|ch|se|dk|fi|pl|pt|br|mx|jp|cn|kr|"
    "ru|eu|info|biz|gg|ly|app|dev|ai|tv|xyz|online|health|ws|cc|sg|za|co\\.uk|org\\.uk|com\\.au|"
    "example|test|invalid"
)
_WORDY_TLDS = (
    "co|us|me|to|it|in|no|be|at|so|sh|id|ph|link|help|care|life|live|chat|page|blog|news|site|"
    "club|shop|store|top|click"
)
_SCHEMED = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
#: Bare domains are looked for at the start of each token only (one anchored match a token keeps
#: the search linear; an unanchored host pattern is quadratic on text like "a.a.a.a...").
_TOKEN = re.compile(r"[^\s<>\"'()\[\],;!?*`]+")
_BARE = re.compile(
    rf"(?:[a-z0-9-]+\.)+(?:(?:{_TLDS})\b(?::\d+)?(?:/\S*)?|(?:{_WORDY_TLDS})\b(?::\d+)?/\S*)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Seven digits or more, grouped the ways numbers are written: a private phone number. Shorter
#: numbers (988, 116 123, 741741) are service numbers, and reviewed ones are allowed anyway.
_PHONE = re.compile(r"(?<![\w.=/&-])\+?\(?\d[\d().\- ]{5,16}\d(?![\w/&=])")


_SEVEN_DIGITS = re.compile(r"(?:\d\D{0,15}){6}\d")
_DIGIT = re.compile(r"\d")
#: The most non-digits `_SEVEN_DIGITS` allows between two of its digits.
_MOST_BETWEEN = 15


def _has_seven_digits(text: str) -> bool:
    """Whether `_SEVEN_DIGITS` matches: seven digits in a row of the text's digits, each at most
    15 characters after the one before (a non-digit run cannot skip a digit). Most drafts hold a few
    digits or none: walking them is cheaper than the pattern's search, which has no first
    letter to skip ahead to."""
    run, last = 0, -1
    for digit in _DIGIT.finditer(text):
        at = digit.start()
        run = run + 1 if run and at - last - 1 <= _MOST_BETWEEN else 1
        if run >= 7:
            return True
        last = at
    return False


_DATE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d\d?[-/.]\d\d?|\s*-\s*(?:19|20)?\d\d)")
#: A social media handle ("@sam_heals"): a way to reach someone privately. Not the inside of an
#: email address (a word character before the @).
_HANDLE = re.compile(r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{2,29}\b")
#: A private message to a named account ("DM u/quiet_helper", "add /u/sam"): contact off the thread.
_MESSAGE_USER = re.compile(
    r"\b(?:dm|pm|message|msg|add|contact|hit\s+up|chat\s+(?:to|with))\s+(?:me\s+at\s+)?/?u/[\w-]{3,}"
)
#: The letters that end a vanity number ("1-800-273-TALK"), read as the keypad digits they dial.
_VANITY = re.compile(r"-([a-z]{4,7})\b")
_KEYPAD = str.maketrans("abcdefghijklmnopqrstuvwxyz", "22233344455566677778889999")
#: Country codes written before a national number: "+44 800..." is "0800...", "+1 800..." is
#: "800...". Reviewed numbers are compared in their national form.
_COUNTRY_CODES = (("1", ""), ("44", "0"), ("353", "0"), ("61", "0"), ("64", "0"))


#: A bare domain has a letter, digit or hyphen, a dot, then a letter or digit: a draft without
#: one (most drafts) skips the token-by-token look.
_DOTTED = re.compile(r"[a-z0-9-]\.[a-z0-9]", re.IGNORECASE)
#: The tokens `_TOKEN` finds that hold a dot (a bare domain needs one), found in C: the
#: lookbehind starts them only where a token starts, so the search stays linear.
_DOTTED_TOKEN = re.compile(
    r"(?<![^\s<>\"'()\[\],;!?*`])[^\s<>\"'()\[\],;!?*`.]*\.[^\s<>\"'()\[\],;!?*`]*"
)


def find_urls(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of links in `folded`: with a scheme or www., or a bare domain ("example.com")."""
    taken: list[tuple[int, int]] = []
    # a link with a scheme has "://", one without has "www." in some case (`_SCHEMED` ignores
    # case: ASCII "W" is the only other letter it reads as "w"): most drafts have neither
    if "://" in folded or "www." in folded.lower():
        for match in _SCHEMED.finditer(folded):
            taken.append(match.span())
            yield match.span()
    if _DOTTED.search(folded) is None:
        return
    for token in _DOTTED_TOKEN.finditer(folded):
        start = token.start()
        while start < token.end() and not folded[start].isalnum():
            start += 1
        if "@" in folded[start : token.end()]:
            continue  # an email address: `find_contacts` judges it
        bare = _BARE.match(folded, start, token.end())
        if bare and not any(s <= bare.start() < e for s, e in taken):
            yield bare.span()


def url_key(url: str) -> str:
    url = url.strip().rstrip(".,;:!?)]}'\"").casefold()
    url = re.sub(r"^(?:https?|ftp)://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


@cache
def reviewed_urls() -> frozenset[str]:
    """Every crisis line URL in the reviewed catalogue: a draft may always point to these."""
    return frozenset(url_key(line.url) for line in citable_lines() if line.url)


@cache
def reviewed_numbers() -> frozenset[str]:
    """The digits of every reviewed crisis line's phone and text numbers, in national form."""
    numbers: set[str] = set()
    for line in citable_lines():
        for way in (line.phone, line.text):
            digits = "".join(ch for ch in way or "" if ch.isdigit())
            if digits:
                numbers.add(national(digits))
    return frozenset(numbers)


@cache
def reviewed_emails() -> frozenset[str]:
    return frozenset(line.email.casefold() for line in citable_lines() if line.email)


def national(digits: str) -> str:
    """`digits` without a leading country code: "18002738255" -> "8002738255"."""
    for code, trunk in _COUNTRY_CODES:
        if digits.startswith(code) and len(digits) - len(code) + len(trunk) >= 9:
            return trunk + digits[len(code) :]
    return digits


def allowed(url: str, approved: frozenset[str]) -> bool:
    key = url_key(url)
    return any(key == a or key.startswith(a + "/") for a in approved)


def find_contacts(folded: str) -> Iterator[tuple[int, int, str]]:
    """Spans of private contact details: email addresses and phone numbers that are not a
    reviewed crisis line's. Yields (start, end, what)."""
    if "@" in folded:
        for match in _EMAIL.finditer(folded):
            if match.group(0).casefold().rstrip(".") not in reviewed_emails():
                yield match.start(), match.end(), "an email address"
        for match in _HANDLE.finditer(folded):
            yield match.start(), match.end(), "a social media handle"
    if "u/" in folded:
        for match in _MESSAGE_USER.finditer(folded):
            yield match.start(), match.end(), "a private message to an account"
    if not _has_seven_digits(folded):
        return  # a phone number has seven digits or more: most drafts have none
    for match in _PHONE.finditer(folded):
        digits = "".join(ch for ch in match.group(0) if ch.isdigit())
        vanity = _VANITY.match(folded, match.end())
        if vanity is not None:  # "1-800-273-TALK": the letters dial digits too
            digits += vanity.group(1).translate(_KEYPAD)
        if len(digits) < 7 or national(digits) in reviewed_numbers():
            continue
        if _DATE.fullmatch(match.group(0).strip(" ()")):
            continue  # a date or a range of years
        yield match.start(), match.end(), "a phone number"
