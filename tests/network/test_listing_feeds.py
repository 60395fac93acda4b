"""Every filtered listing offers RSS 2.0 and Atom feeds of exactly that list, read back by feedparser."""

import datetime
import html

import feedparser
import pytest
from django.utils import timezone
from lxml import etree

from network.models import EventPage
from tests.factories import (
    BlogPageAuthorFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPageFactory,
    ServiceAreaFactory,
    WorkstreamPageFactory,
)
from tests.helpers import count_queries


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    etree.fromstring(response.content)  # raises if not well-formed XML
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    return response, feed


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


def announced_feeds(response) -> list[tuple[str, str]]:
    """Return (title, href) of each feed the page's <head> announces."""
    head = etree.HTML(response.content).find("head")
    return [(link.get("title"), link.get("href")) for link in head.iterfind("link[@rel='alternate']")]


@pytest.fixture
def projects(project_index, workstream):
    devon = OrganisationFactory(name="Devon County Council", slug="devon")
    return {
        "waste_beta": ProjectPageFactory(
            parent=project_index,
            title="Waste beta",
            tags=["waste"],
            phase="beta",
            date=datetime.date(2024, 3, 1),
        ),
        "waste_beta_newer": ProjectPageFactory(
            parent=workstream,
            title="Newer waste beta",
            tags=["waste", "open data"],
            phase="beta",
            lead_organisation=devon,
            date=datetime.date(2025, 5, 1),
        ),
        "waste_alpha": ProjectPageFactory(
            parent=project_index, title="Waste alpha", tags=["waste"], phase="alpha"
        ),
        "housing_beta": ProjectPageFactory(
            parent=project_index, title="Housing beta", tags=["housing"], phase="beta"
        ),
        "draft": ProjectPageFactory(
            parent=project_index, title="Draft waste beta", tags=["waste"], phase="beta", live=False
        ),
    }


@pytest.mark.parametrize(("feed_format", "version"), [("rss", "rss20"), ("atom", "atom10")])
def test_projects_tagged_x_in_phase_y_carry_only_those_newest_first(client, projects, feed_format, version):
    _, feed = read_feed(client, f"/projects/feed/{feed_format}/?tag=waste&phase=beta")

    assert feed.version == version
    assert titles(feed) == ["Newer waste beta", "Waste beta"]
    assert feed.feed.title == 'Practice Commons: projects tagged "waste" in Beta'
    assert feed.feed.link == "http://testserver/projects/?tag=waste&phase=beta"
    for entry in feed.entries:
        assert entry.id.startswith("urn:uuid:")
        assert entry.link.startswith("http://testserver/")


def test_filtered_feed_items_keep_the_guids_of_the_type_feed(client, projects):
    _, filtered = read_feed(client, "/projects/feed/atom/?tag=waste&phase=beta")
    _, everything = read_feed(client, "/feeds/projects/atom/")

    assert {entry.id for entry in filtered.entries} <= {entry.id for entry in everything.entries}


@pytest.fixture
def case_studies(workstream, workstream_index):
    devon = OrganisationFactory(name="Devon County Council", slug="devon")
    bristol = OrganisationFactory(name="Bristol City Council", slug="bristol")
    housing = ServiceAreaFactory(name="Housing", slug="housing")
    shared_web = WorkstreamPageFactory(parent=workstream_index, title="Shared web", slug="shared-web")
    return {
        "bins": CaseStudyPageFactory(
            parent=workstream, title="Bin day lookup", organisations=[devon], tags=["waste"],
            date=datetime.date(2023, 5, 1),
        ),
        "repairs": CaseStudyPageFactory(
            parent=workstream, title="Housing repairs online", organisations=[bristol], reused_by=[devon],
            service_area=housing, tags=["waste"], date=datetime.date(2024, 2, 1),
        ),
        "website": CaseStudyPageFactory(
            parent=shared_web, title="Shared council website", organisations=[devon], service_area=housing,
            date=datetime.date(2024, 9, 1),
        ),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected_titles", "expected_title"),
    [
        ("", ["Shared council website", "Housing repairs online", "Bin day lookup"], "case studies"),
        ("organisation=devon", ["Shared council website", "Housing repairs online", "Bin day lookup"],
         "case studies involving Devon County Council"),
        ("service_area=housing&year=2024", ["Shared council website", "Housing repairs online"],
         "case studies from 2024 in the Housing service area"),
        ("workstream=open-data&tag=waste&organisation=bristol", ["Housing repairs online"],
         'case studies tagged "waste" involving Bristol City Council in the Open data workstream'),
    ],
)  # fmt: skip
def test_case_study_feeds_follow_each_filter(
    client, case_study_index, case_studies, query, expected_titles, expected_title
):
    _, feed = read_feed(client, f"/case-studies/feed/rss/?{query}")

    assert titles(feed) == expected_titles
    assert feed.feed.title == f"Practice Commons: {expected_title}"


def test_blog_feed_by_author_and_tag(client, blog_index):
    author = PersonFactory(name="Ada Lovelace", slug="ada")
    BlogPageAuthorFactory(
        page=BlogPageFactory(parent=blog_index, title="Hers", tags=["waste"]), person=author
    )
    BlogPageAuthorFactory(page=BlogPageFactory(parent=blog_index, title="Hers, untagged"), person=author)
    BlogPageFactory(parent=blog_index, title="Someone else's", tags=["waste"])

    _, feed = read_feed(client, "/blog/feed/atom/?author=ada&tag=waste")

    assert titles(feed) == ["Hers"]
    assert feed.feed.title == 'Practice Commons: blog posts tagged "waste" by Ada Lovelace'


