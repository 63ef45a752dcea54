"""Versioned prompt templates for the GM (draft a reply) and the IM (improve a helper's reply).

The templates are the Markdown files next to this module; a template's version is a short hash of
its file, so the audit can say which wording produced a draft. The system message is the template
and nothing else; the post (and the helper's reply) go into the user message as delimited data,
with anything that looks like a delimiter neutralised, so a post cannot close its own block and
pose as instructions. When the prompt is too long for the budget the post is cut in the middle,
with a visible mark; the instructions are never cut. Pure: imports nothing from bot/.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

__all__ = [
    "MIN_POST_CHARS",
    "PromptTemplate",
    "PromptTooLong",
    "char_budget",
    "gm_messages",
    "im_messages",
    "judge_messages",
    "load",
    "neutralise",
    "risk_messages",
]

Name = Literal["gm", "im", "judge", "risk"]
_NAMES = ("gm", "im", "judge", "risk")

#: However small the budget, the model sees at least this much of the post.
MIN_POST_CHARS = 400

_GM_TASK = "Write a draft reply to the post above."
_IM_TASK = "Improve the helper's reply above, keeping their voice and intent."
_JUDGE_TASK = "Judge the draft above. Answer with the JSON object only."
_RISK_TASK = "Read the post above. Answer with the JSON object only."


class PromptTooLong(ValueError):
    """The helper's reply alone does not fit the model's context; the message says the limit."""


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    system: str
    version: str


@cache
def load(name: Name) -> PromptTemplate:
    """The template `name` (gm, im, judge or risk) with its version (12 hex digits of its
    SHA-256)."""
    if name not in _NAMES:
        raise ValueError(f"unknown prompt {name!r} (expected one of {', '.join(_NAMES)})")
    raw = resources.files("prompts").joinpath(f"{name}.md").read_bytes()
    return PromptTemplate(
        name=name,
        system=raw.decode("utf-8").strip(),
        version=hashlib.sha256(raw).hexdigest()[:12],
    )


def char_budget(num_ctx: int, *, reserve_tokens: int = 800, chars_per_token: float = 3.0) -> int:
    """A conservative prompt budget in characters for a context of `num_ctx` tokens, keeping
    `reserve_tokens` for the answer (English runs about 4 characters a token; 3 leaves room)."""
    return max(0, int((num_ctx - reserve_tokens) * chars_per_token))


# --- delimiters -------------------------------------------------------------------------------

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
)
_LT = "<\uff1c\ufe64\u2329\u27e8\u3008\u2039\u276e\u02c2"
_GT = ">\uff1e\ufe65\u232a\u27e9\u3009\u203a\u276f\u02c3"
_LOOKALIKES = {
    "p": "pP\u0440\u0420\u03c1\uff50\uff30",
    "o": "oO0\u043e\u041e\u03bf\u039f\uff4f\uff2f",
    "s": "sS\u0455\u0405\uff53\uff33",
    "t": "tT\u0442\u0422\u03c4\uff54\uff34",
    "r": "rR\uff52\uff32",
    "e": "eE\u0435\u0415\u03b5\uff45\uff25",
    "l": "lL1I|\u0399\u0406\u04cf\uff4c\uff2c",
    "y": "yY\u0443\u0423\u03b3\uff59\uff39",
}


def _word(word: str) -> str:
    gap = f"[{_INVISIBLE}\\s]*"
    return gap.join(f"[{re.escape(_LOOKALIKES[c])}]" for c in word)


_TAG = re.compile(
    f"[{_LT}][{_INVISIBLE}\\s]*[/\uff0f\\\\]?[{_INVISIBLE}\\s]*"
    f"(?:{_word('post')}|{_word('reply')})"
    f"[^{_LT}{_GT}\\n]{{0,40}}[{_GT}]",
    re.IGNORECASE,
)
_ANGLE = str.maketrans({c: "(" for c in _LT} | {c: ")" for c in _GT})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(text: str) -> str:
    """Make `text` safe to put between <post>/<reply> delimiters: anything that reads like one of
    those tags (look-alike brackets or letters, hidden characters inside) gets round brackets
    instead, so "</post>" becomes "(/post)". Undecodable characters become U+FFFD; control
    characters other than tab and newline are dropped. Everything else is left as written."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _TAG.sub(lambda m: m.group(0).translate(_ANGLE), text)


