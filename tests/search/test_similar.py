import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from search.similar import distinctive_words, similar_items, similar_items_for_page
from tests.factories import BlogPageFactory, CaseStudyPageFactory, EventPageFactory, ProjectPageFactory
from tests.helpers import count_queries

BIN_TAGS = ["Waste", "Bins"]


@pytest.fixture
def bin_lookup(workstream):
    return CaseStudyPageFactory(
        parent=workstream,
        title="Bin collection day lookup",
        summary="Residents look up their bin collection day by postcode.",
        tags=BIN_TAGS,
    )


@pytest.fixture
def bin_finder_post(blog_index):
    """Shares both tags and most words with the bin lookup."""
    return BlogPageFactory(
        parent=blog_index,
        title="Our bin collection day finder",
        summary="A postcode finder for bin collection days.",
        tags=BIN_TAGS,
    )


@pytest.fixture
def fleet_project(project_index):
    """Shares one tag and no words."""
    return ProjectPageFactory(
        parent=project_index, title="Fleet telematics", summary="Tracking refuse lorries.", tags=["Waste"]
    )


@pytest.fixture
def collection_event(event_index):
    """Shares words and no tags."""
    return EventPageFactory(
        parent=event_index, title="Bin collection show and tell", summary="Demos of collection day tools."
    )


@pytest.fixture
def housing_post(blog_index):
    return BlogPageFactory(
        parent=blog_index,
        title="Housing repairs online",
        summary="Tenants report a repair.",
        tags=["Housing"],
    )


def test_items_sharing_tags_and_words_rank_above_unrelated_ones(
    bin_lookup, bin_finder_post, fleet_project, collection_event, housing_post
):
    similar = similar_items_for_page(bin_lookup)

    assert similar[0] == bin_finder_post
    assert set(similar) == {bin_finder_post, fleet_project, collection_event}


def test_items_come_back_as_their_own_types(bin_lookup, bin_finder_post, fleet_project, collection_event):
    types = {type(item).__name__ for item in similar_items_for_page(bin_lookup)}

    assert types == {"BlogPage", "ProjectPage", "EventPage"}


def test_the_item_itself_never_appears(bin_lookup, bin_finder_post):
    """Left in, the item would be the most similar of all."""
    text = (bin_lookup.title, bin_lookup.summary, BIN_TAGS)

    assert similar_items(*text)[0] == bin_lookup
    assert bin_lookup not in similar_items(*text, exclude=bin_lookup)
    assert bin_lookup not in similar_items_for_page(bin_lookup)


def test_unpublished_items_never_appear(bin_lookup, blog_index):
    draft = BlogPageFactory(
        parent=blog_index, title=bin_lookup.title, summary=bin_lookup.summary, tags=BIN_TAGS
    )
    draft.unpublish()

    assert draft not in similar_items_for_page(bin_lookup)


def test_private_items_never_appear(bin_lookup, blog_index):
    private = BlogPageFactory(
        parent=blog_index, title=bin_lookup.title, summary=bin_lookup.summary, tags=BIN_TAGS
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert private not in similar_items_for_page(bin_lookup)


def test_at_most_five_items_show(bin_lookup, blog_index):
    BlogPageFactory.create_batch(8, parent=blog_index, summary="Bin collection rounds.", tags=BIN_TAGS)

    assert len(similar_items_for_page(bin_lookup)) == 5
    assert len(similar_items(bin_lookup.title, tag_names=BIN_TAGS, limit=7)) == 7


def test_unsaved_work_finds_its_possible_duplicates(bin_lookup, fleet_project, housing_post):
    """What a submission form has before saving: text and tag names typed in any case."""
    similar = similar_items(
        title="Which day are my bins collected?", summary="A postcode lookup.", tag_names=["waste"]
    )

    assert similar[0] == bin_lookup
    assert housing_post not in similar


def test_nothing_is_similar_to_unrelated_work(bin_lookup, fleet_project, housing_post):
    assert (
        similar_items(title="Zebra crossing survey", summary="Counting pedestrians.", tag_names=["Roads"])
        == []
    )
    assert similar_items() == []


def test_more_shared_tags_rank_higher_however_many_tags_an_item_has(blog_index):
    two_shared = BlogPageFactory(parent=blog_index, title="Alpha", summary="Alpha.", tags=["Waste", "Bins"])
    one_shared = BlogPageFactory(
        parent=blog_index, title="Beta", summary="Beta.", tags=["Waste", "Fleet", "Depots", "Lorries"]
    )

    assert similar_items(tag_names=BIN_TAGS) == [two_shared, one_shared]


def test_distinctive_words_leave_out_common_short_and_repeated_words():
    words = distinctive_words("How our council built a bin day lookup: bin rounds in 2024, by postcode.")

    assert words == ["built", "bin", "day", "lookup", "rounds", "postcode"]


def queries_to_find_similar(page) -> int:
    similar_items_for_page(page)
    with CaptureQueriesContext(connection) as queries:
        similar_items_for_page(page)
    return len(queries)


def test_query_count_does_not_grow_with_matches(
    bin_lookup, blog_index, project_index, event_index, bin_finder_post, fleet_project, collection_event
):
    few = queries_to_find_similar(bin_lookup)

    for factory, parent in [
        (BlogPageFactory, blog_index),
        (ProjectPageFactory, project_index),
        (EventPageFactory, event_index),
    ]:
        factory.create_batch(6, parent=parent, summary="Bin collection day rounds.", tags=BIN_TAGS)

    assert queries_to_find_similar(bin_lookup) <= few


def test_page_query_count_does_not_grow_with_matches(client, bin_lookup, blog_index, bin_finder_post):
    few = count_queries(client, bin_lookup.url)

    BlogPageFactory.create_batch(10, parent=blog_index, summary="Bin collection day rounds.", tags=BIN_TAGS)

    assert count_queries(client, bin_lookup.url) <= few


@pytest.mark.parametrize("name", ["bin_lookup", "bin_finder_post", "fleet_project"])
def test_case_study_project_and_blog_pages_show_similar_work(client, request, name):
    """The three share the "Waste" tag, so each shows the other two."""
    names = ["bin_lookup", "bin_finder_post", "fleet_project"]
    pages = {other: request.getfixturevalue(other) for other in names}

    html = client.get(pages.pop(name).url).content.decode()

    assert '<h2 id="similar-work-title">Similar work</h2>' in html
    assert all(other.title in html for other in pages.values())


def test_a_page_with_nothing_similar_has_no_section(client, housing_post, bin_lookup):
    html = client.get(housing_post.url).content.decode()

    assert "Similar work" not in html
