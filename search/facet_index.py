"""A search "backend" that keeps search.SearchFacet current, so the database can count facets.

Listed in WAGTAILSEARCH_BACKENDS beside the real backend, it receives every index update that
Wagtail's search makes (on save, publish, unpublish and delete, and from `update_index`) and
never answers searches itself.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelsearch.backends.base import BaseIndex, BaseSearchBackend, get_model_root

from network.models.faceted import Faceted

from .models import SearchFacet


class FacetIndex(BaseIndex):
    def get_key(self):
        return "facets"

    def reset(self):
        SearchFacet.objects.all().delete()

    def add_items(self, model, items):
        # update_index also passes every page as a plain Page and as each ancestor type; only
        # the most specific instance knows all its facets.
        items = [item for item in items if _is_most_specific(item)]
        if not items:
            return
        content_type = ContentType.objects.get_for_model(get_model_root(model))
        with transaction.atomic():
            SearchFacet.objects.filter(
                content_type=content_type, object_id__in=[item.pk for item in items]
            ).delete()
            SearchFacet.objects.bulk_create(
                SearchFacet(content_type=content_type, object_id=item.pk, key=key)
                for item in items
                if isinstance(item, Faceted)
                for key in set(item.search_facet_keys())
            )

    def delete_item(self, item):
        content_type = ContentType.objects.get_for_model(get_model_root(type(item)))
        SearchFacet.objects.filter(content_type=content_type, object_id=item.pk).delete()


def _is_most_specific(item) -> bool:
    return getattr(item, "specific_class", type(item)) is type(item)


class FacetIndexRebuilder:
    """Rebuilds the facets in one transaction, so searches never see them half built."""

    def __init__(self, index):
        self.index = index
        self.transaction = transaction.atomic()

    def start(self):
        self.transaction.__enter__()
        self.index.reset()
        return self.index

    def finish(self):
        self.transaction.__exit__(None, None, None)


class FacetIndexBackend(BaseSearchBackend):
    index_class = FacetIndex
    rebuilder_class = FacetIndexRebuilder


SearchBackend = FacetIndexBackend
