"""RSS 2.0 and Atom feeds of published content (django.contrib.syndication).

Each feed class is RSS 2.0; `atom_variant()` makes its Atom twin, and `feed_view()` builds a new
instance per request so the request (for absolute URLs) is never shared between threads.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import capfirst, slugify
from taggit.models import Tag

from .models import ContentPage, Organisation, content_page_models, specific_cards


class ContentFeed(Feed):
    """The newest published items of a listing, as RSS 2.0."""

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def listing(self, obj):
        """Return the feed's items, newest first; subclasses narrow it."""
        return ContentPage.objects.for_listing()

    def items(self, obj):
        return specific_cards(self.listing(obj)[: settings.FEED_ITEMS])

    def link(self, obj):
        return self.request.build_absolute_uri("/")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        # The address the reader used, rather than the Site record's hostname.
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_guid(self, item):
        # Stable when a page is moved or renamed: Wagtail's translation key never changes.
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_author_name(self, item):
        return item.credited_to() or None


class LatestContentFeed(ContentFeed):
    title = "Practice Commons: everything new"
    description = "Case studies, projects, events and posts shared by councils, newest first."


class ContentTypeFeed(ContentFeed):
    """One type's items, named in the URL by its plural ("case-studies", "blog-posts")."""

    def get_object(self, request, kind):
        model = content_models_by_kind().get(kind)
        if model is None:
            raise Http404("No such feed.")
        return model

    def title(self, model):
        return f"Practice Commons: {model._meta.verbose_name_plural}"

    def description(self, model):
        return f"New {model._meta.verbose_name_plural} shared on Practice Commons, newest first."

    def listing(self, model):
        return model.objects.for_listing()


def content_models_by_kind() -> dict[str, type[ContentPage]]:
    # The same slug content_type_feed_link() puts in the URL.
    return {slugify(model._meta.verbose_name_plural): model for model in content_page_models()}


class TagFeed(ContentFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, tag):
        return f'Practice Commons: tagged "{tag.name}"'

    def description(self, tag):
        return f'Everything tagged "{tag.name}" on Practice Commons, newest first.'

    def listing(self, tag):
        return ContentPage.objects.for_listing().tagged(tag)


class OrganisationFeed(ContentFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Organisation, slug=slug)

    def title(self, organisation):
        return f"Practice Commons: {organisation.name}"

    def description(self, organisation):
        return f"What {organisation.name} has shared or taken part in, newest first."

    def listing(self, organisation):
        return ContentPage.objects.for_listing().involving(organisation)


class ListingFeed(ContentFeed):
    """A listing page's items, filtered by the page's own filter set from the same query string."""

    def get_object(self, request, page, filterset):
        self.filterset = filterset
        return page

    def title(self, page):
        return f"Practice Commons: {page.listing_in_words(self.filterset)}"

    def description(self, page):
        return f"{capfirst(page.listing_in_words(self.filterset))} on Practice Commons, newest first."

    def link(self, page):
        return self.request.build_absolute_uri(page.filtered_url(self.request, self.filterset))

    def listing(self, page):
        return page.feed_items(self.filterset)


def atom_variant(feed_class: type[Feed]) -> type[Feed]:
    """Return an Atom 1.0 version of an RSS feed class."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": feed_class.description},
    )


def feed_view(feed_class: type[Feed]):
    """Return a view that serves the feed with a fresh instance for each request."""

    def view(request, *args, **kwargs):
        return feed_class()(request, *args, **kwargs)

    return view


LISTING_FEEDS = {"rss": ListingFeed, "atom": atom_variant(ListingFeed)}


def serve_listing_feed(request, page, feed_format: str):
    """Return a listing page's feed, filtered by the query string.

    A filter value that matches nothing is refused rather than ignored as the page ignores it: a
    feed that quietly widened to every item would flood its subscriber, who never sees the form.
    """
    filterset = page.listing_filterset(request)
    invalid = filterset.invalid_values()
    if invalid:
        return HttpResponseBadRequest(
            invalid_filters_message(invalid), content_type="text/plain; charset=utf-8"
        )
    return LISTING_FEEDS[feed_format]()(request, page=page, filterset=filterset)


def invalid_filters_message(invalid: dict[str, str]) -> str:
    values = "; ".join(f'{label.lower()} "{value}"' for label, value in invalid.items())
    return (
        f"This feed's address has filters that match nothing on Practice Commons: {values}. "
        "Choose filters on the listing page and follow its Subscribe link.\n"
    )
