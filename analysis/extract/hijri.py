"""Hijri (Umm al-Qura) dates to Gregorian, through the ``hijridate`` library.

``hijridate`` (the maintained successor of ``hijri-converter``) holds the Umm
al-Qura calendar tables for 1343–1500 AH (1924–2077 CE); a Hijri date outside
them is converted to nothing (``None``/``""``), never guessed.

A day 30 in a month the table gives 29 days is accepted: the start of a month
depends on the sighting of the moon, and a country that saw it a day later than
Umm al-Qura writes «30 رمضان»; it is read as the day after the 29th.
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

FIRST_YEAR, LAST_YEAR = 1343, 1500


def convertible(year: int) -> bool:
    """True when ``year`` AH is within the Umm al-Qura tables."""
    return FIRST_YEAR <= year <= LAST_YEAR


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri day, or None outside the tables or for a day that does not exist.

    Args:
        year, month, day: the Hijri date (day 1–30).

    Returns:
        A :class:`datetime.date`, or None.
    """
    if not (convertible(year) and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    length = Hijri(year, month, 1).month_length()
    if day <= length:
        return Hijri(year, month, day).to_gregorian()
    # Day 30 of a 29-day month (a later sighting): the day after the 29th.
    return Hijri(year, month, length).to_gregorian() + timedelta(days=1)


def interval(year: int, month: int | None = None) -> str:
    """A Hijri month or year as a Gregorian ISO interval ``first/last`` (days), or ``""`` outside the tables."""
    if not convertible(year):
        return ""
    first_month, last_month = (month, month) if month else (1, 12)
    first = Hijri(year, first_month, 1).to_gregorian()
    last = Hijri(year, last_month, Hijri(year, last_month, 1).month_length()).to_gregorian()
    return f"{first.isoformat()}/{last.isoformat()}"


def hijri_month_of(day: date) -> tuple[int, int] | None:
    """The Hijri (year, month) a Gregorian day falls in, or None outside the tables."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month
