"""Context: who a hit is about and what the clause around it does to it.

A lexicon hit carries a level; the clause around it can lower it (negation, another person, a
hypothetical, a quotation), never below `concern`, and a described attempt or plan stays at `high`
or above whatever the tense (design.md, "Crisis levels").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from policies.crisis.context_denials import (
    _LIE_REACH,
    _answered_no,
    _any_of,
    _asked_for_oneself,
    _denied_as_subject,
    _left_behind,
    _pause_after_denial,
)
from policies.crisis.words import (
    SUBJECT_I,
    Words,
    context_data,
    sentence_after,
    sentence_before,
    word_lists,
    words_of,
)
from policies.levels import Level, Signal
from policies.lexicon import Entry
from policies.match_text import phrase_words

IDEATION = frozenset({"active_ideation", "passive_ideation", "other_suicidal_language"})


# How far the rules look for the clause's subject before a hit, in words; a topic word ("suicide")
# counts as the writer's own only with a first person this close.
LOOKBACK_WORDS = 20
_TOPIC_REACH = 10
_TOPIC_MARKER_REACH = 8  # words before a topic word in which "rules", "study" make it discussed


@dataclass(frozen=True)
class Reading:
    """What the words around a hit say: whose it is, how near that word is, and any modality."""

    person: str  # "first", "second", "third" or "none"
    distance: int  # words between the person word and the hit (0 when none)
    context: str | None
    claim: bool = False  # the hit is what the writer takes a stance on ("I oppose suicide")
    left_behind: bool = False  # told as over: "I used to want to die, I'm better now"
    discussed: bool = False  # a wish named as a subject of study: "a survey on suicidal ideation"


def _quoted(text: str, start: int, end: int) -> bool:
    """Enclosed in quotation marks nearby (an opening mark before, a closing one after, both in
    the same paragraph), or on a Reddit quote line (`> ...`)."""
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        return True
    before = text[max(line_start, start - 300) : start]
    line_end = text.find("\n", end, end + 300)
    after = text[end : line_end if line_end != -1 else end + 300]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    if before.count("“") > before.count("”") and "”" in after:
        return True
    return _reported_in_single_quotes(before)


_SINGLE_OPEN = re.compile(r"(?<![^\W\d_])['‘](?=\s*(?:[^\W\d_]|$))")  # not an apostrophe
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*[:,]?\s*$")
_SINGLE_CLOSE = re.compile(r"[^\W\d_]['’](?![^\W\d_])")


def _reported_in_single_quotes(before: str) -> bool:
    """Someone else's words in single quotes after a verb of saying: "my friend said 'I want to
    die' about a test"; not the writer's own ("I told her 'I want to die'")."""
    if "'" not in before and "‘" not in before:
        return False
    speech_verbs = word_lists().speech_verbs
    opening = None
    for mark in _SINGLE_OPEN.finditer(before):
        verb = _WORD_BEFORE.search(before, max(0, mark.start() - 40), mark.start())
        if verb is not None and verb.group(1) in speech_verbs:
            opening = verb
    if opening is None:
        return False
    if _SINGLE_CLOSE.search(before, opening.end() + 1):
        return False  # closed before the hit: "she said 'hi' and I want to die"
    lead, _ = sentence_before(before, opening.start())
    return not any(w in SUBJECT_I for w in words_of(lead)[-_SPEAKER_REACH:])


_SPEAKER_REACH = 8  # words between the writer's "I" and the opening quotation mark


def _own_quote(text: str, start: int, end: int) -> bool:
    """A quotation the writer voices as their own: `I'm like "I want to die"`, `I googled "how
    to kill myself"`, `does anyone else search "how to ..."`. The clause before the opening mark
    has the writer's "I" as its subject and nobody else (a "she", a "you", a relative "that"), so
    the words are the writer's own thought.
    """
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        return False
    before = text[max(line_start, start - 300) : start]
    opening = max(before.rfind('"'), before.rfind("“"))
    if opening == -1:
        return False
    lead, _ = sentence_before(before, opening)
    words = words_of(lead)[-_SPEAKER_REACH:]
    lists = word_lists()
    others = lists.second | lists.third | {"that", "who", "which", "whom", "whose"}
    # "does anyone else search things like ..." asks about the writer (see `person_of`)
    words = [
        "i" if w in ("anyone", "anybody") and words[k + 1 : k + 2] == ["else"] else w
        for k, w in enumerate(words)
    ]
    return any(w in SUBJECT_I for w in words) and not any(w in others for w in words)


def person_of(words: list[str], lists: Words) -> tuple[str, int]:
    """The nearest person word scanning back from a hit: (person, words between).

    "anyone else" is how forum writers ask about themselves ("does anyone else want to die?").
    """
    for distance, word in enumerate(reversed(words)):
        index = len(words) - 1 - distance
        if (
            word in SUBJECT_I
            and words[index - 1 : index]
            and words[index - 1] in lists.third
            and words[index + 1 : index + 2]
            and words[index + 1] in lists.acquainted
        ):
            continue  # "someone I know talks about suicide": the "I" of a relative clause
        if _owned_by_other(words, index, lists):
            return "third", distance  # "a guy in my class", "a friend of my sister"
        for person, members in (("first", lists.first), ("second", lists.second)):
            if word in members:
                return person, distance
        if word in lists.third:
            if (
                word in lists.addressees
                and words[index + 1 : index + 2]
                and (words[index + 1] in lists.asking)
            ):
                continue  # "does anyone know how many it takes to die": the readers, asked
            if word in ("anyone", "anybody") and words[index + 1 : index + 2] == ["else"]:
                return "first", distance
            if word in lists.listeners and words[index - 1 : index] in (["to"], ["with"]):
                continue  # "I need to talk to someone about suicide": who listens, not who
            if words[index + 1 : index + 3] in (["who", "also"], ["that", "also"]):
                return "first", distance  # "other people who also want to die": the writer too
            return "third", distance
    return "none", 0


_OF_PLACE = frozenset({"in", "at", "from", "of", "on"})


def _owned_by_other(words: list[str], index: int, lists: Words) -> bool:
    """A "my" that only places someone else: a third person, a preposition, then "my" ("a guy in
    my class", "this girl from my work"): the sentence is about that person, not the writer."""
    if words[index] not in ("my", "our") or words[index - 1 : index] == []:
        return False
    if words[index - 1] not in _OF_PLACE:
        return False
    return any(w in lists.third for w in words[max(0, index - 4) : index - 1])


def _generic_you(words: list[str], distance: int) -> bool:
    """The "you" `distance` words before a hit comes right after a first-person lead-in of
    experience (with at most "where" or "when" between)."""
    lead = words[: len(words) - 1 - distance][-8:]
    text = f" {' '.join(lead)} "
    return any(w in SUBJECT_I for w in lead) and any(
        text.endswith(f"{m}{link}")
        for m in word_lists().own_experience
        for link in ("", "where ", "when ")
    )


def _anyone_else_they(words: list[str], distance: int) -> bool:
    """The "they" `distance` words before a hit points back to "anyone else" in the same sentence:
    "does anyone else feel like they want to die?" asks about the writer (see `person_of`)."""
    index = len(words) - 1 - distance
    if words[index] not in word_lists().they:
        return False
    lead, third = words[:index], word_lists().third
    for k in range(len(lead) - 2, -1, -1):
        if lead[k] in ("anyone", "anybody") and lead[k + 1] == "else":
            # nobody else between: "anyone else have a friend who says they ..." is the friend
            between = lead[k + 2 :]
            return not any(w in third or w in ("who", "that") for w in between)
    return False


def _subject_of(words: list[str], lists: Words) -> str:
    """The first person word of a sentence: who an earlier sentence was about.

    "Someone please help me ..." addresses the readers: the plea's "someone" is no subject.
    """
    for k, word in enumerate(words):
        if word in lists.addressees and words[k + 1 : k + 2] and words[k + 1] in lists.plea:
            continue
        if word in lists.first:
            return "first"
        if word in lists.second:
            return "second"
        if word in lists.third:
            return "third"
    return "none"


def _negated(words: list[str], lists: Words) -> bool:
    """A negation attached to the hit: only auxiliaries between them ("not going to").

    A negated condition denies nothing: "if I don't end my life" is no denial. A denial in more
    words ("by no means", "no longer") reads as one "not".
    """
    joined = f" {' '.join(words[-8:])} "
    for phrase in lists.negation_phrases:
        if phrase in joined:
            words = [*words[:-8], *joined.replace(phrase, " not ").split()]
    content = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in lists.negation:
            before = words[max(0, index - 2) : index]
            # "it's not that I don't want to die": a denial denied is no denial; not a "no" that
            # answers before the writer's own denial ("no, I'm not suicidal")
            return not any(
                w in ("if", "unless")
                or (w in lists.negation and not (w == "no" and before[k + 1 :][:1] == ["im"]))
                for k, w in enumerate(before)
            )
        if word in lists.first or word in lists.second or word in lists.third:
            return False
        if word not in lists.auxiliary:
            content += 1
            if content > 0:
                return False
    return False


def _gerund(text: str, start: int) -> bool:
    """A hit that opens with a gerund, the subject of what follows ("killing myself has never
    crossed my mind"; read only with "never": "killing myself won't happen tonight" defers)."""
    first = next(iter(words_of(text[start : start + 20])), "")
    return first.endswith("ing") and len(first) > 4


_ANSWERS_NO = frozenset({"nah", "no", "nope", "naw", "nop"})


def _answered_nah(text: str, end: int) -> bool:
    """A hit that ends a question the writer answers no: "suicidal? nah. just burnt out"."""
    rest = text[end : end + 30].lstrip(" ")
    if not rest.startswith("?"):
        return False
    answer = words_of(rest[:20])
    if answer[1:2] and answer[1] in ("idea", "clue", "doubt", "one"):
        return False  # "suicidal? no idea", "no doubt", "no one knows"
    return bool(answer) and (answer[0] in _ANSWERS_NO or answer[:2] == ["not", "really"])


_LIST_REACH = 4  # words of a list ("not depressed, anxious or") a denial stands across


def _denied_in_a_list(words: list[str], lists: Words) -> bool:
    """A one-word hit at the end of a denied list: "I'm not violent or suicidal", "neither
    depressed nor suicidal", "not depressed, anxious or suicidal"."""
    if not words or words[-1] not in ("or", "nor"):
        return False
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _LIST_REACH), -1):
        word = words[k]
        if word in lists.negation:
            return not any(w in ("if", "unless") for w in words[max(0, k - 2) : k])
        if word in lists.first or word in lists.second or word in lists.third:
            return False
        if word in ("and", "but", "so", "because", "cause", "or", "nor"):
            return False
    return False