def at(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def events(event_index):
    events = {
        "soon": EventPageFactory(parent=event_index, title="Soon", start=at(2), end=at(2), tags=["waste"]),
        "next_year": EventPageFactory(
            parent=event_index, title="Next year", start=at(300), end=at(300), tags=["waste"]
        ),
        "soon_untagged": EventPageFactory(parent=event_index, title="Soon, untagged", start=at(3), end=at(3)),
        "ended": EventPageFactory(
            parent=event_index, title="Ended", start=at(-10), end=at(-10), tags=["waste"]
        ),
        "long_ago": EventPageFactory(
            parent=event_index, title="Long ago", start=at(-400), end=at(-400), tags=["waste"]
        ),
    }
    # "Next year" was announced last, after the event that comes sooner.
    for days_ago, event in zip([5, 1, 4, 20, 500], events.values(), strict=True):
        EventPage.objects.filter(pk=event.pk).update(first_published_at=at(-days_ago))
    return events


def test_upcoming_events_feed_puts_the_newest_announced_first(client, events):
    _, feed = read_feed(client, "/events/feed/rss/?tag=waste")

    assert titles(feed) == ["Next year", "Soon"]
    assert feed.feed.title == 'Practice Commons: upcoming events tagged "waste"'


def test_upcoming_events_feed_keeps_a_newly_announced_event_when_the_feed_is_full(client, events, settings):
    settings.FEED_ITEMS = 1

    _, feed = read_feed(client, "/events/feed/atom/?when=upcoming&tag=waste")

    assert titles(feed) == ["Next year"]


def test_past_events_feed_lists_the_most_recently_held_first(client, events):
    _, feed = read_feed(client, "/events/feed/atom/?when=past&tag=waste")

    assert titles(feed) == ["Ended", "Long ago"]
    assert feed.feed.title == 'Practice Commons: past events tagged "waste"'


def test_page_announces_its_filtered_feeds_without_the_page_number(client, projects):
    response = client.get("/projects/", {"tag": "waste", "phase": "beta", "page": "2", "utm_source": "x"})

    title = 'Projects tagged "waste" in Beta'
    assert (f"{title} (RSS)", "/projects/feed/rss/?tag=waste&phase=beta") in announced_feeds(response)
    assert (f"{title} (Atom)", "/projects/feed/atom/?tag=waste&phase=beta") in announced_feeds(response)
    subscribe = etree.HTML(response.content).find(".//main//p[@class='subscribe']")
    assert [link.get("href") for link in subscribe.iterfind("a")] == [
        "/projects/feed/rss/?tag=waste&phase=beta",
        "/projects/feed/atom/?tag=waste&phase=beta",
    ]
    assert title.lower() in html.unescape(etree.tostring(subscribe, encoding=str))


def test_every_announced_listing_feed_parses(client, projects, case_study_index, events, blog_index):
    BlogPageFactory(parent=blog_index, tags=["waste"])
    for page in ["/projects/?tag=waste", "/case-studies/", "/events/?when=past", "/blog/?tag=waste"]:
        for _, href in announced_feeds(client.get(page)):
            read_feed(client, href)


def test_filter_value_that_matches_nothing_is_ignored_by_the_page_and_left_out_of_its_feed(client, projects):
    response = client.get("/projects/", {"tag": "no-such-tag", "phase": "beta"})

    assert response.status_code == 200
    assert ("Projects in Beta (RSS)", "/projects/feed/rss/?phase=beta") in announced_feeds(response)


@pytest.mark.parametrize(
    "query", ["tag=no-such-tag&phase=beta", "phase=gamma", "year=1066", "organisation=%00"]
)
def test_feed_refuses_filter_values_that_match_nothing_with_a_400_that_says_why(client, projects, query):
    response = client.get(f"/projects/feed/rss/?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "filters that match nothing" in response.content.decode()


def test_the_400_names_the_bad_value(client, projects):
    message = client.get("/projects/feed/atom/?tag=no-such-tag&phase=beta").content.decode()

    assert 'tag "no-such-tag"' in message
    assert "phase" not in message


def test_unknown_feed_format_is_404(client, projects):
    assert client.get("/projects/feed/json/?tag=waste").status_code == 404


def test_a_child_page_may_be_called_feed(client, project_index, event_index):
    ProjectPageFactory(parent=project_index, title="Feed", slug="feed")
    EventPageFactory(parent=event_index, title="Feed", slug="feed")

    assert client.get("/projects/feed/").status_code == 200
    assert client.get("/events/feed/ics/").status_code == 200


def test_filtered_feed_answers_conditional_requests(client, projects):
    url = "/projects/feed/rss/?tag=waste&phase=beta"
    response = client.get(url)
    assert response["ETag"] and response["Last-Modified"]

    assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 304
    assert client.get(url, headers={"if-modified-since": response["Last-Modified"]}).status_code == 304
    assert (
        client.get("/projects/feed/rss/?tag=waste", headers={"if-none-match": response["ETag"]}).status_code
        == 200
    )


def test_filtered_feed_query_count_does_not_grow_with_items(client, project_index, workstream):
    url = "/projects/feed/rss/?tag=waste&phase=beta"
    ProjectPageFactory(parent=project_index, tags=["waste"], phase="beta")
    few = count_queries(client, url)
    for _ in range(20):
        ProjectPageFactory(parent=workstream, tags=["waste", "x"], phase="beta")

    assert count_queries(client, url) == few
