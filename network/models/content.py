"""ContentPage: what every shared item (case study, project, event, post) has in common.

One table holds their listing date, summary and tags, so a tag's page, the home page and the
"everything" lists query every type at once, sorted in the database.
"""

from collections import defaultdict

from django.db import models
from django.db.models import Count, Q, prefetch_related_objects
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, get_page_models
from wagtail.query import PageQuerySet
from wagtail.search import index

from ..navigation import content_type_feed_link
from ..search_indexing import reindex_after_save
from .faceted import Faceted, type_label


class ContentPageTag(TaggedItemBase):
    content_object = ParentalKey("network.ContentPage", related_name="tagged_items", on_delete=models.CASCADE)


class ContentPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Return published, public items, newest first, with what a listing card shows."""
        return (
            self.live().public().order_by("-date", "-pk").prefetch_related("tags", *self.model.card_relations)
        )

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)

    def involving(self, organisation):
        """Return items the organisation shared or took part in; each type says how.

        On ContentPage itself, items of any type.
        """
        if self.model is not ContentPage:
            return self.none()
        condition = Q(pk__in=[])
        for model in content_page_models():
            condition |= Q(pk__in=model.objects.involving(organisation).values("pk"))
        return self.filter(condition)


class ContentPage(Faceted, Page):
    date = models.DateField(
        default=timezone.localdate, help_text="The date listings show and sort by, newest first."
    )
    summary = models.TextField(
        max_length=400, help_text="One or two sentences, shown in listings, feeds and search results."
    )
    tags = ClusterTaggableManager(through=ContentPageTag, blank=True)

    objects = PageManager.from_queryset(ContentPageQuerySet)()
    search_facet_keys = Faceted.search_facet_keys

    is_creatable = False
    # Relations a card, a feed item or a page's facts show: prefetched by for_listing().
    card_relations: tuple[str, ...] = ()
    summary_panels = [FieldPanel("summary"), FieldPanel("tags")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        *Faceted.search_facet_fields,
    ]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        reindex_after_save(self)

    def get_type_label(self) -> str:
        """Return the item's type in words ("Case study"), without loading the specific page."""
        return type_label(self.specific_class)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_links"] = [content_type_feed_link(self.specific_class)]
        return context

    def search_facets(self) -> dict:
        return {
            **super().search_facets(),
            "tag": [tag.pk for tag in self.tags.all()],
            "year": [self.date.year],
            "organisation": self.involved_organisation_ids(),
        }

    def involved_organisation_ids(self) -> list[int]:
        """Return the organisations that shared the item or took part (the per-item `involving`)."""
        return []

    def canonical_url(self, request) -> str:
        return request.build_absolute_uri(self.get_url(request))

    def credited_to(self) -> str:
        """Return who shared the item, in words (feeds name them as its author)."""
        return ""

    def structured_data(self, request) -> dict:
        """Return schema.org data for the page; types with richer schemas override this."""
        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "url": self.get_full_url(request),
            "keywords": [tag.name for tag in self.tags.all()],
        }


def specific_cards(pages) -> list[ContentPage]:
    """Return the pages as their specific types, with each type's card relations prefetched."""
    specific_pages = list(pages.specific())
    prefetch_card_relations(specific_pages)
    return specific_pages


def prefetch_card_relations(pages: list) -> None:
    """Prefetch, one query per relation and type, what cards show for a mixed list of pages."""
    by_type = defaultdict(list)
    for page in pages:
        if isinstance(page, ContentPage):
            by_type[type(page)].append(page)
    for model, group in by_type.items():
        prefetch_related_objects(group, "tags", *model.card_relations)


def content_page_models() -> list[type[ContentPage]]:
    """Return every concrete content type, in the order their apps are installed."""
    return [
        model for model in get_page_models() if issubclass(model, ContentPage) and model is not ContentPage
    ]


def tags_in_use():
    """Return the tags that published content carries, each with its `item_count`."""
    published = ContentPage.objects.live().public().values("pk")
    return Tag.objects.filter(network_contentpagetag_items__content_object__in=published).annotate(
        item_count=Count("network_contentpagetag_items")
    )