_TAKEN_BACK_TAILS = frozenset({"anyway", "anyways", "eventually", "soon", "someday", "one", "do"})


def _taken_back(after: list[str], lists: Words) -> bool:
    """A denial taken back right after it: "... but I think I will", "... but I might anyway";
    not "but I will be okay" (a tail other than a few words of when ends the turnabout)."""
    joined = f" {' '.join(after)} "
    for phrase in lists.turnabout:
        at = joined.find(phrase)
        if at != -1:
            rest = joined[at + len(phrase) :].split()
            if not rest or rest[0] in _TAKEN_BACK_TAILS:
                return True
    return False


def _taken_back_by_act(text: str, end: int, lists: Words) -> bool:
    """A denial taken back by a "but" and the act later in its sentence: "I don't want to die,
    but I think tonight might be the night I do it"."""
    rest = f" {' '.join(words_of(sentence_after(text, end)))} "
    turn = rest.find(" but ")
    return turn != -1 and _any_of(lists.turnabout_acts).search(rest, turn) is not None


@lru_cache(maxsize=8192)
def own_person(phrase: str) -> str:
    """The person a phrase names itself ("kill myself": first), or "none"."""
    lists = word_lists()
    # the words as written, then their stems: "ill be dead" stems "ill" to "il"
    for word in (*phrase.replace("'", "").split(), *phrase_words(phrase)):
        for person, members in (
            ("first", lists.first),
            ("second", lists.second),
            ("third", lists.third),
        ):
            if word in members:
                return person
    return "none"


