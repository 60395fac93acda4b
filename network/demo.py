"""Demo and generated directory and event content, loaded through NetworkConfig's hooks."""

import datetime

from django.utils import timezone

from .demo_data import EVENTS, ORGANISATIONS, PEOPLE, SERVICE_AREAS
from .generation import GeneratedItem, generated_item, generated_organisations
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
    """Add `count` made-up events, one in five of them upcoming, for benchmarks."""
    index, _ = child_page_get_or_create(home, EventIndexPage, "events", title="Events")
    organisations = generated_organisations()
    start = EventPage.objects.filter(slug__startswith="generated-").count()
    for number in range(start, start + count):
        item = generated_item("meetup", number, organisations)
        begins = _generated_event_start(item)
        child_page_get_or_create(
            index,
            EventPage,
            f"generated-meetup-{number}",
            **item.page_fields(),
            body=item.body_html,
            start=begins,
            end=begins + datetime.timedelta(hours=3),
            online_url=f"https://meet.example.org/generated-{number}",
            organiser=item.organisation,
        )


def _generated_event_start(item: GeneratedItem) -> datetime.datetime:
    day = item.date
    if item.rng.random() < 0.2:
        day = timezone.localdate() + datetime.timedelta(days=item.rng.randrange(1, 366))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10 + item.rng.randrange(8))))
