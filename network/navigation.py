from dataclasses import dataclass

from django.urls import reverse
from django.utils.text import slugify


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb trail."""

    title: str
    url: str


def page_crumbs(page, request) -> list[Crumb]:
    """Return the trail from the home page to a Wagtail page's parent."""
    ancestors = page.get_ancestors().filter(depth__gt=1).live()
    return [
        Crumb("Home" if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request))
        for ancestor in ancestors
    ]


@dataclass(frozen=True)
class FeedLink:
    """A feed a page offers, in RSS 2.0 and Atom."""

    title: str
    rss_url: str
    atom_url: str


def feed_link(title: str, url_name: str, **kwargs) -> FeedLink:
    """Return the RSS and Atom addresses of a named feed ("network:tag_feed", slug=...)."""
    return FeedLink(
        title, reverse(f"{url_name}_rss", kwargs=kwargs), reverse(f"{url_name}_atom", kwargs=kwargs)
    )


def content_type_feed_link(model) -> FeedLink:
    """Return the feed of every published item of one content type."""
    plural = model._meta.verbose_name_plural
    return feed_link(f"New {plural}", "network:type_feed", kind=slugify(plural))