@lru_cache(maxsize=4)
def _stance_marker(stances: tuple[str, ...]) -> re.Pattern[str]:
    """Any stance marker between spaces, one C scan (the lists are loaded once)."""
    return re.compile("|".join(re.escape(f" {marker} ") for marker in stances) or "(?!)")


def read_context(text: str, start: int, end: int, own: str) -> Reading:
    """Who the sentence around a hit is about, and whether it negates or supposes.

    `own` is the person the phrase itself names ("kill myself"); it wins over the words around.
    """
    lists = word_lists()
    sentence, earlier = sentence_before(text, start)
    words = words_of(sentence)[-LOOKBACK_WORDS:]
    after = words_of(sentence_after(text, end))[:8]
    person, distance = (own, 0) if own != "none" else person_of(words, lists)
    if own == "none" and (
        (person == "second" and _generic_you(words, distance))
        or (person == "third" and _anyone_else_they(words, distance))
    ):
        person = "first"  # "I've been there where you ...", "anyone else feel like they ..."
    if own == "none" and person in ("second", "third") and _asked_for_oneself(text, end, lists):
        person = "first"  # "how do people go on when they don't want to live? asking for me"
    if person == "none":
        if after[:1] and after[0] in ("myself", "me"):
            person = "first"
        elif after[:1] and after[0] in lists.copulas and any(w in lists.first for w in after[1:]):
            person = "first"  # "Suicide is on my mind", "suicide is all I think about"
        else:
            last_sentence, _ = sentence_before(earlier, len(earlier))
            person = _subject_of(words_of(last_sentence), lists)
    if (
        own == "none"
        and len(after) >= 2
        and after[0] in ("of", "by")
        and (
            after[1] in lists.third
            or (after[1] in ("my", "a", "his", "her") and after[2:3] and after[2] in lists.third)
        )
    ):
        person = "third"  # "the attempted suicide of my sister"
    prefix = f" {' '.join(words)} "
    negated = _negated(words, lists) or (
        " " not in text[start:end].strip() and _denied_in_a_list(words, lists)
    )
    if (
        negated
        and (
            any(r in prefix for r in lists.reasons)
            or (after[:1] and after[0] in lists.telling_after)
            or (
                words[-1:]
                and words[-1] in ("this", "so", "that")
                # "it's not that I want to die" denies; "never been that suicidal" compares
                and not (words[-2:] == ["not", "that"] and own == "first")
            )
            or (after[:1] == ["more"] and after[1:2] in ([], ["than"], ["now"], ["in"], ["ever"]))
            or (
                after[:1]
                and after[0] in ("so", "this", "as")
                and after[1:2]
                and after[1] in lists.degree
            )
            or _taken_back(after, lists)
            or _taken_back_by_act(text, end, lists)
        )
    ):
        # "I don't want to kill myself but I think I will": taken back in the same sentence;
        # "the only reason I haven't killed myself yet", "I didn't kill myself because of my son",
        # "never been this suicidal", "never wanted to die more / so badly": denials that tell
        # of the wish
        negated = False
    if not negated and (
        (
            (own == "none" or (own == "first" and "never" in after[:2] and _gerund(text, start)))
            and person == "first"
            and _denied_as_subject(after, lists)
        )
        or _answered_nah(text, end)
        or _pause_after_denial(words, earlier, text, start, end)
        or _answered_no(words, after, text[end : end + _LIE_REACH], lists)
    ):
        negated = True  # "I don't want to die, I just want a break"
    hypothetical = not lists.hypothetical.isdisjoint(words) or " what if " in prefix
    context: str | None = None
    if _quoted(text, start, end) and not _own_quote(text, start, end):
        context = "quoted"
    elif person == "second":
        supportive = negated or "please" in words
        context = "supportive" if supportive else None if own == "second" else "second_person"
    elif person == "third":
        context = None if own == "third" else "third_person"
    elif negated:
        context = "negated"
    elif hypothetical:
        context = "hypothetical"
    claim = (
        _stance_marker(lists.stances).search(prefix[-40:]) is not None
        or not lists.topic_markers.isdisjoint(words[-_TOPIC_MARKER_REACH:])
        or (bool(after[:1]) and after[0] in lists.topic_compounds)
    )
    left_behind = (
        person in ("first", "none")
        and context is None
        # the hit's own words tell its tense too: "I wanted to die"
        and _left_behind(
            f"{prefix}{' '.join(words_of(text[start:end]))} ", after, earlier, text, end, lists
        )
    )
    discussed = own == "none" and (
        _stance_marker(lists.stances).search(prefix[-40:]) is not None
        or (
            person != "first"
            and any(w in lists.topic_markers for w in words[-_TOPIC_MARKER_REACH:])
        )
    )  # "a survey on suicidal ideation", "a rule for posts that describe suicide attempts"
    return Reading(person, distance, context, claim, left_behind, discussed)


