"""The time patterns the imminence rules read ("tonight", "on friday", "in two hours"), built
from the lexicon's time lists, and the squashed text they are read in (`imminence.py` uses
them)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from policies.crisis.means import imminence_data
from policies.crisis.words import context_data
from policies.key_index import rarest_word


@dataclass(frozen=True)
class _Times:
    """The `[time]` section of context.toml, compiled."""

    time: re.Pattern[str]  # any time, date, duration or event, in squashed text
    time_ahead: re.Pattern[str]  # the same, and events after "after", "when": intent told ahead
    ahead: re.Pattern[str]  # intent told ahead ("going to", "I'll"), not a wish ("I want to")
    weekday_next: re.Pattern[str]  # a bare weekday right after the intent
    act: re.Pattern[str]  # a sentence that names the act ("I'll do it tomorrow")
    recent_before: re.Pattern[str]
    recent_after: re.Pattern[str]
    fragment_words: int
    past: frozenset[str]
    clause_break: re.Pattern[str]  # where the intent's clause ends: "but", "if", "because"
    new_clause: re.Pattern[
        str
    ]  # "and" opening the writer's own clause: the time before is another's
    anchors: frozenset[str]  # words one of which every time holds: a post without any has none
    topic_after: frozenset[str]  # a time followed by these is what the clause is about
    is_the: re.Pattern[str]  # "is the day": after a time, it says when the act is
    effects: re.Pattern[str]  # an overdose's effects told now ("it's starting to hit")
    fillers: frozenset[str]  # what a fragment may hold besides its time ("Tonight then.")
    habits: re.Pattern[str]  # a clause told as a habit or "one of these days": no time in it
    denials: frozenset[str]  # a word just before a time that denies it ("not today")
    weekdays: frozenset[str]  # a weekday alone is a fragment's time ("Thursday. That's when.")
    cover: re.Pattern[str]  # others out of the way ("once my wife falls asleep")
    joints: re.Pattern[str]  # where another clause may open after the intent: ",", " and "
    own_subjects: frozenset[str]  # a clause's first word that makes it another's ("my dog died")
    topic_stems: frozenset[str]  # verbs after a time that make it the clause's topic ("sucked")
    subordinators: frozenset[str]  # words that open a clause of time ("before", "once")
    time_clause: frozenset[str]  # words that make a clause one of time wherever they stand
    noticing: re.Pattern[str]  # "i realised" after a time: the time is the noticing's


def _either(items: list[str]) -> str:
    """Literal phrases as one alternation, longest first."""
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


# The lists whose items open an alternative of the `time` pattern (besides "on", "the", digits:
# "0" below).
_TIME_LEADS = ("expressions", "weekday_leads", "months", "duration_leads", "duration_counts",
    "event_leads")  # fmt: skip


def _in_squashed(
    alternation: str, leads: list[list[str]], more: tuple[str, ...] = ()
) -> re.Pattern[str]:
    r"""`\b(?:alternation)\b` for text made by `_squashed`, where each word (of [a-z0-9]) follows
    one space: there `\b` before a word is that space, and a literal first character lets the
    engine skip in C from space to space (twice as fast). A match then starts one character
    earlier and ends at the same place (the rules read only whether and where it ends). Should
    any alternative open with something else, the plain pattern is kept."""
    firsts = [item[:1] for items in leads for item in items] + [m[:1] for m in more]
    if all(f.isascii() and f.isalnum() for f in firsts):
        return re.compile(rf" (?:{alternation})\b")
    return re.compile(rf"\b(?:{alternation})\b")


def _counted_down(weekdays: str, counts: str, units: str, more: dict[str, list[str]]) -> str:
    """Times of imminence.toml: a weekday with a part of the day ("thursday night") or told as
    the day ("sunday is the day"), a duration counted down ("4 more days", "a week left") and a
    day counted from another ("two weeks from now", "a week from friday")."""
    parts, is_the = _either(more["day_parts"]), _either(more["is_the"])
    return (
        rf"(?:{weekdays}) (?:{parts})|(?:{weekdays}) (?={is_the})"
        # "my birthday is the day": an event told as the day
        rf"|my (?:[a-z0-9]+ )?(?:{_either(more['event_nouns'])}) (?={is_the})"
        # one alternative for every time led by a count: "4 more days", "a week left", "two
        # weeks from now", "a week from friday" (the engine tries each alternative at every word)
        rf"|(?:{counts}) (?:more (?:{units})|(?:more )?(?:{units}) (?:{_either(more['more'])})"
        rf"|(?:{units}) from (?:now|today|tomorrow|tonight|{weekdays}))"
        r"|(?:tonights|todays|tomorrows) (?=the (?:day|night)\b)"  # "tonight's the night"
    )


def _clock_and_day(units: str, more: dict[str, list[str]]) -> str:
    """Times of imminence.toml told by the clock, a bare ordinal, the day of an event, or an
    event told by what happens then: "at 3am", "by 11:40" (squashed to "11 40"), "at 5 in the
    morning", "the 11:40 train", "the 25th", "the night of my birthday", "before my court date".
    One alternative per leading word: the engine tries each alternative at every word."""
    clock_leads = _either(more["clock_leads"])
    meridiem = r"(?:am|pm|a m|p m|oclock|o clock)"
    clock = (
        rf"(?:{clock_leads}) \d{{1,2}}"
        rf"(?:(?: \d\d)?(?: ?{meridiem}| (?:{_either(more['clock_parts'])}))| \d\d\b)"
        rf"(?! (?:{units}))"
        rf"|\d{{1,2}} ?(?:am|pm)\b"
    )
    the = (
        rf"the (?:\d{{1,2}}(?:(?:st|nd|rd|th)(?! (?:{_either(more['ordinal_not_days'])})\b)"
        rf"| \d\d (?:{_either(more['vehicles'])}))"
        rf"|(?:{_either(more['day_parts'])}|day) of (?:(?:my|the|our|his|her|their|this|next) )?"
        rf"(?:[a-z0-9]+ )?(?:{_either(more['event_nouns'])}))"
    )
    back = (  # "before my parents wake up", "by the time my wife gets home"
        rf"(?:{_either(more['back_leads'])}) (?:{_either(more['cover_subjects'])}) "
        rf"(?:[a-z]+ )?(?:{_either(more['back_verbs'])})"
    )
    return f"{clock}|{the}|{back}|{_event(more, 'event_leads')}"


def _event(more: dict[str, list[str]], leads: str) -> str:
    """An event told by what happens then: a lead, a determiner, a word and the event's noun,
    with an ending ("when the lease runs out", "before my court date", "after my last shift")."""
    nouns, ends = _either(more["event_nouns"]), _either(more["event_ends"])
    return (
        rf"(?:{_either(more[leads])}) (?:(?:my|the|our|his|her|their|this|next) )?"
        rf"(?:[a-z0-9]+ )?(?:{nouns})(?: (?:{ends}))?"
    )


def _cover(more: dict[str, list[str]]) -> str:
    """Others out of the way: "once my wife falls asleep", "waiting for everyone to leave"."""
    return (
        rf"(?:{_either(more['cover_leads'])}) (?:{_either(more['cover_subjects'])}) "
        rf"(?:[a-z]+ ){{0,3}}?(?:to )?(?:{_either(more['cover_verbs'])})"
        r"(?! (?:me|us|him|her|them|my)\b)"  # "when she leaves me": a breakup, not a time
    )


@cache
def times_data() -> dict[str, Any]:
    """times.toml, parsed once."""
    raw = (resources.files("policies") / "lexicon" / "times.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def _more_times(weekdays: str, counts: str, units: str) -> str:
    """Times of times.toml: "this time next week", the end of a period after any lead ("for the
    end of the month"), days counted till the act ("3 days till i kill myself"), a weekday
    opening the writer's own clause ("saturday i end my life") and getting ready for the act
    ("getting ready to end my life"), which like "about to" is read in the intent's clause."""
    data = times_data()
    more = data["times"]
    ends = (
        rf"(?:{_either(more['end_leads'])}) the end of (?:(?:the|this|next|my) )?"
        rf"(?:{_either(more['end_periods'])})"
    )
    till = rf"(?:{counts}) (?:more )?(?:{units}) (?:{_either(more['till'])})"
    last_day = rf"(?:{_either(more['last_days'])}) (?=(?:my|the) (?:last|final)\b)"
    wishes = _either(more["not_after_subject"])
    day = rf"(?:{weekdays}) (?=(?:{_either(more['writer_subjects'])}) (?!(?:{wishes})\b))"
    return (
        f"{_either(more['this_time'])}|{ends}|{till}|{day}|{last_day}"
        f"|{_either(data['ready']['leads'])}|{_either(more['expressions'])}"
    )


def _day_event() -> str:
    """An event of the day after a lead that looks ahead ("after school", "before work starts"):
    a time only for intent told ahead."""
    more = times_data()["times"]
    return (
        rf"(?:{_either(more['day_event_leads'])}) (?:{_either(more['day_events'])})"
        rf"(?: (?:{_either(more['day_event_ends'])}))?"
    )


def _more_leads() -> list[list[str]]:
    """The first words of `_more_times`' alternatives (besides counts and weekdays)."""
    data = times_data()
    more = data["times"]
    return [more["this_time"], more["end_leads"], data["ready"]["leads"], more["expressions"],
        more["last_days"]]  # fmt: skip


def _more_anchors() -> set[str]:
    """A word each of `_more_times`' alternatives holds (its longest: the rarest)."""
    data = times_data()
    more = data["times"]
    items = [*more["this_time"], *more["end_periods"], *data["ready"]["leads"],
        *more["expressions"], *more["last_days"], *more["day_events"]]  # fmt: skip
    return {max(item.split(), key=lambda w: (w not in _FUNCTION_WORDS, len(w))) for item in items}


@dataclass(frozen=True)
class _Composition:
    """One composition of times.toml `[resolve]` classes, compiled, and what it needs."""

    pattern: re.Pattern[str]  # in text made by `_with_stops`
    needs: tuple[frozenset[str], ...]  # its rarer classes' phrases' longest words: one occurs


def _rare_words(phrases: list[str]) -> frozenset[str]:
    """Each phrase's rarest word (`policies.key_index.rarest_word`): a phrase found in squashed
    text has each of its words whole, so a sentence without any of these holds none of them."""
    return frozenset(rarest_word(p.split()) for p in phrases)


@cache
def _resolve() -> tuple[_Composition, ...]:
    r = times_data()["resolve"]

    def one(key: str) -> str:
        return f"(?:{_either(r[key])})"

    # a decision or a state told bare ("i've decided.", "it's set, ...", "i've decided to | kill
    # myself"), not of something else ("i decided to talk to someone", "i'm certain that ...")
    bare = rf"(?: (?:{one('bare_links')}))?(?: \||\s*$)"
    owned = rf"(?:{one('give_determiners')} )?(?:[a-z]+ )?{one('give_objects')}"
    compositions: list[tuple[str, list[str]]] = [
        (
            rf"{one('subjects')} (?:{one('adverbs')} )?{one('decisions')}{bare}",
            ["decisions"],
        ),
        (rf"(?<=^ )(?:{one('adverbs')} )?{one('decisions')}{bare}", ["decisions"]),
        (
            rf"{one('state_subjects')} (?:{one('adverbs')} )?{one('states')}{bare}",
            ["states"],
        ),
        (rf"{one('date_nouns')} (?:is )?{one('date_states')}", ["date_nouns", "date_states"]),
        (rf"{one('bye_verbs')} {one('bye_words')} {one('bye_whom')}", ["bye_words", "bye_whom"]),
        (one("knowing"), ["knowing"]),
        (
            rf"{one('write_verbs')} (?:{one('write_determiners')} )?{one('write_objects')}",
            ["write_objects"],
        ),
        (rf"{one('write_verbs')} {one('letters_to')}", ["letters_to"]),
        (
            rf"(?:{one('done_subjects')} )?{one('done_objects')} "
            rf"(?:{one('done_for')} (?:[a-z]+ )?)?(?:{one('done_verbs')} )?{one('done_states')}",
            ["done_objects"],
        ),
        (rf"{one('order_verbs')} {one('order_objects')}", ["order_objects"]),
        (rf"{one('ends_verbs')} {one('ends_objects')}", ["ends_objects"]),
        (rf"{one('give_away_verbs')} {owned}", ["give_away_verbs"]),
        (
            rf"{one('give_verbs')} {owned} {one('give_tails')}",
            ["give_verbs", "give_objects"],
        ),
        (one("lasts") + bare, ["lasts"]),
    ]
    return tuple(
        _Composition(
            re.compile(rf" (?:{pattern})(?![a-z0-9])"),
            tuple(_rare_words(r[key]) for key in keys),
        )
        for pattern, keys in compositions
    )


@cache
def _resolve_words() -> frozenset[str]:
    """Every word some composition needs."""
    return frozenset(w for c in _resolve() for need in c.needs for w in need)


@cache
def _resolve_pattern() -> re.Pattern[str]:
    """Every composition in one pattern (one scan, from space to space)."""
    return re.compile("|".join(c.pattern.pattern for c in _resolve()))


@lru_cache(maxsize=4096)
def resolved(text: str) -> bool:
    """A decision or arrangements made in `text` ("i've decided", "everything is arranged", "i
    wrote the note", "gave my cat to my sister", "last post"): with the writer's intent beside
    it, the intent is a plan. Looked for only when a word a composition needs occurs."""
    if _resolve_words().isdisjoint(_WORDS.findall(text.replace("'", "").replace("\u2019", ""))):
        return False
    return _resolve_pattern().search(_with_stops(text)) is not None


_STOP = re.compile(r"[.!?;:,\n]+")
_SQUASH_BUT_STOPS = re.compile(r"[^a-z0-9|]+")


def _with_stops(text: str) -> str:
    """`_squashed`, with each run of clause punctuation kept as one "|" word."""
    text = _STOP.sub(" | ", text.replace("|", " ").replace("'", "").replace("\u2019", ""))
    return " " + _SQUASH_BUT_STOPS.sub(" ", text).strip() + " "


def another_clause(right: str) -> int | None:
    """Where, in the text right after the intent, a clause of its own opens with a time ("I want
    to die, this week my dog died", "... and tomorrow my results come out"): the time is that
    clause's. None when no such clause opens."""
    times = _times()
    for joint in times.joints.finditer(right):
        rest = _squashed(right[joint.end() :])
        found = times.time.match(rest)
        if found is None:
            continue
        following = rest[found.end() :].split()[:1]
        if following and following[0] in times.own_subjects:
            return joint.start()
    return None


@cache
def _outcome() -> re.Pattern[str]:
    data = times_data()["farewell"]
    return re.compile(
        rf"(?: \|)? (?:{_either(data['outcomes'])})(?: (?:{_either(data['tails'])}))?"
        r"(?: \||\s*$)"
    )


def absence_follows(text: str) -> bool:
    """`text`, right after a farewell, tells the writer's absence bare ("| i'll be gone.")."""
    return _outcome().match(_with_stops(text)) is not None


def another_clause_before(left: str) -> int:
    """Where, in the text right before the intent, the intent's own clause begins after a clause
    that holds a time and words of its own ("last day at work today, | i want to die", "i got
    fired today, | i want to kill myself"); a time alone before the comma is the intent's
    ("tonight, i'm going to"). 0 when no such clause is there."""
    times = _times()
    joints = [m for m in times.joints.finditer(left) if m.group().strip() in (",", ";", "-")]
    if not joints:
        return 0
    joint = joints[-1]
    opening = joints[-2].end() if len(joints) > 1 else 0
    before = _squashed(left[opening : joint.start()])
    if times.time.search(before) is None or times.time.match(before) is not None:
        return 0  # no time, or a clause that opens with its time ("on friday when ..., ")
    words = before.split()
    if (words[:1] and words[0] in times.subordinators) or times.time_clause.intersection(words):
        return 0  # a clause of time ("before anyone wakes up, ", "i think when i get home, ")
    rest = times.time.sub(" ", before).split()
    content = [w for w in rest if w not in times.fillers]
    return joint.end() if len(content) >= 2 else 0


def topic_verb(word: str) -> bool:
    """A verb, in any form, that makes the time before it what its clause is about ("this week
    sucked", "today seemed endless")."""
    stems = _times().topic_stems
    return any(
        word[: len(word) - len(ending)] in stems
        for ending in ("", "s", "ed", "d", "ing", "es")
        if word.endswith(ending)
    )


@cache
def _times() -> _Times:
    data = context_data()["time"]
    weekdays = _either(data["weekdays"])
    weekday = f"(?:{_either(data['weekday_leads'])}) (?:{weekdays})"
    months, ordinal = _either(data["months"]), r"\d{1,2}(?:st|nd|rd|th)?"
    date = (
        rf"on the {ordinal}|the {ordinal} of|(?:on )?(?:{months}) {ordinal}"
        rf"|on {ordinal} (?:{months})"
    )
    counts = _either(data["duration_counts"]) + r"|\d+"
    units = _either(data["duration_units"])
    duration = rf"(?:{_either(data['duration_leads'])}) (?:{counts}) (?:{units})"
    leads, owners = _either(data["event_leads"]), _either(data["event_owners"])
    owned_leads = _either(data["owned_event_leads"])
    nouns, ends = _either(data["event_nouns"]), _either(data["event_ends"])
    owned = rf"(?:(?:{owners}) )?(?:[a-z]+ )?(?:{nouns})(?: (?:{ends}))?"
    event = rf"(?:{leads}) (?:{_either(data['events'])})|(?:{owned_leads}) {owned}"
    expressions = _either(data["expressions"])
    more = imminence_data()["time"]
    cover = _cover(more)
    any_time = (
        f"{expressions}|{weekday}|{date}|{duration}|{event}"
        f"|{_counted_down(weekdays, counts, units, more)}|{cover}"
        f"|{_clock_and_day(units, more)}|{_more_times(weekdays, counts, units)}"
    )
    # every other time of imminence.toml holds a weekday, a unit or a number already
    extra_anchors = (
        {item.split()[-1] for item in [*more["cover_verbs"], *more["back_verbs"]]}
        | {word for item in more["event_nouns"] for word in item.split()}
        | _more_anchors()
    )
    time_leads = [
        *(data[k] for k in _TIME_LEADS),
        data["weekdays"],
        more["cover_leads"],
        *_more_leads(),
    ]
    other = times_data()["another_clause"]
    mine = times_data()["times"]
    return _Times(
        time=_in_squashed(
            any_time, time_leads, ("on", "the", "0", *more["clock_leads"], *more["event_leads"])
        ),
        time_ahead=_in_squashed(
            f"{any_time}|{_event(more, 'ahead_leads')}|{_day_event()}",
            time_leads,
            (
                "on",
                "the",
                "0",
                *more["clock_leads"],
                *more["event_leads"],
                *more["ahead_leads"],
                *times_data()["times"]["day_event_leads"],
            ),
        ),
        ahead=re.compile(rf" (?:{_either(more['ahead_markers'])})\b"),
        weekday_next=re.compile(rf" +(?:[a-z]+ +)?(?:{weekdays})\b"),
        act=_in_squashed(
            _either([*data["act_phrases"], *more["act_phrases"], *mine["act_phrases"]]),
            [data["act_phrases"], more["act_phrases"], mine["act_phrases"]],
        ),
        noticing=re.compile(rf" (?:i )?(?:{_either(mine['noticing'])})\b"),
        recent_before=re.compile(rf"\b(?:{_either(data['recent_before'])})\b"),
        recent_after=re.compile(rf"\b(?:{_either(data['recent_after'])})\b"),
        fragment_words=int(data["fragment_words"]),
        past=frozenset(data["past_leads"]),
        anchors=frozenset(
            word
            for key in (
                "expressions",
                "weekdays",
                "months",
                "duration_units",
                "events",
                "event_nouns",
            )
            for item in data[key]
            for word in item.replace("'", "").split()
            if word not in _FUNCTION_WORDS
        )
        | (extra_anchors - _FUNCTION_WORDS),
        clause_break=re.compile(rf"\b(?:{_either(data['clause_breaks'])})\b"),
        new_clause=re.compile(
            rf"\band (?:(?:{_either(more['new_clause_adverbs'])}) |(?!then\b)[a-z]+ [a-z]+ )?"
            r"(?=i\b|i'|im\b|ive\b|ill\b|id\b)"
        ),
        topic_after=frozenset(data["topic_after"]),
        is_the=re.compile(rf" ?(?:{_either(more['is_the'])})\b"),
        cover=_in_squashed(cover, [more["cover_leads"]]),
        effects=_in_squashed(_either(more["effects"]), [more["effects"]]),
        fillers=frozenset(more["fragment_fillers"]),
        habits=re.compile(rf" (?:{_either(more['habits'])})\b"),
        denials=frozenset(more["denials"]),
        weekdays=frozenset([*data["weekdays"], *more["fragment_days"]]),
        joints=re.compile("|".join(re.escape(j) for j in other["joints"])),
        own_subjects=frozenset(other["subjects"]),
        topic_stems=frozenset(other["topic_verbs"]),
        subordinators=frozenset(other["subordinators"]),
        time_clause=frozenset(other["time_clause"]),
    )


_FUNCTION_WORDS = frozenset({"to", "this", "the", "of", "a", "an", "in", "is", "i", "my", "on",
    "by", "at", "when", "after", "before", "end", "next", "right"})  # fmt: skip
_WORDS = re.compile(r"[a-z0-9]+")
_SQUASH = re.compile(r"[^a-z0-9]+")


def _squashed(text: str) -> str:
    """Words only, one space between, apostrophes dropped ("everyone's" reads "everyones"):
    the time rules answer yes or no, so they need no offsets."""
    return " " + _SQUASH.sub(" ", text.replace("'", "").replace("\u2019", "")).strip() + " "
