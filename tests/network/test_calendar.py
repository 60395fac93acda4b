"""Events as iCalendar: a feed of upcoming events and a download per event, parsed back."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories import EventPageFactory, OrganisationFactory

UTC = datetime.UTC


@pytest.fixture
def events(event_index):
    start = datetime.datetime(2031, 6, 20, 8, 30, tzinfo=UTC)
    return {
        "camp": EventPageFactory(
            parent=event_index,
            title="LocalGovCamp",
            slug="localgovcamp",
            start=start,
            end=start + datetime.timedelta(hours=8),
            venue="Millennium Point, Birmingham",
            organiser=OrganisationFactory(name="LocalGov Digital"),
        ),
        "webinar": EventPageFactory(
            parent=event_index,
            title="Dashboard webinar",
            venue="",
            online_url="https://meet.example.org/dashboard",
        ),
        "past": EventPageFactory(
            parent=event_index,
            title="Last year's hack",
            start=timezone.now() - datetime.timedelta(days=300),
            end=timezone.now() - datetime.timedelta(days=299),
        ),
    }


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_calendar_feed_lists_upcoming_events_only(client, events):
    calendar = parse(client.get("/feeds/events.ics"))

    summaries = {str(component["summary"]) for component in calendar.walk("VEVENT")}
    assert summaries == {"LocalGovCamp", "Dashboard webinar"}


def test_event_download_carries_uid_times_location_and_url(client, events):
    camp = events["camp"]
    response = client.get(camp.url + "ics/")

    assert response["Content-Disposition"] == 'attachment; filename="localgovcamp.ics"'
    (entry,) = parse(response).walk("VEVENT")
    assert str(entry["uid"]) == f"{camp.translation_key}@practice-commons"
    assert entry.decoded("dtstart") == datetime.datetime(2031, 6, 20, 8, 30, tzinfo=UTC)
    assert entry.decoded("dtend") == datetime.datetime(2031, 6, 20, 16, 30, tzinfo=UTC)
    assert str(entry["location"]) == "Millennium Point, Birmingham"
    assert str(entry["url"]) == "http://testserver" + camp.url
    assert "Organised by LocalGov Digital" in str(entry["description"])


def test_online_event_location_is_its_link(client, events):
    (entry,) = parse(client.get(events["webinar"].url + "ics/")).walk("VEVENT")

    assert str(entry["location"]) == "https://meet.example.org/dashboard"


def test_event_page_links_its_download_and_index_links_the_feed(client, events):
    assert 'href="/events/localgovcamp/ics/" download' in client.get(events["camp"].url).content.decode()
    assert 'href="/feeds/events.ics"' in client.get("/events/").content.decode()


def test_unknown_route_under_an_event_is_404(client, events):
    assert client.get(events["camp"].url + "nothing-here/").status_code == 404