@cache
def _everyday() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    data = context_data()["everyday"]
    return (
        frozenset(data["means_words"]),
        frozenset(data["settings"]),
        frozenset(data["goodbye_words"]),
        frozenset(data["goodbye_between"]),
        frozenset(data["goodbye_objects"]),
    )


_GOODBYE_REACH = 6  # words after a goodbye in which its object is looked for


def everyday_object(entry: Entry, text: str, start: int, end: int) -> bool:
    """A look-alike with no crisis in it: a bare means word in a sentence about a pet, a child
    or a sport ("how many pills can I give my dog"), or a goodbye to a place, a thing or a job
    ("saying goodbye to my old car")."""
    means_words, settings, goodbyes, between, objects = _everyday()
    if entry.category == "means" and not entry.at_hand and entry.phrase in means_words:
        sentence, _ = sentence_before(text, start)
        around = words_of(sentence)[-LOOKBACK_WORDS:] + words_of(sentence_after(text, end))
        return not settings.isdisjoint(around)
    if (entry.category in IDEATION or entry.category == "attempt") and _everyday_act(
        entry.phrase, text, start, end
    ):
        return True
    if entry.category == "farewell" and entry.phrase in goodbyes:
        if text[end : end + 8].lstrip(" ,:-").startswith(("19", "20")):
            return True  # a year: "goodbye 2023"
        for word in words_of(sentence_after(text, end))[:_GOODBYE_REACH]:
            if word not in between:
                return word in objects
    return False


