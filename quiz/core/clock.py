"""Time for every layer: UTC timestamps as sortable text, time zones, and the student's day.

fsrs accepts only timezone-aware datetimes in `datetime.timezone.utc`, so every datetime that
enters the engine goes through `as_utc`. The store keeps times as ISO text with microseconds and
a `+00:00` suffix (`to_iso`), which sorts the same as the times themselves. "Today" is the
student's local day, which starts at `day_start_hour` (4 am by default, as in Anki). A zone
name from the user (the CLI's `--tz`, a student's saved zone) is checked by `resolve_zone`,
the one place that says "unknown time zone".
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quiz.errors import QuizError

DEFAULT_DAY_START_HOUR = 4


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (the default clock of a study session)."""
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """`moment` converted to `timezone.utc`; naive datetimes are refused (their zone is unknown)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: quiz needs timezone-aware datetimes")
    return moment.astimezone(timezone.utc)


def to_iso(moment: datetime) -> str:
    """The store's text form of a time: UTC, microseconds, `+00:00`; sorts chronologically."""
    return as_utc(moment).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    """Parse a time written by `to_iso` (or any ISO time with an offset) back to UTC."""
    return as_utc(datetime.fromisoformat(text))


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None when there is no such zone.

    Every zone name from the user goes through here: ZoneInfo raises not only
    ZoneInfoNotFoundError but ValueError (`../x`) and OSError (a name too long for a file
    name), and none of them should reach the user as a traceback.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def resolve_zone(name: str | None) -> tzinfo:
    """A zone by IANA name, or the machine's zone for None/empty; QuizError if unknown.

    The error quotes the name (cut to 60 characters: it may be anything the user typed).
    """
    if not name:
        return local_zone()
    zone = zone_named(name)
    if zone is None:
        shown = name if len(name) <= 60 else name[:60] + "..."
        raise QuizError(f"unknown time zone {shown!r} (use a name like Europe/Paris)")
    return zone


def local_zone() -> tzinfo:
    """The machine's time zone as an IANA zone when it can be found (DST-aware), else fixed."""
    name = os.environ.get("TZ", "").lstrip(":")
    candidates = [name] if name else []
    localtime = Path("/etc/localtime")
    try:
        if localtime.is_symlink():
            target = str(localtime.resolve())
            if "zoneinfo/" in target:
                candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for candidate in candidates:
        zone = zone_named(candidate)
        if zone is not None:
            return zone
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else timezone.utc


def study_day(moment: datetime, tz: tzinfo, day_start_hour: int = DEFAULT_DAY_START_HOUR) -> date:
    """The calendar date of the study day holding `moment` (before the start hour: yesterday)."""
    local = as_utc(moment).astimezone(tz)
    day = local.date()
    if local.hour < day_start_hour:
        day -= timedelta(days=1)
    return day


def day_start(day: date, tz: tzinfo, day_start_hour: int = DEFAULT_DAY_START_HOUR) -> datetime:
    """The UTC instant at which study day `day` begins in zone `tz`."""
    return datetime.combine(day, time(day_start_hour), tzinfo=tz).astimezone(timezone.utc)


def today_bounds(
    moment: datetime, tz: tzinfo, day_start_hour: int = DEFAULT_DAY_START_HOUR
) -> tuple[datetime, datetime]:
    """The UTC start and end of the study day holding `moment` (end = next day's start)."""
    day = study_day(moment, tz, day_start_hour)
    return day_start(day, tz, day_start_hour), day_start(day + timedelta(days=1), tz,
                                                         day_start_hour)
