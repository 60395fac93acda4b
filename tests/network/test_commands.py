import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from blog.models import BlogPage
from network.models import HomePage


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


def test_generate_content_adds_the_number_of_items_asked_for(db):
    run("load_demo")
    before = BlogPage.objects.count()

    run("generate_content", "--items", "25")

    assert BlogPage.objects.count() == before + 25


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
