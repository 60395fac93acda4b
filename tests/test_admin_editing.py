"""Editors can open the form for every page type and every directory model in the admin."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from tests.factories import CaseStudyPageFactory, UserFactory


@pytest.fixture
def editor(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize(
    ("model", "parent_fixture"),
    [
        ("network/eventindexpage", "home_page"),
        ("network/eventpage", "event_index"),
        ("workstreams/workstreamindexpage", "home_page"),
        ("workstreams/workstreampage", "workstream_index"),
        ("workstreams/casestudyindexpage", "home_page"),
        ("workstreams/casestudypage", "workstream"),
        ("workstreams/projectindexpage", "home_page"),
        ("workstreams/projectpage", "project_index"),
        ("workstreams/projectpage", "workstream"),
        ("blog/blogindexpage", "home_page"),
        ("blog/blogpage", "blog_index"),
    ],
)
def test_page_add_form_opens(editor, request, model, parent_fixture):
    parent = request.getfixturevalue(parent_fixture)

    assert editor.get(f"/admin/pages/add/{model}/{parent.pk}/").status_code == 200


@pytest.mark.parametrize("model", ["organisation", "person", "servicearea"])
def test_directory_admin_opens(editor, model):
    assert editor.get(f"/admin/network/{model}/").status_code == 200
    assert editor.get(f"/admin/network/{model}/create/").status_code == 200


def test_tag_field_autocompletes_from_the_shared_vocabulary(editor, workstream, blog_index):
    """A tag used on a case study is suggested when tagging a blog post: one vocabulary."""
    CaseStudyPageFactory(parent=workstream, tags=["waste collection"])

    editor_html = editor.get(f"/admin/pages/add/blog/blogpage/{blog_index.pk}/").content.decode()
    suggestions = editor.get("/admin/tag-autocomplete/", {"term": "was"}).json()

    assert "tag-autocomplete" in editor_html
    assert "waste collection" in suggestions


def test_editors_manage_best_bets_and_see_popular_searches(editor, home_page):
    Query.get("bins").add_hit()

    assert editor.get("/admin/searchpicks/").status_code == 200
    assert editor.get("/admin/searchpicks/add/").status_code == 200
    assert "bins" in editor.get("/admin/searchpicks/reports/search-terms/").content.decode()
