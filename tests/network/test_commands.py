import pytest
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.models import Page, Revision

from blog.models import BlogPage, FeedSource
from network.models import ContentPage, EventPage, HomePage, Organisation, Person
from tests.factories import BlogPageFactory
from workstreams.choices import Phase
from workstreams.models import CaseStudyPage, ProjectPage, WorkstreamPage


def run(command, *args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_load_demo_fills_the_site_and_a_second_run_changes_nothing(db, client):
    first = run("load_demo")
    pages, revisions = Page.objects.count(), Revision.objects.count()

    second = run("load_demo")

    assert "new item" in first and "0 new item(s)" in second
    assert HomePage.objects.count() == 1
    assert BlogPage.objects.live().count() >= 5
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert client.get("/").status_code == 200
    assert "Welcome to your new Wagtail site" not in client.get("/").content.decode()


def test_demo_is_a_living_network(db):
    """The demo has the councils, people, workstreams and content a newcomer should see."""
    run("load_demo")

    assert Organisation.objects.count() >= 10
    assert Person.objects.count() >= 20
    workstreams = WorkstreamPage.objects.live()
    assert workstreams.count() == 4
    for workstream in workstreams:
        assert workstream.memberships.filter(role="lead").exists(), workstream
        assert workstream.leads_group.user_set.exists(), workstream
    assert CaseStudyPage.objects.live().values("service_area").distinct().count() >= 4
    assert CaseStudyPage.objects.live().count() >= 15
    assert ProjectPage.objects.live().count() >= 10
    assert set(ProjectPage.objects.values_list("phase", flat=True)) == {p for p, _ in Phase.choices}
    events = EventPage.objects.live()
    assert events.count() >= 6
    assert events.upcoming().exists() and events.past().exists()
    titles = " ".join(events.values_list("title", flat=True)).lower()
    assert "localgovcamp" in titles and "hack" in titles
    shared_tags = {
        tag
        for tag in Tag.objects.all()
        if len({type(page.specific) for page in ContentPage.objects.filter(tagged_items__tag=tag)}) >= 2
    }
    assert len(shared_tags) >= 3
    posts = BlogPage.objects.live()
    assert posts.exclude(original_url="").count() * 3 >= posts.count()
    assert not posts.filter(authors__isnull=True).exists()
    assert FeedSource.objects.count() >= 2


def test_generate_content_adds_the_number_of_items_asked_for(db):
    run("load_demo")
    before = ContentPage.objects.count()

    run("generate_content", "--items", "25")

    assert ContentPage.objects.count() == before + 25
    assert CaseStudyPage.objects.filter(slug__startswith="generated-").exists()
    assert EventPage.objects.filter(slug__startswith="generated-").exists()


def test_every_generated_item_is_found_by_search(db, client):
    """Generating skips indexing page by page, then indexes everything at the end."""
    run("generate_content", "--items", "40")
    generated = set(ContentPage.objects.filter(slug__startswith="generated-").values_list("pk", flat=True))

    found = {page.pk for page in ContentPage.objects.live().search("generated")}

    assert len(generated) == 40 and generated <= found
    post = BlogPage.objects.filter(slug__startswith="generated-").last()
    assert post.title in client.get("/search/", {"q": f'"{post.title}"'}).content.decode()


def test_pages_saved_after_generating_are_indexed_again(db, client, blog_index):
    run("generate_content", "--items", "4")

    BlogPageFactory(parent=blog_index, title="Saved after generating")

    results = client.get("/search/", {"q": "after generating", "format": "json"}).json()["results"]
    assert "Saved after generating" in [result["title"] for result in results]


def test_generate_content_rejects_a_count_below_one(db):
    with pytest.raises(CommandError, match="at least 1"):
        run("generate_content", "--items", "0")


def test_dev_admin_is_refused_outside_development_settings(db):
    with pytest.raises(CommandError, match="only runs with the development settings"):
        run("create_dev_admin")


def test_dev_admin_is_created_once_and_login_is_printed(db, settings):
    settings.DEV_ADMIN_ALLOWED = True

    output = run("create_dev_admin")
    run("create_dev_admin")

    assert "admin" in output and "/admin/" in output
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
