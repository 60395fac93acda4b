import feedparser
import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import BlogPageFactory, CaseStudyPageFactory
from tests.helpers import count_queries

from .conftest import titles


def test_one_search_returns_every_type_in_one_list(search_json, everything_about_compost):
    data = search_json(q="compost")

    assert {result["type"] for result in data["results"]} == {
        "Case study",
        "Project",
        "Blog post",
        "Event",
        "Workstream",
        "Organisation",
        "Person",
    }
    assert "Housing repairs online" not in titles(data)
    assert data["total"] == 7


def test_unpublished_pages_are_not_found(search_json, everything_about_compost):
    everything_about_compost["project"].unpublish()

    assert "Compost collection pilot" not in titles(search_json(q="compost"))


def test_facets_count_the_results_by_type_tag_organisation_phase_and_year(
    search_json, everything_about_compost
):
    facets = {facet["name"]: facet for facet in search_json(q="compost")["facets"]}

    def counts(name):
        return {option["label"]: option["count"] for option in facets[name]["options"]}

    assert counts("type")["Case studies"] == 1
    assert counts("type")["People"] == 1
    assert counts("tag") == {"compost": 3, "waste": 2}
    # The council, its person, and the two items it took part in.
    assert counts("organisation")["Compost Valley Council"] == 4
    assert counts("phase") == {"Beta": 1}
    assert counts("service_area") == {"Waste and recycling": 2}
    assert counts("workstream") == {"Compost and food waste": 2}
    assert {"2023", "2024", "2025"} <= set(counts("year"))


def test_facets_combine_and_show_in_the_url(client, search_json, everything_about_compost):
    by_tag = search_json(q="compost", tag="waste")
    type_facet = next(facet for facet in by_tag["facets"] if facet["name"] == "type")
    projects = next(option for option in type_facet["options"] if option["label"] == "Projects")

    assert projects["url"].endswith("?q=compost&type=project&tag=waste&format=json")
    assert titles(client.get(projects["url"]).json()) == ["Compost collection pilot"]
    assert sorted(titles(by_tag)) == ["Compost collection pilot", "Home compost bins"]


def test_a_chosen_facet_can_be_removed(client, everything_about_compost):
    html = client.get("/search/", {"q": "compost", "tag": "waste"}).content.decode()

    assert 'href="?q=compost">Remove' in html


def test_filters_work_without_words(search_json, everything_about_compost):
    data = search_json(organisation="compost-valley", type="case-study")

    assert titles(data) == ["Home compost bins"]


def test_snippets_mark_the_words_found_in_the_body(search_json, workstream):
    CaseStudyPageFactory(
        parent=workstream,
        title="Street lighting map",
        summary="Report a broken street light.",
        approach="<p>We reused the gazetteer from the planning portal to place every lamp.</p>",
    )

    result = search_json(q="gazetteer")["results"][0]

    assert result["title"] == "Street lighting map"
    assert "<mark>gazetteer</mark>" in result["snippet"]


def test_plurals_find_the_singular(search_json, everything_about_compost):
    assert "Compost meetup" in titles(search_json(q="meetups"))


def test_results_sort_by_newest(search_json, everything_about_compost):
    data = search_json(q="compost", type="blog-post", sort="newest")
    dated = [
        result["date"] for result in search_json(q="compost", sort="newest")["results"] if result["date"]
    ]

    assert data["sort"] == "newest"
    assert dated == sorted(dated, reverse=True)


def test_results_are_paginated(search_json, blog_index):
    BlogPageFactory.create_batch(23, parent=blog_index, summary="Notes on the kerbside collection.")

    first, second = search_json(q="kerbside"), search_json(q="kerbside", page=2)

    assert (first["total"], first["pages"], len(first["results"]), len(second["results"])) == (23, 2, 20, 3)
    assert first["next"].endswith("?q=kerbside&page=2&format=json")
    assert set(titles(first)).isdisjoint(titles(second))
    assert search_json(q="kerbside", page=9)["page"] == 2


