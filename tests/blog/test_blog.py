"""Blog posts: authors from the directory, cross-posts that credit and point to the original."""

import datetime

import feedparser
import pytest
from django.core.exceptions import ValidationError

from blog.models import BlogPage, BlogPageAuthor
from tests.factories import BlogPageFactory, OrganisationFactory, PersonFactory


@pytest.fixture
def people(db):
    return PersonFactory(name="Helen Marchant", slug="helen"), PersonFactory(name="Neil Parkes", slug="neil")


@pytest.fixture
def posts(blog_index, people):
    helen, neil = people
    return {
        "cross_post": BlogPageFactory(
            parent=blog_index,
            title="Shifting digital sands",
            date=datetime.date(2014, 5, 12),
            authors=[BlogPageAuthor(person=helen)],
            organisation=OrganisationFactory(name="Devon County Council"),
            original_publisher="Guardian Public Leaders Network",
            original_url="https://www.theguardian.com/public-leaders-network/shifting-digital-sands",
            original_published=datetime.date(2014, 5, 10),
            tags=["digital leadership"],
        ),
        "own": BlogPageFactory(
            parent=blog_index,
            title="Notes from LocalGovCamp",
            date=datetime.date(2015, 6, 21),
            authors=[BlogPageAuthor(person=helen), BlogPageAuthor(person=neil)],
        ),
    }


def test_cross_post_credits_the_original_and_points_canonical_to_it(client, posts):
    html = client.get(posts["cross_post"].url).content.decode()

    assert (
        'First published on <a href="https://www.theguardian.com/public-leaders-network/shifting-digital-sands">'
        "Guardian Public Leaders Network</a> on 10 May 2014." in html
    )
    assert (
        '<link rel="canonical" href="https://www.theguardian.com/public-leaders-network/shifting-digital-sands">'
        in html
    )
    assert "By Helen Marchant, " in html


def test_own_post_is_its_own_canonical(client, posts):
    html = client.get(posts["own"].url).content.decode()

    assert f'<link rel="canonical" href="http://testserver{posts["own"].url}">' in html
    assert "First published on <a" not in html
    assert "By Helen Marchant, Neil Parkes" in html


def test_cross_post_needs_both_publisher_and_address(blog_index):
    post = BlogPage(title="Half", slug="half", summary="x", original_url="https://example.org/post")

    with pytest.raises(ValidationError, match="needs both the publisher"):
        post.full_clean()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"author": "neil"}, ["Notes from LocalGovCamp"]),
        ({"author": "helen"}, ["Notes from LocalGovCamp", "Shifting digital sands"]),
        ({"year": "2014"}, ["Shifting digital sands"]),
        ({"tag": "digital-leadership", "author": "helen"}, ["Shifting digital sands"]),
        ({"author": "nobody"}, ["Notes from LocalGovCamp", "Shifting digital sands"]),
    ],
)
def test_blog_lists_by_author_tag_and_year(client, posts, query, expected):
    response = client.get("/blog/", query)

    assert [item.title for item in response.context["items"]] == expected


def test_author_feed_lists_their_posts(client, posts):
    feed = feedparser.parse(client.get("/feeds/authors/neil/rss/").content)

    assert feed.bozo == 0
    assert [entry.title for entry in feed.entries] == ["Notes from LocalGovCamp"]
    assert feed.entries[0].author == "Helen Marchant, Neil Parkes"
    assert client.get("/feeds/authors/nobody/rss/").status_code == 404
