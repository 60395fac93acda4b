"""iCalendar (RFC 5545) files for events, built with icalendar."""

from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT_ID = "-//Practice Commons//Events//EN"


def events_calendar(events, request, name: str = "Practice Commons events") -> bytes:
    """Return an iCalendar file holding the events."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_calendar_event(event, request))
    return calendar.to_ical()


def _calendar_event(event, request) -> Event:
    entry = Event()
    # Stable across renames and moves, like the feeds' GUIDs.
    entry.add("uid", f"{event.translation_key}@practice-commons")
    entry.add("dtstamp", event.last_published_at or timezone.now())
    # Stored in UTC, so written as UTC times ("...Z"): calendars show them in local time.
    entry.add("dtstart", event.start)
    entry.add("dtend", event.end)
    entry.add("summary", event.title)
    organiser = f" Organised by {event.organiser.name}." if event.organiser else ""
    entry.add("description", event.summary + organiser)
    entry.add("location", event.venue or event.online_url or "Online")
    entry.add("url", request.build_absolute_uri(event.get_url(request)))
    return entry
