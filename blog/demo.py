"""Demo and generated blog content, loaded through BlogConfig's hooks."""

import datetime

from .models import BlogIndexPage, BlogPage

DEMO_POSTS = [
    {
        "slug": "shifting-digital-sands",
        "title": "Shifting digital sands: what council digital leaders need now",
        "date": datetime.date(2014, 5, 12),
        "intro": "Three habits for digital leaders in local government: open data by default, "
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
        "title": "Why a network of council practitioners beats working alone",
        "date": datetime.date(2014, 7, 3),
        "intro": "Central government has GDS. Local government has hundreds of small teams. "
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
        "title": "A usability dashboard that every council can use",
        "date": datetime.date(2014, 9, 18),
        "intro": "One council built a dashboard comparing council websites on speed, accessibility and "
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
        "title": "Notes from LocalGovCamp",
        "date": datetime.date(2014, 6, 21),
        "intro": "An unconference for people who make local public services work better: what we talked "
        "about and what happens next.",
        "paragraphs": [
            "Sessions ranged from open data standards to how to get a content strategy "
            "past a cabinet member.",
            "The best conversations happened between sessions, which is the point of an unconference.",
        ],
    },
    {
        "slug": "open-data-is-a-service",
        "title": "Open data is a service, not a file dump",
        "date": datetime.date(2014, 11, 4),
        "intro": "Publishing a spreadsheet is the start. Keeping it current, documented and findable is "
        "the service.",
        "paragraphs": [
            "Data that is out of date within a month does more harm than good. Publish less, keep it fresh.",
            "Describe each dataset in plain English and say who to ask when it looks wrong.",
        ],
    },
]


def demo_blog_index(home) -> tuple[BlogIndexPage, bool]:
    """Return the demo blog index under the home page, creating it if missing."""
    index = BlogIndexPage.objects.child_of(home).filter(slug="blog").first()
    if index:
        return index, False
    index = BlogIndexPage(
        title="Blog",
        slug="blog",
        show_in_menus=True,
        intro="Writing from practitioners across the network, and articles first published elsewhere.",
    )
    return home.add_child(instance=index), True


def load_demo_blog(home) -> int:
    """Create the demo blog and its posts that do not exist yet; return how many were created."""
    index, created_index = demo_blog_index(home)
    existing = set(BlogPage.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    for post in DEMO_POSTS:
        if post["slug"] in existing:
            continue
        body = [("paragraph", f"<p>{paragraph}</p>") for paragraph in post["paragraphs"]]
        fields = {key: post[key] for key in ("slug", "title", "date", "intro")}
        index.add_child(instance=BlogPage(**fields, body=body))
        created += 1
    return created + created_index


def generate_blog_posts(home, count: int) -> None:
    """Add `count` made-up posts under a 'Generated posts' blog index, for benchmarks."""
    index = BlogIndexPage.objects.child_of(home).filter(slug="generated-posts").first()
    if index is None:
        index = home.add_child(instance=BlogIndexPage(title="Generated posts", slug="generated-posts"))
    start = BlogPage.objects.child_of(index).count()
    first_day = datetime.date(2015, 1, 1)
    for number in range(start, start + count):
        index.add_child(
            instance=BlogPage(
                title=f"Generated post {number}: reusing council services",
                slug=f"generated-post-{number}",
                date=first_day + datetime.timedelta(days=number % 3650),
                intro=f"Generated summary {number} about waste collection, housing and open data.",
                body=[("paragraph", f"<p>Generated body {number}.</p>")],
            )
        )
