"""The quality floor: drafts that are broken rather than harmful, and what an improvement added.

A small model has bad days that are not unsafe but waste a helper's time or mislead them: it
stops at the token cap mid-sentence, loops, echoes the prompt's own tags and role names
("<reply>", "Assistant:", "Here is a revised version"), or "improves" a reply by replacing it with
something else. Thresholds are documented constants so an evaluation can quote them.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from policies.output.anchors import Prefilter, Wording, first_matches

#: The most tokens a draft may take (the model client's `num_predict` must not exceed it) and the
#: most characters such a draft can hold. English runs about 4 characters a token; 6 covers long
#: words and punctuation, so a draft the model may write is one the gate may pass on length.
MAX_OUTPUT_TOKENS = 800
MAX_CHARS_PER_TOKEN = 6
MAX_DRAFT_CHARS = MAX_OUTPUT_TOKENS * MAX_CHARS_PER_TOKEN

#: An improvement must keep at least this share of the helper's words, in order: below it the
#: model rewrote the reply (or answered something else) instead of improving it.
MIN_WORDING_KEPT = 0.5
#: Replies this short (in words) are judged on what they keep only if the model kept almost none.
SHORT_REPLY_WORDS = 8

#: A run of this many words that comes back this many times is a loop, not emphasis.
LOOP_WORDS = 6
LOOP_REPEATS = 4
#: A sentence of at least this many words said twice is a repeat.
REPEATED_SENTENCE_WORDS = 6

_WORD = re.compile(r"[A-Za-z']+")
_TOKEN = re.compile(r"\S+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")

# --- what the helper wrote, and what the model added --------------------------------------------


def wording_kept(human: str, improved: str) -> float:
    """Share of the human's words that survive, in order, in the improved reply (IM mode)."""
    before = [w.lower() for w in _WORD.findall(human)]
    after = [w.lower() for w in _WORD.findall(improved)]
    if not before:
        return 0.0
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(before)


_NOT_WORD = re.compile(r"[^\w]")


def _key(word: str) -> str:
    return _NOT_WORD.sub("", word.casefold())


_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]+")


def sentence_key(sentence: str) -> str:
    """The sentence's words, case and punctuation dropped (what `_key` does to each word, done
    to the whole sentence at once: the loop check runs it on every sentence of every draft)."""
    return " ".join(_NOT_WORD_OR_SPACE.sub("", sentence.casefold()).split())


#: What `sentence_key` drops, less the ends of sentences (`sentence_keys` splits on them after).
_NOT_WORD_SPACE_OR_END = re.compile(r"[^\w\s.!?]+")


#: The ASCII characters `_NOT_WORD_SPACE_OR_END` drops, as bytes (read from the pattern itself).
_ASCII_DROPPED = bytes(c for c in range(128) if _NOT_WORD_SPACE_OR_END.match(chr(c)))


def _drop_not_word_space_or_end(text: str) -> str:
    """`_NOT_WORD_SPACE_OR_END.sub("", text)`, faster: the few distinct non-ASCII characters it
    drops are replaced one by one, then the ASCII ones are deleted from the UTF-8 bytes in one
    C pass (an ASCII byte is never part of another character's encoding in UTF-8)."""
    if not text.isascii():
        for char in set(text):
            if not char.isascii() and _NOT_WORD_SPACE_OR_END.match(char):
                text = text.replace(char, "")
    return (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_DROPPED)
        .decode("utf-8", "surrogatepass")
    )


def sentence_keys(text: str) -> list[str]:
    """`sentence_key` of each sentence `_SENTENCE` finds in `text`, in order, empty keys left
    out: the whole text is cleaned at once (in C), its spaces collapsed, then split where the
    sentences end. The same, because casefolding never makes or removes a ".!?" or line break,
    and `str.split` reads spaces as `\\s` does."""
    cleaned = _drop_not_word_space_or_end(text.casefold())
    cleaned = cleaned.replace("!", ".").replace("?", ".").replace("\n", ".")
    cleaned = " ".join(cleaned.split()).replace(" .", ".").replace(". ", ".")
    return list(filter(None, cleaned.split(".")))


def added_spans(draft: str, human: str) -> list[tuple[int, int]]:
    """Character spans of `draft` holding words that are not the helper's own: a word-level diff
    (case and punctuation ignored), minus whole sentences the helper wrote elsewhere (moved)."""
    draft_words = list(_TOKEN.finditer(draft))
    human_keys = [_key(m.group(0)) for m in _TOKEN.finditer(human)]
    matcher = difflib.SequenceMatcher(
        None, human_keys, [_key(m.group(0)) for m in draft_words], autojunk=False
    )
    added = [False] * len(draft_words)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("insert", "replace"):
            for j in range(j1, j2):
                added[j] = True
    human_sentences = {sentence_key(s.group(0)) for s in _SENTENCE.finditer(human)}
    human_sentences.discard("")
    for sentence in _SENTENCE.finditer(draft):
        if sentence_key(sentence.group(0)) in human_sentences:
            for j, word in enumerate(draft_words):
                if sentence.start() <= word.start() and word.end() <= sentence.end():
                    added[j] = False
    spans: list[tuple[int, int]] = []
    for j, word in enumerate(draft_words):
        if added[j]:
            if spans and spans[-1][1] >= word.start() - 1:
                spans[-1] = (spans[-1][0], word.end())
            else:
                spans.append((word.start(), word.end()))
    return spans