@cache
def _everyday_acts() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = context_data()["everyday"]
    return (
        frozenset(data["overdose_treats"]),
        frozenset(data["overdose_skipped"]),
        frozenset(data["jump_sports_before"]),
        frozenset(data["jump_sports"]),
    )


@cache
def _games() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = context_data()["everyday"]
    return (
        frozenset(data["games"]),
        frozenset(data["game_leads"]),
        frozenset(data["accident_leads"]),
    )


_GAME_REACH = 4  # words after the act's "in" or "on" in which a game is looked for


_LEAD_AFTER = re.compile(r"\W{1,3}(?:in|on|during|at)\W")  # a prefilter of the game's lead


def _in_a_game(text: str, start: int, end: int) -> bool:
    """A death told in a game or as an accident: "accidentally killed myself in minecraft",
    "i kill myself on the last level every time"."""
    games, leads, accidents = _games()
    before = text[max(0, start - 16) : start]
    if "acciden" in before and words_of(before)[-1:] in [[w] for w in accidents]:
        return True
    if _LEAD_AFTER.match(text, end) is None:
        return False  # the cheap test first: most acts are not followed by "in" or "on"
    after = words_of(text[end : end + 50])
    return bool(after) and after[0] in leads and not games.isdisjoint(after[1 : 1 + _GAME_REACH])


