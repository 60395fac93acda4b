"""One tag vocabulary across every type, a page per tag, and a list of tags with counts."""

import datetime

import pytest

from tests.factories import BlogPageFactory, CaseStudyPageFactory, EventPageFactory, OrganisationFactory


@pytest.fixture
def tagged(blog_index, event_index, workstream, db):
    council = OrganisationFactory()
    return [
        CaseStudyPageFactory(
            parent=workstream,
            title="Bin day lookup",
            tags=["waste"],
            date=datetime.date(2024, 1, 1),
            organisations=[council],
        ),
        BlogPageFactory(
            parent=blog_index, title="Why bins matter", tags=["waste"], date=datetime.date(2025, 3, 1)
        ),
        EventPageFactory(parent=event_index, title="Waste hack day", tags=["waste", "hack day"]),
        BlogPageFactory(parent=blog_index, title="Draft about waste", tags=["waste"], live=False),
    ]


def test_tag_page_lists_every_type_newest_first(client, tagged):
    response = client.get("/tags/waste/")

    titles = [item.title for item in response.context["items"]]
    assert titles == ["Waste hack day", "Why bins matter", "Bin day lookup"]
    html = response.content.decode()
    for label in ("Case study", "Blog post", "Event"):
        assert f'<p class="card__type">{label}</p>' in html


def test_tag_index_counts_published_items_only(client, tagged):
    html = client.get("/tags/").content.decode()

    assert '<a class="tag" href="/tags/waste/">waste</a> <span class="count">3 items</span>' in html
    assert '<a class="tag" href="/tags/hack-day/">hack day</a> <span class="count">1 item</span>' in html


def test_unknown_tag_is_a_404(client, home_page):
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_tags_on_a_page_link_to_the_tag_page(client, tagged):
    html = client.get(tagged[0].url).content.decode()

    assert '<a class="tag" href="/tags/waste/">waste</a>' in html


def test_tag_page_is_paginated_and_forgives_bad_page_numbers(client, blog_index):
    BlogPageFactory.create_batch(23, parent=blog_index, tags=["waste"])

    assert len(client.get("/tags/waste/", {"page": 2}).context["items"]) == 3
    assert client.get("/tags/waste/", {"page": "nonsense"}).status_code == 200
