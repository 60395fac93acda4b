"""Demo and generated directory and event content, loaded through NetworkConfig's hooks."""

import datetime
import itertools

from django.utils import timezone

from .demo_data import EVENTS, ORGANISATIONS, PEOPLE, SERVICE_AREAS
from .models import EventIndexPage, EventPage, Organisation, Person, ServiceArea
from .services import child_page_get_or_create


def load_demo_network(home) -> int:
    """Create the demo service areas, organisations, people and events that are missing."""
    created = 0
    for area in SERVICE_AREAS:
        created += ServiceArea.objects.get_or_create(slug=area["slug"], defaults={"name": area["name"]})[1]
    for organisation in ORGANISATIONS:
        fields = {key: value for key, value in organisation.items() if key != "slug"}
        created += Organisation.objects.get_or_create(slug=organisation["slug"], defaults=fields)[1]
    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    for person in PEOPLE:
        fields = {key: value for key, value in person.items() if key not in {"slug", "organisation"}}
        fields["organisation"] = organisations.get(person["organisation"])
        created += Person.objects.get_or_create(slug=person["slug"], defaults=fields)[1]
    index, created_index = child_page_get_or_create(
        home,
        EventIndexPage,
        "events",
        title="Events",
        show_in_menus=True,
        intro="Camps, hack days, meetups and webinars where council practitioners meet and share.",
    )
    for event in EVENTS:
        created += child_page_get_or_create(
            index, EventPage, event["slug"], **_event_fields(event, organisations)
        )[1]
    return created + created_index


def _event_fields(event: dict, organisations: dict) -> dict:
    return {
        "title": event["title"],
        "summary": event["summary"],
        "tags": event["tags"],
        "start": _uk_time(event["start"]),
        "end": _uk_time(event["end"]),
        "venue": event["venue"],
        "online_url": event["online_url"],
        "organiser": organisations.get(event["organiser"]),
        "booking_url": event["booking_url"],
        "body": "".join(f"<p>{paragraph}</p>" for paragraph in event["body"]),
    }


def _uk_time(text: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def generate_network_content(home, count: int) -> None:
    """Add `count` made-up events (spread over past and future) for benchmarks."""
    index, _ = child_page_get_or_create(home, EventIndexPage, "events", title="Events")
    organisations = itertools.cycle(Organisation.objects.all() or [None])
    start = EventPage.objects.filter(slug__startswith="generated-").count()
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for number in range(start, start + count):
        begins = now + datetime.timedelta(days=(number % 730) - 365, hours=number % 8)
        child_page_get_or_create(
            index,
            EventPage,
            f"generated-meetup-{number}",
            title=f"Generated meetup {number}",
            summary=f"Generated event {number} about sharing council services.",
            start=begins,
            end=begins + datetime.timedelta(hours=3),
            online_url=f"https://meet.example.org/generated-{number}",
            organiser=next(organisations),
            tags=["generated", f"topic {number % 20}"],
        )