_OVERDOSE_WORDS = frozenset({"overdose", "od", "overdosing", "overdosed"})


@lru_cache(maxsize=4096)
def _act_kind(phrase: str) -> str | None:
    """Which everyday reading a phrase may have besides a game: "overdose", "jump" or none."""
    words = phrase.split()
    if words[-1] in _OVERDOSE_WORDS or words[-2:-1] == ["od"] or words[-2:-1] == ["overdose"]:
        return "overdose"
    if any(w.startswith("jump") for w in words):
        return "jump"
    return None


def _everyday_act(phrase: str, text: str, start: int, end: int) -> bool:
    """An act of ideation that is a figure of speech, a sport or a game by its object or its
    sentence: "gonna OD on coffee tonight", "bungee jumping off a bridge on saturday",
    "accidentally killed myself in minecraft"."""
    if _in_a_game(text, start, end):
        return True
    kind = _act_kind(phrase)
    if kind is None:
        return False
    treats, skipped, sports_before, sports = _everyday_acts()
    if kind == "overdose":
        for word in words_of(text[end : end + 60])[:6]:
            if word not in skipped:
                return word in treats
        return False
    if words_of(text[max(0, start - 20) : start])[-1:] in [[w] for w in sports_before]:
        return True
    sentence, _ = sentence_before(text, start)
    around = words_of(sentence)[-LOOKBACK_WORDS:] + words_of(sentence_after(text, end))
    return not sports.isdisjoint(around)


_JEST_REACH = 30  # characters around a plea in which laughter makes it a figure of speech


def in_jest(text: str, start: int, end: int) -> bool:
    """Laughter beside a plea: "hahaha please kill me", "(kill me lol)"."""
    laughter = word_lists().laughter
    near = words_of(text[max(0, start - _JEST_REACH) : end + _JEST_REACH])
    return any(w in laughter or (len(w) > 3 and set(w) <= {"h", "a"}) for w in near)


def level_in_context(entry: Entry, reading: Reading) -> tuple[Level, str | None]:
    """The entry's level after context: lowered to `concern` at most, never below."""
    if entry.level <= Level.CONCERN:
        return Level.CONCERN, reading.context
    context = reading.context
    if context is not None:
        return Level.CONCERN, context
    implicit = reading.person == "none" and entry.phrase == "suicidal"  # "Suicidal again."
    owned = reading.person == "first" and reading.distance <= _TOPIC_REACH
    if entry.topic and not (owned or implicit):
        return Level.CONCERN, "no_first_person"
    if entry.topic and reading.claim:
        return Level.CONCERN, "about_the_topic"
    if reading.discussed and (entry.category in IDEATION or entry.category == "attempt"):
        return Level.CONCERN, "about_the_topic"  # "a survey on suicidal ideation"
    if reading.left_behind and entry.category in IDEATION:
        return Level.CONCERN, "left_behind"  # a described attempt or plan stays `high`
    return entry.level, None


@cache
def _intent_needs() -> dict[str, str]:
    """Each plan phrase that needs the writer's intent: "intent" always, "setting" only when a
    setting of its own follows it (context.toml, `[intent]`)."""
    data = context_data()["intent"]
    needs = {phrase: "setting" for phrase in data["needs_setting"]}
    needs.update({phrase: "intent" for phrase in data["needs_intent"]})
    return needs


@cache
def _settings_after() -> frozenset[str]:
    return frozenset(context_data()["intent"]["setting_after"])


@cache
def _needy_phrases() -> frozenset[str]:
    """Every phrase `_intent_need` answers for, plurals included (one set lookup per hit)."""
    needs = _intent_needs()
    return frozenset({*needs, *(f"{phrase}s" for phrase in needs)})


def _intent_need(entry: Entry) -> str | None:
    """What a plan phrase (or its plural) needs besides itself to be one, if anything."""
    needs = _intent_needs()
    phrase = entry.phrase
    return needs.get(phrase) or (needs.get(phrase[:-1]) if phrase.endswith("s") else None)


