"""Demo and generated blog content, loaded through BlogConfig's hooks."""

import datetime

from network.generation import generated_item, generated_organisations
from network.models import Organisation, Person
from network.services import child_page_get_or_create

from .models import BlogIndexPage, BlogPage, BlogPageAuthor, FeedSource

DEMO_POSTS = [
    {
        "slug": "shifting-digital-sands",
        "authors": ["helen-marchant"],
        "original_publisher": "Guardian Public Leaders Network",
        "original_url": "https://www.theguardian.com/public-leaders-network/shifting-digital-sands",
        "tags": ["digital leadership", "open data"],
        "title": "Shifting digital sands: what council digital leaders need now",
        "date": datetime.date(2014, 5, 12),
        "summary": "Three habits for digital leaders in local government: open data by default, "
        "needs before products, and learning from each other.",
        "paragraphs": [
            "Councils keep commissioning systems whose data they cannot get back out without paying again. "
            "Leaders who insist on open, council-owned data avoid that trap from the first contract.",
            "The market is full of shiny products. Start from what residents and staff need, and the right "
            "technology usually turns out to be simpler than the sales pitch.",
            "Most of what one council is about to build, another has already tried. Ask first.",
        ],
    },
    {
        "slug": "why-localgov-digital",
        "authors": ["helen-marchant"],
        "tags": ["local government", "digital leadership"],
        "title": "Why a network of council practitioners beats working alone",
        "date": datetime.date(2014, 7, 3),
        "summary": "Central government has GDS. Local government has hundreds of small teams. "
        "A volunteer network can join them up.",
        "paragraphs": [
            "Digital leads in councils often work without a shared strategy. An informal network of "
            "practitioners lets good patterns spread faster than any procurement framework.",
            "Informal does not mean unprofessional: the outputs of the network should be as reusable as "
            "anything a supplier would sell.",
        ],
    },
    {
        "slug": "a-usability-dashboard-for-every-council",
        "authors": ["neil-parkes"],
        "original_publisher": "LocalGov Digital blog",
        "original_url": "https://localgov.digital/blog/a-usability-dashboard-for-every-council",
        "tags": ["accessibility", "user research", "open source"],
        "title": "A usability dashboard that every council can use",
        "date": datetime.date(2014, 9, 18),
        "summary": "One council built a dashboard comparing council websites on speed, accessibility and "
        "mobile readiness, and opened it to all.",
        "paragraphs": [
            "The dashboard checks every council website each week and publishes the results openly, so "
            "teams can see where they stand and learn from the best performers.",
            "Because the code is open, other councils have added their own checks "
            "rather than starting again.",
        ],
    },
    {
        "slug": "notes-from-localgovcamp",
        "authors": ["helen-marchant", "neil-parkes"],
        "tags": ["unconference", "local government"],
        "title": "Notes from LocalGovCamp",
        "date": datetime.date(2014, 6, 21),
        "summary": "An unconference for people who make local public services work better: what we talked "
        "about and what happens next.",
        "paragraphs": [
            "Sessions ranged from open data standards to how to get a content strategy "
            "past a cabinet member.",
            "The best conversations happened between sessions, which is the point of an unconference.",
        ],
    },
    {
        "slug": "open-data-is-a-service",
        "authors": ["chris-penrose"],
        "tags": ["open data", "data standards"],
        "title": "Open data is a service, not a file dump",
        "date": datetime.date(2014, 11, 4),
        "summary": "Publishing a spreadsheet is the start. Keeping it current, documented and findable is "
        "the service.",
        "paragraphs": [
            "Data that is out of date within a month does more harm than good. Publish less, keep it fresh.",
            "Describe each dataset in plain English and say who to ask when it looks wrong.",
        ],
    },
]


DEMO_FEED_SOURCES = [
    # Registered to show the importer; neither answers from a machine without internet, and the
    # import reports that on the source rather than failing.
    {
        "name": "Devon Digital blog",
        "feed_url": "https://digital.devon.example/feed/",
        "organisation": "devon-county-council",
    },
    {
        "name": "LocalGov Digital blog",
        "feed_url": "https://localgov.digital/feed/",
        "organisation": "localgov-digital",
    },
]


def load_demo_blog(home) -> int:
    """Create the demo blog and its posts that do not exist yet; return how many were created."""
    # The posts grew out of a Devon County Council digital lead's writing.
    devon = Organisation.objects.filter(slug="devon-county-council").first()
    index, created_index = child_page_get_or_create(
        home,
        BlogIndexPage,
        "blog",
        title="Blog",
        show_in_menus=True,
        intro="Writing from practitioners across the network, and articles first published elsewhere.",
    )
    created = created_index
    people = {person.slug: person for person in Person.objects.all()}
    for post in DEMO_POSTS:
        body = [("paragraph", f"<p>{paragraph}</p>") for paragraph in post["paragraphs"]]
        fields = {key: post[key] for key in ("title", "date", "summary", "tags")}
        fields["authors"] = [
            BlogPageAuthor(person=people[slug]) for slug in post["authors"] if slug in people
        ]
        if "original_url" in post:
            fields |= {
                "original_publisher": post["original_publisher"],
                "original_url": post["original_url"],
                "original_published": post["date"],
            }
        created += child_page_get_or_create(
            index, BlogPage, post["slug"], body=body, organisation=devon, **fields
        )[1]
    for feed in DEMO_FEED_SOURCES:
        organisation = Organisation.objects.filter(slug=feed["organisation"]).first()
        created += FeedSource.objects.get_or_create(
            feed_url=feed["feed_url"],
            defaults={"name": feed["name"], "organisation": organisation, "blog": index},
        )[1]
    return created


def generate_blog_posts(home, count: int) -> None:
    """Add `count` made-up posts under a 'Generated posts' blog index, for benchmarks."""
    index, _ = child_page_get_or_create(home, BlogIndexPage, "generated-posts", title="Generated posts")
    organisations = generated_organisations()
    start = BlogPage.objects.child_of(index).count()
    for number in range(start, start + count):
        item = generated_item("post", number, organisations)
        child_page_get_or_create(
            index,
            BlogPage,
            f"generated-post-{number}",
            **item.page_fields(),
            organisation=item.organisation,
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in item.paragraphs],
        )