def test_a_misspelling_is_corrected(search_json, everything_about_compost):
    data = search_json(q="compsot")

    assert data["searched_for"] == "compost"
    assert "Home compost bins" in titles(data)


def test_when_no_item_has_every_word_any_word_is_enough(search_json, everything_about_compost):
    data = search_json(q="compost zeppelin")

    assert data["matched_any_word"] is True
    assert "Home compost bins" in titles(data)


def test_no_results_page_offers_popular_tags_and_to_drop_filters(client, everything_about_compost):
    html = client.get("/search/", {"q": "zeppelin", "tag": "compost"}).content.decode()

    assert "No results for ‘zeppelin’ with these filters." in html  # noqa: RUF001
    assert 'href="?q=zeppelin">Search without the filter “compost”' in html
    assert 'href="/tags/waste/"' in html


def test_editors_best_bets_come_first(client, everything_about_compost):
    SearchPromotion.objects.create(
        query=Query.get("bins"), page=everything_about_compost["project"], description="The pilot."
    )

    html = client.get("/search/", {"q": "Bins"}).content.decode()

    assert html.index("Recommended") < html.index("Compost collection pilot") < html.index("1 result for")


def test_searches_with_results_are_recorded_as_popular(client, everything_about_compost):
    client.get("/search/", {"q": "Compost "})
    client.get("/search/", {"q": "compost"})
    client.get("/search/", {"q": "zeppelin"})

    assert [query.query_string for query in Query.get_most_popular()] == ["compost"]
    assert 'href="/search/?q=compost">compost</a>' in client.get("/search/").content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "council " * 100}, "Enter a search of 200 characters or fewer."),
        ({"q": "waste", "page": "two"}, "Enter a page number, such as 2."),
        ({"q": "waste", "page": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"q": "waste", "page": "51"}, "Search shows the first 50 pages of results; narrow it with filters."),
        ({"q": "waste", "tag": "no-such-tag"}, "There is no tag called “no-such-tag”."),
        (
            {"q": "waste", "sort": "oldest"},
            "Select a valid choice. oldest is not one of the available choices.",
        ),
        ({"q": "a\x00b"}, "Null characters are not allowed."),
    ],
)
def test_bad_input_gets_400_with_a_clear_message(client, home_page, params, message):
    page = client.get("/search/", params)
    data = client.get("/search/", {**params, "format": "json"})

    assert page.status_code == data.status_code == 400
    assert message in page.content.decode()
    assert message in str(data.json()["errors"])


def test_query_count_does_not_grow_with_results(client, blog_index):
    BlogPageFactory.create_batch(3, parent=blog_index, tags=["waste", "bins"], summary="Waste collection.")
    few = count_queries(client, "/search/?q=waste&tag=bins")

    BlogPageFactory.create_batch(30, parent=blog_index, tags=["waste", "bins"], summary="Waste collection.")

    assert count_queries(client, "/search/?q=waste&tag=bins") <= few


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_search_can_be_followed_as_a_feed(client, everything_about_compost, kind):
    html = client.get("/search/", {"q": "compost", "tag": "waste", "page": "1"}).content.decode()
    feed_url = f"/search/{kind}/?q=compost&tag=waste"

    assert f'href="{feed_url}"'.replace("&", "&amp;") in html
    feed = feedparser.parse(client.get(feed_url).content)
    assert not feed.bozo
    assert "“compost”, waste" in feed.feed.title
    assert [entry.title for entry in feed.entries] == ["Compost collection pilot", "Home compost bins"]


def test_a_feed_of_bad_filters_is_a_400(client, home_page):
    assert client.get("/search/rss/", {"tag": "no-such-tag"}).status_code == 400


def test_nothing_to_narrow_shows_no_empty_filter_box(client, everything_about_compost):
    nothing = client.get("/search/", {"q": "zeppelin"}).content.decode()
    something = client.get("/search/", {"q": "compost"}).content.decode()

    assert "Narrow your search" not in nothing
    assert "Narrow your search" in something