_INTENT_CATEGORIES = frozenset({*IDEATION, "plan", "attempt"})


def without_intent(
    signals: list[Signal], entries: Sequence[Entry], spans: Sequence[tuple[int, int]], text: str
) -> list[Signal]:
    """Lower a plan that needs intent ("my last night", "tonight's the night") to `concern`
    where nothing else in the post is the writer's own ideation, attempt or plan at `high`,
    means at hand or finality: "tonight is my last night in this apartment" ends a stay, not a
    life."""
    needy = _needy_phrases()
    if not any(e.phrase in needy for e in entries):
        return signals  # the cheap test first: almost no post holds such a plan
    settings = _settings_after()

    def set_apart(k: int) -> bool:
        """A setting of its own follows the plan: "my last day at work"."""
        return next(iter(words_of(text[spans[k][1] : spans[k][1] + 20])), "") in settings

    wanting = [
        k
        for k, (s, e) in enumerate(zip(signals, entries, strict=True))
        if s.context is None
        and s.level >= Level.HIGH
        and (need := _intent_need(e)) is not None
        and (need == "intent" or set_apart(k))
    ]
    if not wanting:
        return signals
    all_set_apart = all(set_apart(k) for k in wanting)
    if any(
        s.context is None
        and _intent_need(e) is None
        and (
            (s.level >= Level.HIGH and s.category in _INTENT_CATEGORIES)
            # "I have my pills saved. Tonight is the night", "I can't do this anymore. Tonight's
            # the night"; not beside a setting of its own ("my last day at work")
            or (not all_set_apart and (e.at_hand or s.category == "finality"))
        )
        for s, e in zip(signals, entries, strict=True)
    ):
        return signals
    return [
        replace(s, level=Level.CONCERN, context="no_intent") if k in wanting else s
        for k, s in enumerate(signals)
    ]


@cache
def _jest_taken_back() -> re.Pattern[str]:
    words = context_data()["reading"]["jest_taken_back"]
    return re.compile("|".join(re.escape(f" {w} ") for w in words))


_LAUGHS = (
    "lol",
    "lmao",
    "lmfao",
    "rofl",
    "haha",
    "hehe",
    "xd",
    "jk",
)  # a prefilter: `in_jest` decides


def _laughs_near(text: str, start: int, end: int) -> bool:
    """A laughter's letters within `in_jest`'s reach (substring tests in C, no word split)."""
    window = text[max(0, start - _JEST_REACH) : end + _JEST_REACH]
    return any(laugh in window for laugh in _LAUGHS) and in_jest(text, start, end)


_JEST_CATEGORIES = frozenset({"active_ideation", "passive_ideation"})


def jest_only(
    signals: list[Signal], entries: Sequence[Entry], spans: Sequence[tuple[int, int]], text: str
) -> list[Signal]:
    """Lower ideation told with laughter beside it ("I'm so embarrassed I want to die haha",
    "if I hear that song again I'll kill myself lol") to a figure of speech, where it is all
    the post holds: no other signal at `high`, no plan, attempt or means word."""
    jesting = [
        k
        for k, s in enumerate(signals)
        if s.category in _JEST_CATEGORIES
        and s.context is None
        and s.level >= Level.HIGH
        and _laughs_near(text, spans[k][0], spans[k][1])
    ]
    if not jesting or _jest_taken_back().search(f" {' '.join(words_of(text))} "):
        return signals
    if any(
        k not in jesting
        and (
            (s.context is None and (s.level >= Level.HIGH or s.category in ("plan", "attempt")))
            or s.category == "means"  # a means word, even read as everyday, is no joke
            or e.at_hand
        )
        for k, (s, e) in enumerate(zip(signals, entries, strict=True))
    ):
        return signals
    return [
        replace(s, level=Level.CONCERN, context="figure_of_speech") if k in jesting else s
        for k, s in enumerate(signals)
    ]
