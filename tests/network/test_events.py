"""Events: upcoming and past listed apart, times in UK time, schema.org Event data."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from network.models import EventPage
from tests.factories import EventPageFactory, OrganisationFactory

UTC = datetime.UTC


def at(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def events(event_index):
    return {
        "soon": EventPageFactory(
            parent=event_index, title="Soon", start=at(2), end=at(2) + datetime.timedelta(hours=2)
        ),
        "later": EventPageFactory(
            parent=event_index, title="Later", start=at(30), end=at(30) + datetime.timedelta(hours=2)
        ),
        "ended": EventPageFactory(
            parent=event_index, title="Ended", start=at(-10), end=at(-10) + datetime.timedelta(hours=2)
        ),
        "long_ago": EventPageFactory(parent=event_index, title="Long ago", start=at(-400), end=at(-399)),
    }


def titles(response):
    return [item.title for item in response.context["items"]]


def test_upcoming_events_are_listed_soonest_first_by_default(client, events):
    assert titles(client.get("/events/")) == ["Soon", "Later"]


def test_past_events_are_listed_separately_latest_first(client, events):
    assert titles(client.get("/events/", {"when": "past"})) == ["Ended", "Long ago"]


def test_unknown_when_shows_upcoming(client, events):
    assert titles(client.get("/events/", {"when": "yesterday"})) == ["Soon", "Later"]


def test_event_times_are_shown_in_uk_time(client, event_index):
    """18:00 UTC in June is 7pm in London (British Summer Time)."""
    start = datetime.datetime(2030, 6, 20, 8, 30, tzinfo=UTC)
    event = EventPageFactory(
        parent=event_index, start=start, end=datetime.datetime(2030, 6, 20, 17, 0, tzinfo=UTC)
    )

    html = client.get(event.url).content.decode()

    assert "Thursday 20 June 2030, 9:30am to 6pm" in html


def test_event_date_follows_its_start_in_uk_time(event_index):
    """An event starting at 23:30 UTC on 31 May starts on 1 June in London."""
    event = EventPageFactory(parent=event_index, start=datetime.datetime(2030, 5, 31, 23, 30, tzinfo=UTC))

    assert event.date == datetime.date(2030, 6, 1)


def test_event_must_end_after_it_starts_and_have_a_place(event_index):
    event = EventPage(
        title="Broken", slug="broken", summary="x", start=at(5), end=at(4), venue="", online_url=""
    )

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "The event must end after it starts." in str(error.value)
    assert "Give a venue, an online link, or both." in str(error.value)


def test_event_page_carries_schema_org_event(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="LocalGovCamp",
        online_url="https://meet.example.org/camp",
        organiser=OrganisationFactory(name="LocalGov Digital"),
    )

    html = client.get(event.url).content.decode()
    blocks = [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]
    data = next(block for block in blocks if block["@type"] == "Event")

    assert data["name"] == "LocalGovCamp"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"]["name"] == "LocalGov Digital"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start
