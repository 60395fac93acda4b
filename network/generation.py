"""Made-up content for benchmarks, varied enough that different searches find very different numbers of items.

Each item draws its topics at random (seeded by its type and number, so a run is repeatable): a topic
"one in N" is on about one item in N, from "digital services" (half of them) down to "hovercraft
licensing" (a couple in 20,000); an item that draws none is about "shared practice". Topics become
the item's words and tags. Items are spread over the years, more of them recent, and over generated
councils, a few of which share most of the work.
"""

import datetime
import random
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from .models import Organisation

TOPICS = [  # (topic, one item in N carries it)
    ("digital services", 2),
    ("customer contact", 4),
    ("housing repairs", 6),
    ("waste collection", 10),
    ("parking permits", 16),
    ("adult social care", 25),
    ("library services", 40),
    ("planning applications", 60),
    ("school admissions", 100),
    ("flood risk", 250),
    ("allotment waiting lists", 400),
    ("pothole reporting", 700),
    ("cemetery records", 1200),
    ("pest control", 2000),
    ("beach hut bookings", 4000),
    ("hovercraft licensing", 10000),
]
NO_TOPIC = "shared practice"  # for the items (about one in four) that draw no topic
FIRST_YEAR = 2012
PLACE_STARTS = ["Ash", "Brook", "Cold", "Elm", "Fern", "Hart", "Kings", "Marsh", "Oak", "Stan", "Yew"]
PLACE_ENDS = ["bridge", "combe", "field", "ford", "ham", "ley", "mouth", "stow", "ton", "wick"]
ORGANISATION_TYPES = [
    (Organisation.Type.DISTRICT, "District Council"),
    (Organisation.Type.UNITARY, "Council"),
    (Organisation.Type.COUNTY, "County Council"),
    (Organisation.Type.METROPOLITAN, "Metropolitan Borough Council"),
]


@dataclass
class GeneratedItem:
    title: str
    summary: str
    paragraphs: list[str]
    tags: list[str]
    date: datetime.date
    organisation: Organisation
    rng: random.Random  # for the choices each type makes on top

    def page_fields(self) -> dict:
        """Return what every generated content page is given (an event's date follows its start)."""
        return {"title": self.title, "summary": self.summary, "date": self.date, "tags": self.tags}

    @property
    def body_html(self) -> str:
        return "".join(f"<p>{paragraph}</p>" for paragraph in self.paragraphs)


def generated_item(kind: str, number: int, organisations: list[Organisation]) -> GeneratedItem:
    """Return the made-up words, tags, date and council of item `number` of this kind."""
    rng = random.Random(f"{kind}-{number}")  # noqa: S311 - repeatable made-up text, not a secret
    topics = [topic for topic, one_in in TOPICS if rng.random() < 1 / one_in] or [NO_TOPIC]
    organisation = rng.choices(organisations, weights=_zipf_weights(len(organisations)))[0]
    return GeneratedItem(
        title=f"Generated {kind} {number}: {' and '.join(topics[:2])}",
        summary=f"How {organisation.name} changed {', '.join(topics)}.",
        paragraphs=[f"{organisation.name} looked again at {topic} with its residents." for topic in topics],
        tags=["generated", *topics],
        date=_recent_leaning_date(rng),
        organisation=organisation,
        rng=rng,
    )


def _zipf_weights(count: int) -> list[float]:
    return [1 / rank for rank in range(1, count + 1)]


def _recent_leaning_date(rng: random.Random) -> datetime.date:
    today = timezone.localdate()
    # The square root skews the draw toward this year, as a growing network would.
    year = FIRST_YEAR + int((today.year - FIRST_YEAR + 1) * rng.random() ** 0.5)
    return min(datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365)), today)


def generated_organisations() -> list[Organisation]:
    """Return the generated councils (one per made-up place), creating any that are missing."""
    organisations = []
    for position, (start, end) in enumerate((start, end) for start in PLACE_STARTS for end in PLACE_ENDS):
        kind, suffix = ORGANISATION_TYPES[position % len(ORGANISATION_TYPES)]
        name = f"{start}{end} {suffix}"
        organisations.append(Organisation(name=name, slug=slugify(name), type=kind))
    Organisation.objects.bulk_create(organisations, ignore_conflicts=True)
    return list(Organisation.objects.filter(slug__in=[o.slug for o in organisations]).order_by("pk"))