# --- budgets ----------------------------------------------------------------------------------


def _cut_middle(text: str, limit: int) -> str:
    """Keep the start (where the story begins) and the end (often the question), mark the cut."""
    if len(text) <= limit:
        return text

    def marker(cut: int) -> str:
        return f"\n[... {cut} characters of the post left out here ...]\n"

    keep = max(limit - len(marker(len(text))), 0)
    head = (keep * 2) // 3
    tail = keep - head
    return text[:head] + marker(len(text) - keep) + (text[len(text) - tail :] if tail else "")


def _user_message(post: str, task: str, reply: str | None = None) -> str:
    parts = [f"<post>\n{post}\n</post>"]
    if reply is not None:
        parts.append(f"<reply>\n{reply}\n</reply>")
    parts.append(task)
    return "\n\n".join(parts)


_DRAFT_TAG = re.compile(r"<\s*/?\s*draft[^<>\n]{0,40}>", re.IGNORECASE)


def judge_messages(draft_text: str) -> tuple[list[dict[str, str]], str]:
    """The chat messages asking the safety judge about `draft_text` (what the model wrote, or for
    an improvement what it added), and the prompt version. A draft is at most a few thousand
    characters, so it is never cut: the judge sees all of it or nothing."""
    template = load("judge")
    draft = _DRAFT_TAG.sub(lambda m: m.group(0).replace("<", "(").replace(">", ")"), draft_text)
    draft = neutralise(draft)
    return [
        {"role": "system", "content": template.system},
        {"role": "user", "content": f"<draft>\n{draft}\n</draft>\n\n{_JUDGE_TASK}"},
    ], template.version


def risk_messages(post_text: str, *, budget_chars: int) -> tuple[list[dict[str, str]], str]:
    """The chat messages asking the second reader about `post_text`, and the prompt version; the
    post is cut in the middle to fit `budget_chars`, never the instructions."""
    template = load("risk")
    post = neutralise(post_text)
    fixed = len(template.system) + len(_user_message("", _RISK_TASK))
    post = _cut_middle(post, max(budget_chars - fixed, MIN_POST_CHARS))
    return [
        {"role": "system", "content": template.system},
        {"role": "user", "content": _user_message(post, _RISK_TASK)},
    ], template.version


def gm_messages(post_text: str, *, budget_chars: int) -> tuple[list[dict[str, str]], str]:
    """The chat messages asking the GM for a draft reply to `post_text`, and the prompt version.

    `budget_chars` bounds the whole prompt (system and user message); the post is cut in the
    middle to fit, never the instructions, and never below MIN_POST_CHARS."""
    template = load("gm")
    post = neutralise(post_text)
    fixed = len(template.system) + len(_user_message("", _GM_TASK))
    post = _cut_middle(post, max(budget_chars - fixed, MIN_POST_CHARS))
    return [
        {"role": "system", "content": template.system},
        {"role": "user", "content": _user_message(post, _GM_TASK)},
    ], template.version


def im_messages(
    post_text: str, reply_text: str, *, budget_chars: int
) -> tuple[list[dict[str, str]], str]:
    """The chat messages asking the IM to improve `reply_text` (a helper's reply to `post_text`).

    The helper's reply is kept whole (it is what gets improved); the post is cut to fit. A reply
    that cannot fit with MIN_POST_CHARS of the post raises PromptTooLong."""
    template = load("im")
    post, reply = neutralise(post_text), neutralise(reply_text)
    fixed = len(template.system) + len(_user_message("", _IM_TASK, ""))
    room_for_reply = budget_chars - fixed - MIN_POST_CHARS
    if len(reply) > room_for_reply:
        raise PromptTooLong(
            f"the reply is too long to improve ({len(reply)} characters; at most"
            f" {max(room_for_reply, 0)} fit the model's context)"
        )
    post = _cut_middle(post, max(budget_chars - fixed - len(reply), MIN_POST_CHARS))
    return [
        {"role": "system", "content": template.system},
        {"role": "user", "content": _user_message(post, _IM_TASK, reply)},
    ], template.version
