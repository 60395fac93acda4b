"""Importing members' blogs from real feed files served over HTTP on 127.0.0.1."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from blog.importer import feed_source_import, feed_sources_import_all
from blog.models import BlogPage, FeedSource
from tests.factories import OrganisationFactory, PersonFactory, UserFactory

FEEDS = Path(__file__).parent / "feeds"


class FeedHandler(BaseHTTPRequestHandler):
    """Serves the files in feeds/, plus misbehaving addresses for the failure cases."""

    requests_seen: list = []

    def do_GET(self):
        type(self).requests_seen.append((self.path, dict(self.headers)))
        if self.path == "/slow.xml":
            time.sleep(3)
        if self.path == "/huge.xml":
            return self._send(200, b"<rss>" + b" " * 3_000_000 + b"</rss>")
        if self.path == "/etag.xml" and self.headers.get("If-None-Match") == '"v1"':
            return self._send(304, b"")
        name = {"/etag.xml": "rss20.xml", "/slow.xml": "rss20.xml"}.get(self.path, self.path.lstrip("/"))
        path = FEEDS / name
        if not path.is_file():
            return self._send(404, b"Not found")
        self._send(200, path.read_bytes(), {"ETag": '"v1"'} if self.path == "/etag.xml" else {})

    def _send(self, status, body, headers=None):
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def feed_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def source(feed_server, blog_index):
    def make(path, **fields):
        return FeedSource.objects.create(
            name=fields.pop("name", "Devon Digital"), feed_url=feed_server + path, **fields
        )

    return make


@pytest.fixture(autouse=True)
def short_limits(settings):
    settings.FEED_IMPORT_TIMEOUT = 1
    settings.FEED_IMPORT_MAX_BYTES = 1_000_000


def test_rss2_entries_become_sanitised_cross_posts(source):
    author, devon = PersonFactory(name="Helen Marchant"), OrganisationFactory(name="Devon County Council")
    feed = source("/rss20.xml", default_author=author, organisation=devon, publish_immediately=True)

    result = feed_source_import(feed)

    assert (result.created, result.error) == (2, "")
    post = BlogPage.objects.get(original_url="https://digital.devon.example/2024/open-data-by-default/")
    assert post.live and post.original_publisher == "Devon Digital"
    assert str(post.original_published) == "2024-05-14" and str(post.date) == "2024-05-14"
    assert post.author_names() == ["Helen Marchant"] and post.organisation == devon
    assert sorted(tag.name for tag in post.tags.all()) == ["digital leadership", "open data"]
    body = str(post.body[0].value.source)
    assert "<strong>everything</strong>" in body and 'href="https://example.org/more"' in body
    assert "script" not in body and "onclick" not in body and "alert" not in body


@pytest.mark.parametrize("path", ["/atom.xml", "/rss091.xml", "/rss10.xml"])
def test_atom_rss091_and_rss10_are_imported(source, path):
    result = feed_source_import(source(path))

    assert result.created == 1 and result.error == ""


def test_running_again_imports_nothing_twice(source):
    feed = source("/rss20.xml")
    feed_source_import(feed)

    second = feed_source_import(feed)

    assert (second.created, second.skipped) == (0, 2)
    assert BlogPage.objects.count() == 2


def test_posts_wait_as_drafts_unless_the_source_publishes_at_once(source, client):
    feed_source_import(source("/atom.xml"))

    post = BlogPage.objects.get()
    assert not post.live and post.latest_revision is not None
    assert client.get("/blog/").context["items"].paginator.count == 0


def test_conditional_get_skips_an_unchanged_feed(source):
    feed = source("/etag.xml")
    feed_source_import(feed)
    FeedHandler.requests_seen.clear()

    result = feed_source_import(feed)

    assert result.not_modified
    assert FeedHandler.requests_seen[0][1].get("If-None-Match") == '"v1"'


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/malformed.xml", "not well-formed"),
        ("/not_a_feed.html", "does not hold an RSS or Atom feed"),
        ("/missing.xml", "HTTP 404"),
        ("/slow.xml", "longer than 1"),
        ("/huge.xml", "larger than"),
    ],
)
def test_bad_sources_are_reported_and_the_others_still_import(source, path, message):
    bad = source(path, name="Bad source")
    source("/atom.xml", name="Good source")

    results = {result.source.name: result for result in feed_sources_import_all()}

    assert message in results["Bad source"].error
    assert results["Good source"].created == 1
    bad.refresh_from_db()
    assert message in bad.last_error and bad.last_error_at and bad.last_success_at is None


def test_unreachable_source_is_reported(blog_index):
    source = FeedSource.objects.create(name="Nowhere", feed_url="http://127.0.0.1:9/feed.xml")

    assert "could not be reached" in feed_source_import(source).error


def test_command_registers_and_imports_a_url(feed_server, blog_index):
    out = StringIO()

    call_command("import_feeds", "--url", feed_server + "/atom.xml", "--name", "Hackney notes", stdout=out)

    assert "Hackney notes: 1 new, 0 already imported." in out.getvalue()
    assert FeedSource.objects.get().name == "Hackney notes"


def test_command_refuses_a_non_web_address_and_reports_a_failed_import(feed_server, blog_index):
    with pytest.raises(CommandError, match="is not a web address"):
        call_command("import_feeds", "--url", "file:///etc/passwd")
    with pytest.raises(CommandError, match="HTTP 404"):
        call_command("import_feeds", "--url", feed_server + "/missing.xml", stderr=StringIO())


def test_admin_shows_last_error_and_success(client, source):
    feed_source_import(source("/missing.xml", name="Broken blog"))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    html = client.get("/admin/blog/feedsource/").content.decode()

    assert "Broken blog" in html and "The feed address answered HTTP 404." in html
