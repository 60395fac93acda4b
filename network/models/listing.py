from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.utils.text import capfirst
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Page

from ..navigation import FeedLink

# Wagtail gives every page class its own default template name, so subclasses name this one.
LISTING_TEMPLATE = "network/listing_index_page.html"


class ListingIndexPage(RoutablePageMixin, Page):
    """An index page listing every published item of one type, filtered from the query string.

    Subclasses give `listing_model` (a ContentPage type) and `filterset_class`. Filter values that
    are not valid are ignored (the form says why), and a page number out of range shows the
    nearest page. The same filters, in the same query string, give the list's RSS and Atom feeds.
    """

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["network.HomePage"]
    max_count = 1
    items_per_page = 20

    class Meta:
        abstract = True

    def listing_queryset(self):
        return self.listing_model.objects.for_listing()

    def listing_filterset(self, request):
        return self.filterset_class(request.GET, queryset=self.listing_queryset(), request=request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.listing_filterset(request)
        context["filterset"] = filterset
        context["filters_applied"] = filterset.applied_filters()
        context["item_name"] = self.listing_model._meta.verbose_name
        context["item_name_plural"] = self.listing_model._meta.verbose_name_plural
        context["feed_links"] = [self.feed_link(request, filterset)]
        context["items"] = Paginator(filterset.qs, self.items_per_page).get_page(request.GET.get("page"))
        return context

    def listing_in_words(self, filterset) -> str:
        """Return the filtered list's name: 'case studies tagged "waste" in Beta'."""
        return filterset.in_words(self.listing_model._meta.verbose_name_plural)

    def filtered_url(self, request, filterset) -> str:
        """Return the page's address with the filters that apply (never the page number)."""
        return self.get_url(request) + filters_query(filterset)

    def feed_url(self, request, filterset, feed_format: str) -> str:
        route = self.reverse_subpage("feed", kwargs={"feed_format": feed_format})
        return self.get_url(request) + route + filters_query(filterset)

    def feed_link(self, request, filterset) -> FeedLink:
        return FeedLink(
            capfirst(self.listing_in_words(filterset)),
            self.feed_url(request, filterset, "rss"),
            self.feed_url(request, filterset, "atom"),
        )

    def feed_items(self, filterset):
        """Return the filtered items for a feed, newest first: the page's own order."""
        return filterset.qs

    # Only these two addresses, which no child page has (children have no pages of their own, and
    # an event's own route is "ics/"), so the route never hides a child called "feed".
    @re_path(r"^feed/(?P<feed_format>rss|atom)/$", name="feed")
    def feed(self, request, feed_format):
        from ..feeds import serve_listing_feed  # the feeds import the models

        return serve_listing_feed(request, self, feed_format)


def filters_query(filterset) -> str:
    """Return "?tag=waste&phase=beta" for the filters that are set and valid, or ""."""
    query = urlencode(filterset.valid_values())
    return f"?{query}" if query else ""
