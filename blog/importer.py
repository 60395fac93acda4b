"""Importing members' blogs: fetch each registered feed, create cross-posts for new entries.

One bad source (unreachable, slow, too big, not a feed) is recorded on that source and the
others still import. Re-running is safe: entries are known by GUID, else link.
"""

import datetime
import time
from dataclasses import dataclass
from xml.sax import SAXException

import feedparser
import nh3
import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify

from .models import BlogIndexPage, BlogPage, BlogPageAuthor, FeedSource, ImportedEntry

SAFE_TAGS = {
    "p",
    "br",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "code",
    "pre",
}
USER_AGENT = "PracticeCommons-FeedImporter/1.0"


class FeedImportError(Exception):
    """A source could not be imported; the message says why, for the admin."""


@dataclass
class ImportResult:
    source: FeedSource
    created: int = 0
    skipped: int = 0
    not_modified: bool = False
    error: str = ""


def feed_sources_import_all() -> list[ImportResult]:
    """Import every registered source, each on its own: one failure never stops the others."""
    return [feed_source_import(source) for source in FeedSource.objects.all()]


def feed_source_import(source: FeedSource) -> ImportResult:
    """Fetch one source and create cross-posts for the entries not imported before."""
    result = ImportResult(source)
    try:
        response = _fetch(source)
        if response is None:
            result.not_modified = True
        else:
            content, etag, last_modified = response
            entries = _parse(content)
            with transaction.atomic():
                for entry in entries:
                    if _import_entry(source, entry):
                        result.created += 1
                    else:
                        result.skipped += 1
            source.etag, source.last_modified = etag, last_modified
        source.last_success_at = timezone.now()
    except FeedImportError as error:
        result.error = str(error)
        source.last_error, source.last_error_at = result.error, timezone.now()
    source.save()
    return result


def _fetch(source: FeedSource) -> tuple[bytes, str, str] | None:
    """Return the feed's bytes and validators, or None when unchanged since the last fetch."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if source.etag:
        headers["If-None-Match"] = source.etag
    if source.last_modified:
        headers["If-Modified-Since"] = source.last_modified
    timeout = settings.FEED_IMPORT_TIMEOUT
    try:
        with requests.get(source.feed_url, headers=headers, timeout=timeout, stream=True) as response:
            if response.status_code == 304:
                return None
            if response.status_code != 200:
                raise FeedImportError(f"The feed address answered HTTP {response.status_code}.")
            content = _read_limited(response, timeout)
            return content, response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")
    except requests.Timeout as error:
        raise FeedImportError(f"The feed took longer than {timeout} seconds to answer.") from error
    except requests.RequestException as error:
        raise FeedImportError(f"The feed could not be reached: {error.__class__.__name__}.") from error


def _read_limited(response, timeout: float) -> bytes:
    # requests' timeout is per read, so a server trickling bytes needs an overall deadline too.
    limit, deadline = settings.FEED_IMPORT_MAX_BYTES, time.monotonic() + timeout
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > limit:
            raise FeedImportError(f"The feed is larger than {limit // 1024} KB, so it was not imported.")
        if time.monotonic() > deadline:
            raise FeedImportError(f"The feed took longer than {timeout} seconds to download.")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(content: bytes) -> list:
    parsed = feedparser.parse(content)
    if not parsed.version and not parsed.entries:
        raise FeedImportError("The address does not hold an RSS or Atom feed.")
    # Other bozo reasons (a wrong declared encoding, say) leave the feed readable.
    if parsed.bozo and isinstance(parsed.bozo_exception, SAXException):
        raise FeedImportError(f"The feed is not well-formed XML: {parsed.bozo_exception}.")
    return parsed.entries


def _import_entry(source: FeedSource, entry) -> bool:
    """Create a cross-post for the entry unless it was imported before; return whether it was."""
    link = entry.get("link", "")
    guid = (entry.get("id") or link)[:500]
    if not guid or not link:
        return False
    if (
        ImportedEntry.objects.filter(source=source, guid=guid).exists()
        or BlogPage.objects.filter(original_url=link).exists()
    ):
        return False
    blog = source.blog or BlogIndexPage.objects.order_by("path").first()
    if blog is None:
        raise FeedImportError("There is no blog to import posts into.")
    page = blog.add_child(instance=_blog_page(source, entry, blog, link))
    if not source.publish_immediately:
        page.save_revision()
    ImportedEntry.objects.create(source=source, guid=guid, page=page)
    return True


def _blog_page(source: FeedSource, entry, blog: BlogIndexPage, link: str) -> BlogPage:
    title = Truncator(strip_tags(entry.get("title", "")).strip() or link).chars(250)
    content = entry.get("content", [{}])[0].get("value") or entry.get("summary", "")
    body = nh3.clean(
        content, tags=SAFE_TAGS, attributes={"a": {"href"}}, url_schemes={"http", "https", "mailto"}
    )
    summary = Truncator(strip_tags(entry.get("summary", "") or content).strip()).chars(390) or title
    published = _entry_date(entry)
    page = BlogPage(
        title=title,
        slug=_unused_slug(blog, title),
        date=published,
        summary=summary,
        body=[("paragraph", body)] if body.strip() else [],
        organisation=source.organisation,
        original_publisher=source.name,
        original_url=link[:500],
        original_published=published,
        authors=[BlogPageAuthor(person=source.default_author)] if source.default_author else [],
        live=source.publish_immediately,
    )
    terms = [tag.get("term", "").strip()[:100] for tag in entry.get("tags", [])]
    page.tags.add(*[term for term in terms if term][:10])
    return page


def _entry_date(entry) -> datetime.date:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.date(*moment[:3]) if moment else timezone.localdate()


def _unused_slug(blog: BlogIndexPage, title: str) -> str:
    base = slugify(title)[:200] or "post"
    taken = set(blog.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