def too_little_kept(human: str, improved: str) -> float | None:
    """The share kept when an improvement dropped too much of the helper's words, else None."""
    kept = wording_kept(human, improved)
    words = len(_WORD.findall(human))
    floor = MIN_WORDING_KEPT if words > SHORT_REPLY_WORDS else 0.34
    return kept if words and kept < floor else None


# --- loops ----------------------------------------------------------------------------------------


_RUN_OF_FREQUENT = b"\x01" * LOOP_WORDS


def _may_loop(words: list[str]) -> bool:
    """Whether some LOOP_WORDS words in a row each occur LOOP_REPEATS times or more: a run
    that comes back that often needs it (each of its words is at that many places). Found in C
    (a byte per word, then a substring search), unlike counting every run."""
    counts = Counter(words)
    frequent = {word for word, n in counts.items() if n >= LOOP_REPEATS}
    return bool(frequent) and _RUN_OF_FREQUENT in bytes(map(frequent.__contains__, words))


def _loops(text: str) -> Counter[str]:
    """Word runs (LOOP_WORDS long) that recur LOOP_REPEATS times or more, and sentences
    (REPEATED_SENTENCE_WORDS words or more) said twice or more."""
    # the words are ASCII: lower-cased all at once, as each would be (lowering the whole text
    # first could turn a non-ASCII letter into an ASCII one: "İ")
    if text.isascii():
        words = _WORD.findall(text.lower())
    else:
        words = _WORD.findall(text)
        words = " ".join(words).lower().split(" ") if words else []
    found: Counter[str] = Counter()
    if _may_loop(words):  # most drafts: no run comes back
        runs = Counter(zip(*(words[i:] for i in range(LOOP_WORDS)), strict=False))
        found.update({" ".join(run): n for run, n in runs.items() if n >= LOOP_REPEATS})
    keys = sentence_keys(text)
    sentences = Counter(keys)
    if len(sentences) < len(keys):  # some sentence comes back
        for sentence, n in sentences.items():
            if n >= 2 and len(sentence.split()) >= REPEATED_SENTENCE_WORDS:
                found[sentence] = max(found[sentence], n)
    return found


def repetition(draft: str, human: str | None = None) -> str | None:
    """The repeated passage when the draft loops (beyond any repetition the helper wrote)."""
    own = _loops(human) if human else Counter()
    for passage, n in _loops(draft).items():
        if n > own.get(passage, 0):
            return passage
    return None


# --- prompt scaffolding ---------------------------------------------------------------------------

#: The prompt's delimiters, chat-template tokens and role labels, and the preambles of a model
#: that talks about its answer instead of giving it.
SCAFFOLDING_WORDINGS = [
    r"</?\s*(?:post|reply|draft|response|answer|system|user|assistant|instructions?|im_start|"
    r"im_end|s|inst)\s*>",
    r"<\|[a-z_]+\|>",
    r"\[/?inst\]",
    r"<<\s*/?sys\s*>>",
    r"(?:^|\n)\s*(?:#+\s*)?(?:system|user|assistant|helper|poster|post|reply|draft|improved\s+reply|"
    r"revised\s+reply|response|answer|original\s+reply)\s*:",
    r"\b(?:here\s+is|here[’']s|below\s+is)\s+(?:a|an|the|my|your)\s+(?:\w+\s+){0,2}?(?:version|"
    r"reply|response|draft|rewrite)\b",
    r"\b(?:revised|improved|rewritten|edited)\s+version\b",
    r"\bi\s+(?:have|[’']ve)\s+(?:revised|improved|rewritten|edited|made)\s+(?:the|your)\s+"
    r"(?:reply|response|draft|text)\b",
]
#: The wordings as one alternation (what `scaffolding` finds the matches of).
SCAFFOLDING = re.compile("|".join(SCAFFOLDING_WORDINGS))
_SCAFFOLDING = tuple(Wording(w) for w in SCAFFOLDING_WORDINGS)


@cache
def _scaffolding_prefilter() -> Prefilter:
    return Prefilter([SCAFFOLDING_WORDINGS])


def scaffolding(folded: str, live: Sequence[int] | None = None) -> Iterator[tuple[int, int]]:
    """Spans of `SCAFFOLDING` matches in the folded draft (those of `finditer`), searching only
    the wordings the draft can match (`live`, from a `Prefilter` the gate shares with the
    families; see `anchors.py`)."""
    if live is None:
        live = _scaffolding_prefilter().live(folded)[0]
    yield from first_matches(folded, _SCAFFOLDING, live)
