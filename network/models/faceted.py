"""What a search result can be narrowed by: its facets (type, tag, organisation, workstream, ...).

Each searchable model says which facet values it has in `search_facets()`. The search index stores
them as "facet:value" keys, in the database (search.SearchFacet) and in Elasticsearch (the
`search_facet_keys` filter field), so one definition serves both backends.
"""

from collections.abc import Iterable

from django.utils.text import capfirst, slugify
from wagtail.search import index


def facet_key(facet: str, value) -> str:
    return f"{facet}:{value}"


def type_label(model) -> str:
    """Return the type in words, as results and suggestions show it ("Case study")."""
    return capfirst(model._meta.verbose_name)


def type_slug(model) -> str:
    """Return the type's value in URLs and facet keys ("case-study")."""
    return slugify(model._meta.verbose_name)


class Faceted:
    """A model whose search results can be filtered and counted by facet.

    Values are primary keys for things that can be renamed (tags, organisations, workstreams,
    service areas), so a rename never leaves the index stale.

    Each searchable model also names `search_facet_keys = Faceted.search_facet_keys` itself:
    Elasticsearch names a field after the class that defines it, and that must be a model.
    """

    search_facet_fields = [index.FilterField("search_facet_keys")]

    def search_facets(self) -> dict[str, Iterable]:
        return {"type": [type_slug(type(self))]}

    def search_facet_keys(self) -> list[str]:
        return [facet_key(facet, value) for facet, values in self.search_facets().items() for value in values]
