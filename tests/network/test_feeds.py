"""RSS 2.0 and Atom feeds for every list, read back by feedparser as a real reader would."""

import datetime

import feedparser
import pytest
from lxml import etree

from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
)
from tests.helpers import count_queries

FEED_PATHS = [
    "/feeds/{format}/",
    "/feeds/case-studies/{format}/",
    "/feeds/projects/{format}/",
    "/feeds/events/{format}/",
    "/feeds/blog-posts/{format}/",
    "/feeds/workstreams/open-data/{format}/",
    "/feeds/tags/waste/{format}/",
    "/feeds/organisations/devon/{format}/",
]


@pytest.fixture
def content(workstream, project_index, event_index, blog_index):
    devon = OrganisationFactory(name="Devon County Council", slug="devon")
    return {
        "case_study": CaseStudyPageFactory(
            parent=workstream,
            title="Bin day lookup",
            organisations=[devon],
            tags=["waste"],
            date=datetime.date(2025, 1, 10),
        ),
        "project": ProjectPageFactory(
            parent=project_index,
            title="Waste data standard",
            lead_organisation=devon,
            tags=["waste"],
            date=datetime.date(2024, 6, 1),
        ),
        "event": EventPageFactory(
            parent=event_index, title="Waste hack day", organiser=devon, tags=["waste"]
        ),
        "post": BlogPageFactory(
            parent=blog_index, title="Why bins matter", organisation=devon, tags=["waste"]
        ),
        "draft": BlogPageFactory(
            parent=blog_index, title="Unpublished thoughts", organisation=devon, live=False
        ),
    }


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    etree.fromstring(response.content)  # raises if not well-formed XML
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (path, feed.get("bozo_exception"))
    return response, feed


@pytest.mark.parametrize("path", FEED_PATHS)
@pytest.mark.parametrize("format", ["rss", "atom"])
def test_every_feed_is_valid_and_carries_what_readers_need(client, content, path, format):
    response, feed = read_feed(client, path.format(format=format))

    assert feed.version == ("rss20" if format == "rss" else "atom10")
    assert response["Content-Type"].startswith(
        "application/rss+xml" if format == "rss" else "application/atom+xml"
    )
    assert feed.entries, path
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.id.startswith("urn:uuid:")
        assert entry.published_parsed and entry.summary
        assert entry.author == "Devon County Council"
        assert entry.title != "Unpublished thoughts"
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_everything_feed_lists_each_type_newest_first_with_its_tags(client, content):
    _, feed = read_feed(client, "/feeds/rss/")

    titles = [entry.title for entry in feed.entries]
    assert set(titles) == {"Bin day lookup", "Waste data standard", "Waste hack day", "Why bins matter"}
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    case_study = next(entry for entry in feed.entries if entry.title == "Bin day lookup")
    assert case_study.link == "http://testserver" + content["case_study"].url
    assert case_study.published_parsed[:3] == (2025, 1, 10)
    assert [tag.term for tag in case_study.tags] == ["waste"]


def test_guid_survives_a_rename(client, content):
    _, before = read_feed(client, "/feeds/case-studies/rss/")
    study = content["case_study"]
    study.title, study.slug = "Bin collection day lookup", "bin-collection-day"
    study.save_revision().publish()

    _, after = read_feed(client, "/feeds/case-studies/rss/")

    assert before.entries[0].id == after.entries[0].id
    assert after.entries[0].link.endswith("/bin-collection-day/")


def test_feed_carries_the_newest_n_items(client, blog_index, settings):
    settings.FEED_ITEMS = 3
    BlogPageFactory.create_batch(5, parent=blog_index)

    _, feed = read_feed(client, "/feeds/blog-posts/rss/")

    assert len(feed.entries) == 3


def test_conditional_get_answers_304(client, content):
    response = client.get("/feeds/rss/")
    assert response["ETag"] and response["Last-Modified"]

    assert client.get("/feeds/rss/", headers={"if-none-match": response["ETag"]}).status_code == 304
    assert (
        client.get("/feeds/rss/", headers={"if-modified-since": response["Last-Modified"]}).status_code == 304
    )
    assert client.get("/feeds/rss/", headers={"if-none-match": '"stale"'}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/tags/no-such-tag/rss/",
        "/feeds/organisations/nowhere/atom/",
        "/feeds/workstreams/nowhere/rss/",
        "/feeds/no-such-type/rss/",
        "/feeds/rss/extra/",
        "/feeds/tags/%00/rss/",
    ],
)
def test_unknown_things_in_feed_urls_are_404(client, content, path):
    assert client.get(path).status_code == 404


def test_feed_query_count_does_not_grow_with_items(client, content, workstream, blog_index):
    few = {path: count_queries(client, path.format(format="rss")) for path in FEED_PATHS}
    devon = content["case_study"].organisations.first()
    for _ in range(30):
        CaseStudyPageFactory(
            parent=workstream, organisations=[devon, OrganisationFactory()], tags=["waste", "x"]
        )
        BlogPageFactory(parent=blog_index, organisation=devon, tags=["waste"])

    many = {path: count_queries(client, path.format(format="rss")) for path in FEED_PATHS}

    assert {path: (few[path], many[path]) for path in FEED_PATHS if many[path] > few[path]} == {}


@pytest.mark.parametrize(
    ("path", "feed_path"),
    [
        ("/case-studies/", "/case-studies/feed/rss/"),
        ("/events/", "/events/feed/rss/?when=upcoming"),
        ("/blog/", "/blog/feed/rss/"),
        ("/workstreams/open-data/", "/feeds/workstreams/open-data/rss/"),
        ("/tags/waste/", "/feeds/tags/waste/rss/"),
        ("/organisations/devon/", "/feeds/organisations/devon/rss/"),
    ],
)
def test_lists_announce_and_link_their_feeds(client, content, case_study_index, path, feed_path):
    html = client.get(path).content.decode()

    assert '<link rel="alternate" type="application/rss+xml" title="' in html
    assert f'href="{feed_path}"' in html
    assert f'<p class="subscribe">Subscribe: <a href="{feed_path}"' in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Practice Commons: everything new (Atom)"'
        in html
    )
