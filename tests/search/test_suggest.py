import pytest
from wagtail.models import PageViewRestriction

from search.suggest import MAX_ORGANISATIONS, MAX_PAGES, MAX_TAGS
from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    WorkstreamPageFactory,
)
from tests.helpers import count_queries

SUGGEST = "/search/suggest/"


def suggestions(client, query: str) -> list[dict]:
    response = client.get(SUGGEST, {"q": query})
    assert response.status_code == 200
    assert response.json()["query"] == query.strip()
    return response.json()["suggestions"]


def labels(client, query: str) -> list[str]:
    return [item["label"] for item in suggestions(client, query)]


@pytest.fixture
def one_of_each_kind(workstream_index, workstream, project_index, event_index, blog_index):
    """A page of every suggested type, each titled "Recycling …", by the kind it is suggested as."""
    return {
        "Case study": CaseStudyPageFactory(parent=workstream, title="Recycling rounds on one map"),
        "Project": ProjectPageFactory(parent=project_index, title="Recycling centre bookings"),
        "Blog post": BlogPageFactory(parent=blog_index, title="Recycling what another council built"),
        "Event": EventPageFactory(parent=event_index, title="Recycling meetup"),
        "Workstream": WorkstreamPageFactory(parent=workstream_index, title="Recycling", slug="recycling"),
    }


def test_titles_of_every_type_are_suggested_with_their_kind_and_address(client, one_of_each_kind):
    found = {item["label"]: (item["kind"], item["url"]) for item in suggestions(client, "recyc")}

    assert found == {page.title: (kind, page.url) for kind, page in one_of_each_kind.items()}


def test_the_last_word_completes_and_earlier_words_must_all_match(client, blog_index):
    BlogPageFactory(parent=blog_index, title="Digital waste collection")
    BlogPageFactory(parent=blog_index, title="Digital housing repairs")

    assert labels(client, "digital wa") == ["Digital waste collection"]


def test_listing_pages_and_the_home_page_are_not_suggested(client, blog_index, event_index):
    assert labels(client, "blo") == []
    assert labels(client, "even") == []


def test_organisations_are_suggested_by_name(client, home_page):
    OrganisationFactory(name="Borsetshire County Council", slug="borsetshire")
    OrganisationFactory(name="Ambridge Parish Council", slug="ambridge")

    assert suggestions(client, "borset") == [
        {"label": "Borsetshire County Council", "kind": "Organisation", "url": "/organisations/borsetshire/"}
    ]


def test_tags_in_use_are_suggested_once_by_the_start_of_their_name(client, blog_index):
    BlogPageFactory(parent=blog_index, title="Bins", tags=["waste collection", "street waste"])
    BlogPageFactory(parent=blog_index, title="Rounds", tags=["waste collection"])

    assert suggestions(client, "waste c") == [
        {"label": "waste collection", "kind": "Tag", "url": "/tags/waste-collection/"}
    ]


def test_drafts_private_pages_and_their_tags_are_never_suggested(client, blog_index):
    BlogPageFactory(parent=blog_index, title="Recycling draft", live=False, tags=["recycling draft"])
    private = BlogPageFactory(parent=blog_index, title="Recycling secret", tags=["recycling secret"])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="s3cret")

    assert labels(client, "recycling") == []


def test_a_handful_of_each_kind_however_many_match(client, blog_index):
    for number in range(MAX_PAGES + 2):
        BlogPageFactory(parent=blog_index, title=f"Waste post {number}", tags=[f"waste {number}"])
        OrganisationFactory(name=f"Waste partnership {number}")

    kinds = [item["kind"] for item in suggestions(client, "waste")]

    assert kinds == ["Blog post"] * MAX_PAGES + ["Organisation"] * MAX_ORGANISATIONS + ["Tag"] * MAX_TAGS


def test_query_count_does_not_grow_with_matches(client, blog_index):
    BlogPageFactory(parent=blog_index, title="Waste post", tags=["waste"])
    OrganisationFactory(name="Waste partnership")
    few = count_queries(client, SUGGEST + "?q=waste")

    for number in range(12):
        BlogPageFactory(parent=blog_index, title=f"Waste post {number}", tags=[f"waste {number}"])
        OrganisationFactory(name=f"Waste partnership {number}")

    assert count_queries(client, SUGGEST + "?q=waste") <= few


@pytest.mark.parametrize("query", ["", "   ", "-", '"', "((()))", "*", "'"])
def test_a_query_without_words_gets_no_suggestions(client, blog_index, query):
    BlogPageFactory(parent=blog_index, title="Waste post", tags=["-", "*"])

    assert suggestions(client, query) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("council " * 30, "Enter a search of 200 characters or fewer."),
        ("waste\x00", "Enter a search without null characters."),
    ],
)
def test_bad_input_gets_400_with_a_clear_message(client, home_page, query, message):
    response = client.get(SUGGEST, {"q": query})

    assert response.status_code == 400
    assert response.json() == {"error": message}


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed',
        "waste AND OR NOT",
        "'; DROP TABLE wagtailcore_page; --",
        "bins*",
        "NEAR(a b)",
        "ü ß 東京 🚮",
        "col:waste",
        "^waste",
        "wa\\ste",
        "%_",
        "a" * 200,
    ],
)
def test_odd_queries_never_cause_a_server_error(client, blog_index, query):
    BlogPageFactory(parent=blog_index, title="Waste post", tags=["waste"])

    assert isinstance(suggestions(client, query), list)


def test_answers_may_be_cached_briefly_by_anyone(client, home_page):
    response = client.get(SUGGEST, {"q": "waste"})

    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    assert response["Content-Type"] == "application/json"


def test_only_get_and_head_are_allowed(client, home_page):
    assert client.post(SUGGEST, {"q": "waste"}).status_code == 405
