"""Publishing, editing, unpublishing and deleting change search results at once."""

from django.core.management import call_command

from search.models import SearchFacet
from tests.factories import BlogPageFactory, OrganisationFactory

from .conftest import titles


def test_publishing_a_page_makes_it_findable_with_its_tags(search_json, blog_index):
    post = BlogPageFactory.build(title="Parking permits online", summary="Apply for a permit.")
    blog_index.add_child(instance=post)
    post.live = False
    post.save()
    assert search_json(q="permits")["total"] == 0

    post.tags.add("parking")
    post.save_revision().publish()

    data = search_json(q="permits")
    assert titles(data) == ["Parking permits online"]
    assert search_json(tag="parking")["total"] == 1


def test_editing_a_page_updates_its_words_and_facets(search_json, blog_index):
    post = BlogPageFactory(parent=blog_index, title="Parking permits online", tags=["parking"])

    post.title = "Resident permits online"
    post.tags.set(["permits"])
    post.save_revision().publish()

    assert titles(search_json(q="resident")) == ["Resident permits online"]
    assert search_json(q="parking")["total"] == 0
    assert search_json(tag="permits")["total"] == 1


def test_unpublishing_a_page_removes_it(search_json, blog_index):
    post = BlogPageFactory(parent=blog_index, title="Parking permits online")

    post.unpublish()

    assert search_json(q="permits")["total"] == 0


def test_deleting_a_page_removes_it_and_its_facets(search_json, blog_index):
    post = BlogPageFactory(parent=blog_index, title="Parking permits online", tags=["parking"])
    assert SearchFacet.objects.filter(object_id=post.pk, key__startswith="tag:").exists()

    post.delete()

    assert search_json(q="permits")["total"] == 0
    assert not SearchFacet.objects.filter(object_id=post.pk).exists()


def test_renaming_an_organisation_updates_search_at_once(search_json, home_page):
    council = OrganisationFactory(name="Borsetshire County Council", slug="borsetshire")

    council.name = "Felpersham City Council"
    council.save()

    assert titles(search_json(q="Felpersham")) == ["Felpersham City Council"]
    assert search_json(q="Borsetshire")["total"] == 0


def test_update_index_rebuilds_everything(search_json, blog_index):
    BlogPageFactory(parent=blog_index, title="Parking permits online", tags=["parking"])
    SearchFacet.objects.all().delete()
    assert search_json(q="permits", tag="parking")["total"] == 0

    call_command("update_index", verbosity=0)

    assert titles(search_json(q="permits", tag="parking")) == ["Parking permits online"]
