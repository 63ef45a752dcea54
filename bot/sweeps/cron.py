"""Crontab expressions as APScheduler 3 triggers, read one way by the config and the scheduler.

`from_crontab` in APScheduler 3 counts weekdays from Monday = 0 (agronholm/apscheduler#286),
where cron counts from Sunday = 0: the day-of-week field is translated to day names first, so
`cron = "0 9 * * 1"` means Monday as moderators expect.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_NAME_TO_DAY = {name: number for number, name in enumerate(_DAY_NAMES)}


def _day(token: str) -> int:
    token = token.strip().lower()
    if token in _NAME_TO_DAY:
        return _NAME_TO_DAY[token]
    if not token.isdigit() or not 0 <= int(token) <= 7:
        raise ValueError(f"day of week {token!r} is not 0-7 or sun-sat")
    return int(token) % 7


def cron_weekdays(field: str) -> str:
    """A crontab day-of-week field (Sunday = 0 or 7) as APScheduler 3 day names."""
    if field.strip() == "*":
        return "*"
    days: set[int] = set()
    for item in field.split(","):
        span, _, step_text = item.partition("/")
        if step_text and not step_text.isdigit():
            raise ValueError(f"bad step in day of week {item!r}")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(f"bad step in day of week {item!r}")
        if span == "*":
            first, last = 0, 6
        elif "-" in span:
            low, high = span.split("-", 1)
            # Sunday is 0 or 7: as a range's end 7 is the week's end, not its start
            first = 7 if low.strip() == "7" else _day(low)
            last = 7 if high.strip() == "7" else _day(high)
        else:
            first = _day(span)
            last = first if not step_text else 6
        if last < first:
            raise ValueError(f"day-of-week range {span!r} runs backwards")
        days.update(day % 7 for day in range(first, last + 1, step))
    if len(days) == 7:
        return "*"
    return ",".join(_DAY_NAMES[day] for day in sorted(days))


def cron_trigger(expression: str, timezone: str) -> CronTrigger:
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"{expression!r} is not a five-field cron expression")
    fields[4] = cron_weekdays(fields[4])
    return CronTrigger.from_crontab(" ".join(fields), timezone=ZoneInfo(timezone))
