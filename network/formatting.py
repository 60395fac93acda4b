"""Dates and times as people read them, in UK time."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format


def date_range_text(start: datetime.date | None, end: datetime.date | None) -> str:
    """Return "March 2023 to June 2024", "Since March 2023", or "" when there is no start."""
    if start is None:
        return ""
    if end is None:
        return f"Since {date_format(start, 'F Y')}"
    return f"{date_format(start, 'F Y')} to {date_format(end, 'F Y')}"


def datetime_range_text(start: datetime.datetime, end: datetime.datetime) -> str:
    """Return "Saturday 20 June 2026, 9:30am to 5pm" in UK time, naming both days if they differ."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    start_text = f"{date_format(start, 'l j F Y')}, {_time_text(start)}"
    if start.date() == end.date():
        return f"{start_text} to {_time_text(end)}"
    return f"{start_text} to {date_format(end, 'l j F Y')}, {_time_text(end)}"


def _time_text(moment: datetime.datetime) -> str:
    # GOV.UK style: 9:30am, 5pm, midday.
    if moment.hour == 12 and moment.minute == 0:
        return "midday"
    return date_format(moment, "g:ia" if moment.minute else "ga").replace(".", "").lower()
