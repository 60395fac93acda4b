"""The Elasticsearch engine: the query it builds, the settings switch, and falling back.

No cluster runs here, so these tests check the request bodies the engine would send and read a
response of the shape Elasticsearch 8 returns; a live cluster was never queried (see README).
"""

import socket

import pytest
from elasticsearch_dsl.response import Response
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from network.settings.environment import search_backends_config
from search.engines import choose_engine
from search.engines.database import DatabaseEngine
from search.engines.elastic import UNAVAILABLE_NOTICE, ElasticsearchEngine
from search.facets import FACETS_BY_NAME, FacetValue
from search.query import SearchRequest

PAGE_FACETS = "network_contentpage__search_facet_keys_filter"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def elasticsearch_settings(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_config(f"http://127.0.0.1:{closed_port()}")
    return settings


@pytest.fixture
def engine(elasticsearch_settings, db):
    return choose_engine()


def test_elasticsearch_url_switches_to_elasticsearch_and_keeps_the_database_current(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.internal:9200")
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", "pc_")
    config = search_backends_config()

    assert isinstance(get_search_backend(**config["default"]), Elasticsearch8SearchBackend)
    assert config["database"]["BACKEND"] == "wagtail.search.backends.database"
    assert config["facets"]["BACKEND"] == "search.facet_index"


def test_the_engine_follows_the_default_backend(engine, settings):
    assert isinstance(engine, ElasticsearchEngine)
    assert isinstance(engine.fallback, DatabaseEngine)
    settings.WAGTAILSEARCH_BACKENDS = search_backends_config(elasticsearch_url="")
    assert isinstance(choose_engine(), DatabaseEngine)


def test_it_searches_the_page_organisation_and_person_indexes(engine):
    assert engine.index_names() == [
        "practicecommons_wagtailcore_page",
        "practicecommons_network_organisation",
        "practicecommons_network_person",
    ]


def test_words_are_matched_in_every_text_field_with_their_boosts_and_no_query_syntax(engine):
    body = engine.build_search(SearchRequest(text='bins "food waste" -garden')).to_dict()

    words = body["query"]["bool"]["must"][0]["simple_query_string"]
    assert words["query"] == 'bins "food waste" -garden'
    assert words["default_operator"] == "and"
    assert words["flags"] == "PHRASE|WHITESPACE"
    assert {"_all_text", "_all_text_boost_2_0^2.0", "_all_text_boost_3_0^3.0"} <= set(words["fields"])


def test_any_word_search_uses_or(engine):
    body = engine.build_search(SearchRequest(text="bins zeppelin"), operator="or").to_dict()

    assert body["query"]["bool"]["must"][0]["simple_query_string"]["default_operator"] == "or"


def test_only_live_items_of_the_searchable_types_are_returned(engine):
    filters = engine.build_search(SearchRequest(text="bins")).to_dict()["query"]["bool"]["filter"]

    assert set(filters[0]["terms"]["_django_content_type"]) == {
        "workstreams.CaseStudyPage",
        "workstreams.ProjectPage",
        "network.EventPage",
        "blog.BlogPage",
        "workstreams.WorkstreamPage",
        "network.Organisation",
        "network.Person",
    }
    assert {
        "bool": {
            "should": [
                {"term": {"live_filter": True}},
                {"bool": {"must_not": [{"exists": {"field": "live_filter"}}]}},
            ]
        }
    } in filters


def test_chosen_facets_filter_on_the_facet_keys_of_every_index(engine):
    tag = FACETS_BY_NAME["tag"]
    request = SearchRequest(text="bins", filters={"tag": tag_value(tag, 7), "year": year_value(2024)})

    filters = engine.build_search(request).to_dict()["query"]["bool"]["filter"]

    assert {
        "bool": {
            "should": [
                {"term": {PAGE_FACETS: "tag:7"}},
                {"term": {"search_facet_keys_filter": "tag:7"}},
                {"term": {"workstreams_workstreampage__search_facet_keys_filter": "tag:7"}},
            ]
        }
    } in filters
    assert any("year:2024" in str(clause) for clause in filters)


def test_every_facet_is_counted_by_aggregation(engine):
    aggregations = engine.build_search(SearchRequest(text="bins")).to_dict()["aggs"]

    assert aggregations["tag__0"] == {"terms": {"field": PAGE_FACETS, "include": "tag:.*", "size": 200}}
    assert {name.split("__")[0] for name in aggregations} == set(FACETS_BY_NAME)


def test_results_are_highlighted_paginated_and_sorted(engine):
    relevant = engine.build_search(SearchRequest(text="bins", page=3)).to_dict()
    newest = engine.build_search(SearchRequest(text="bins", sort="newest")).to_dict()

    assert (relevant["from"], relevant["size"]) == (40, 20)
    assert "sort" not in relevant
    assert relevant["highlight"]["pre_tags"] == ["<mark>"]
    assert relevant["highlight"]["encoder"] == "html"
    assert {"title", "network_contentpage__summary", "workstreams_casestudypage__approach"} <= set(
        relevant["highlight"]["fields"]
    )
    assert newest["sort"][0] == {"network_contentpage__date_filter": {"order": "desc", "missing": "_last"}}


def test_a_response_becomes_results_facet_counts_and_highlights(everything_about_compost, engine):
    case_study, council = everything_about_compost["case_study"], everything_about_compost["organisation"]
    search = engine.build_search(SearchRequest(text="compost"))
    aggregations = {
        f"{facet}__{position}": {"buckets": []} for facet in FACETS_BY_NAME for position in range(3)
    }
    aggregations["type__0"]["buckets"] = [{"key": "type:case-study", "doc_count": 1}]
    aggregations["type__1"]["buckets"] = [{"key": "type:organisation", "doc_count": 1}]
    response = Response(
        search,
        {
            "took": 3,
            "timed_out": False,
            "hits": {
                "total": {"value": 2, "relation": "eq"},
                "max_score": 2.0,
                "hits": [
                    {
                        "_index": "practicecommons_network_organisation_a1b2",
                        "_id": str(council.pk),
                        "_score": 2.0,
                        "fields": {"pk": [str(council.pk)]},
                    },
                    {
                        "_index": "practicecommons_wagtailcore_page",
                        "_id": str(case_study.pk),
                        "_score": 1.5,
                        "fields": {"pk": [str(case_study.pk)]},
                        "highlight": {"network_contentpage__summary": ["Free <mark>compost</mark> bins"]},
                    },
                ],
            },
            "aggregations": aggregations,
        },
    )

    result = engine.result_from_response(response)

    assert result.objects == [council, case_study]
    assert type(result.objects[1]).__name__ == "CaseStudyPage"
    assert result.total == 2
    assert result.facet_counts == {"type:case-study": 1, "type:organisation": 1}
    assert result.highlights[("wagtailcore.page", case_study.pk)] == ["Free <mark>compost</mark> bins"]


def test_an_unreachable_cluster_falls_back_to_the_database_and_says_so(
    client, everything_about_compost, settings
):
    settings.WAGTAILSEARCH_BACKENDS = search_backends_config(f"http://127.0.0.1:{closed_port()}")

    page = client.get("/search/", {"q": "compost"})
    data = client.get("/search/", {"q": "compost", "format": "json"}).json()

    assert page.status_code == 200
    assert UNAVAILABLE_NOTICE in page.content.decode()
    assert data["notice"] == UNAVAILABLE_NOTICE
    assert data["total"] == 7


def tag_value(facet, pk):
    return FacetValue(f"tag-{pk}", facet.key(pk), f"Tag {pk}")


def year_value(year):
    return FacetValue(str(year), f"year:{year}", str(year))


def test_documents_carry_the_facet_keys_the_query_filters_on(everything_about_compost, engine):
    case_study, person = everything_about_compost["case_study"], everything_about_compost["person"]

    page_document = engine.mappings[type(case_study)].get_document(case_study)
    person_document = engine.mappings[type(person)].get_document(person)

    assert {"type:case-study", "tag:{}".format(case_study.tags.get(name="compost").pk)} <= set(
        page_document[PAGE_FACETS]
    )
    assert person_document["search_facet_keys_filter"] == [
        "type:person",
        f"organisation:{everything_about_compost['organisation'].pk}",
    ]
