import pytest

from tests.factories import BlogPageFactory
from tests.helpers import count_queries


@pytest.fixture
def posts(blog_index):
    BlogPageFactory(parent=blog_index, title="Digital waste collection", summary="Bins and rounds.")
    BlogPageFactory(parent=blog_index, title="Housing repairs online", summary="Reporting a repair.")


def test_search_finds_published_pages_by_title(client, posts):
    html = client.get("/search/", {"q": "waste"}).content.decode()

    assert "Digital waste collection" in html
    assert "Housing repairs online" not in html


def test_quoted_phrase_finds_the_page(client, posts):
    html = client.get("/search/", {"q": '"housing repairs"'}).content.decode()

    assert "Housing repairs online" in html


def test_search_without_a_query_shows_the_form(client, home_page):
    response = client.get("/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_too_long_a_query_gets_400_with_a_clear_message(client, home_page):
    response = client.get("/search/", {"q": "council " * 100})

    assert response.status_code == 400
    assert "Enter a search of 200 characters or fewer." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed',
        "waste AND OR NOT",
        "'; DROP TABLE wagtailcore_page; --",
        "bins*",
        "NEAR(a b)",
        "ü ß 東京 🚮",
        "a\x00b",
        "((()))",
        "-",
        ":",
        "col:waste",
        "^waste",
    ],
)
def test_odd_queries_never_cause_a_server_error(client, posts, query):
    assert client.get("/search/", {"q": query, "page": "x"}).status_code == 200


def test_query_count_does_not_grow_with_results(client, blog_index):
    BlogPageFactory.create_batch(3, parent=blog_index, tags=["waste", "bins"], summary="Waste collection.")
    few = count_queries(client, "/search/?q=waste")

    BlogPageFactory.create_batch(15, parent=blog_index, tags=["waste", "bins"], summary="Waste collection.")

    assert count_queries(client, "/search/?q=waste") <= few
