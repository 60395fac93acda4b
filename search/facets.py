"""The search facets: what each one is called, how its URL values map to index keys, and labels.

A facet's value in the URL is readable (a slug, a year); its value in the index is stable (a
primary key), see network.models.faceted. Each facet turns one into the other and labels the
values a result set counts, with at most one query.
"""

from dataclasses import dataclass

from django.utils.text import capfirst
from taggit.models import Tag

from network.models import Organisation, Person, ServiceArea, content_page_models
from network.models.faceted import facet_key, type_slug
from workstreams.choices import Phase
from workstreams.models import WorkstreamPage


def searchable_types() -> list[type]:
    """Return every type a search returns, in the order the type facet lists them."""
    return [*content_page_models(), WorkstreamPage, Organisation, Person]


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet: as it appears in URLs, in the index, and to people."""

    slug: str
    key: str
    label: str


class Facet:
    def __init__(self, name: str, label: str):
        self.name = name
        self.label = label

    def resolve(self, slug: str) -> FacetValue | None:
        """Return the value a URL names, or None if there is no such value."""
        return self.describe_slugs([slug]).get(slug)

    def describe_slugs(self, slugs) -> dict[str, FacetValue]:
        raise NotImplementedError

    def describe_index_values(self, values) -> list[FacetValue]:
        """Return the values counted in the index (keys without the "facet:" part), labelled."""
        raise NotImplementedError

    def key(self, index_value) -> str:
        return facet_key(self.name, index_value)


class ChoiceFacet(Facet):
    """A facet over a fixed list of (slug, label); the slug is also the index value."""

    def __init__(self, name: str, label: str, choices):
        super().__init__(name, label)
        self.choices = choices

    def _values(self) -> dict[str, FacetValue]:
        return {slug: FacetValue(slug, self.key(slug), label) for slug, label in self.choices()}

    def describe_slugs(self, slugs):
        values = self._values()
        return {slug: values[slug] for slug in slugs if slug in values}

    def describe_index_values(self, values):
        return [value for slug, value in self._values().items() if slug in set(values)]


class ModelFacet(Facet):
    """A facet over model instances, named in URLs by slug and in the index by primary key."""

    def __init__(self, name: str, label: str, queryset, label_field: str):
        super().__init__(name, label)
        self.queryset = queryset
        self.label_field = label_field

    def _describe(self, instances) -> list[FacetValue]:
        return [
            FacetValue(instance.slug, self.key(instance.pk), getattr(instance, self.label_field))
            for instance in instances
        ]

    def describe_slugs(self, slugs):
        return {value.slug: value for value in self._describe(self.queryset().filter(slug__in=list(slugs)))}

    def describe_index_values(self, values):
        pks = [int(value) for value in values if value.isdigit()]
        return self._describe(self.queryset().filter(pk__in=pks).order_by(self.label_field))


class YearFacet(Facet):
    def describe_slugs(self, slugs):
        return {slug: FacetValue(slug, self.key(slug), slug) for slug in slugs if _is_year(slug)}

    def describe_index_values(self, values):
        years = sorted((value for value in values if _is_year(value)), reverse=True)
        return [FacetValue(year, self.key(year), year) for year in years]


def _is_year(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) == 4


def _type_choices():
    return [(type_slug(model), capfirst(model._meta.verbose_name_plural)) for model in searchable_types()]


FACETS: list[Facet] = [
    ChoiceFacet("type", "Type", _type_choices),
    ModelFacet("tag", "Tag", Tag.objects.all, "name"),
    ModelFacet("organisation", "Organisation", Organisation.objects.all, "name"),
    ModelFacet("workstream", "Workstream", lambda: WorkstreamPage.objects.live().public(), "title"),
    ModelFacet("service_area", "Service area", ServiceArea.objects.all, "name"),
    ChoiceFacet("phase", "Project phase", lambda: Phase.choices),
    YearFacet("year", "Year"),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
