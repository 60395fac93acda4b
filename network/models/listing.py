from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from ..navigation import content_type_feed_link

# Wagtail gives every page class its own default template name, so subclasses name this one.
LISTING_TEMPLATE = "network/listing_index_page.html"


class ListingIndexPage(Page):
    """An index page listing every published item of one type, filtered from the query string.

    Subclasses give `listing_model` (a ContentPage type) and `filterset_class`. Filter values that
    are not valid are ignored (the form says why), and a page number out of range shows the
    nearest page.
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.filterset_class(request.GET, queryset=self.listing_queryset(), request=request)
        context["filterset"] = filterset
        context["filters_applied"] = filterset.applied_filters()
        context["item_name"] = self.listing_model._meta.verbose_name
        context["item_name_plural"] = self.listing_model._meta.verbose_name_plural
        context["feed_links"] = [content_type_feed_link(self.listing_model)]
        context["items"] = Paginator(filterset.qs, self.items_per_page).get_page(request.GET.get("page"))
        return context
