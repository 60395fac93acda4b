"""Listing filters from the query string (django-filter), shared by every content listing.

Values are slugs, so filtered URLs read well and can be bookmarked or followed. A value that
matches nothing valid is reported on the form and otherwise ignored.
"""

import django_filters
from django import forms
from taggit.models import Tag

from network.models.content import ContentPageTag
from network.models.directory import Organisation


class ContentFilterSet(django_filters.FilterSet):
    tag = django_filters.ModelChoiceFilter(
        queryset=Tag.objects.none(),
        to_field_name="slug",
        empty_label="Any tag",
        method="filter_tag",
        label="Tag",
    )
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(),
        to_field_name="slug",
        empty_label="Any organisation",
        method="filter_organisation",
        label="Organisation",
    )
    year = django_filters.ChoiceFilter(choices=[], empty_label="Any year", method="filter_year", label="Year")

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        items = self.queryset
        self.filters["tag"].queryset = Tag.objects.filter(
            pk__in=ContentPageTag.objects.filter(content_object__in=items.values("pk")).values("tag")
        ).order_by("name")
        years = sorted({day.year for day in items.dates("date", "year")}, reverse=True)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self._describe_errors()

    def _describe_errors(self):
        """Style the selects and point each field with an error at its message."""
        form = self.form
        for field in form.fields.values():
            field.widget.attrs["class"] = "select"
        if self.is_bound:
            for name in form.errors:
                form.fields[name].widget.attrs["aria-describedby"] = f"{form[name].id_for_label}-error"

    def filter_tag(self, queryset, name, tag):
        return queryset.tagged(tag)

    def filter_year(self, queryset, name, year):
        return queryset.filter(date__year=int(year))

    def filter_organisation(self, queryset, name, organisation):
        return queryset.involving(organisation)

    def applied_filters(self) -> bool:
        """Return whether the query string sets any filter, valid or not (so it can be cleared)."""
        return any(self.data.get(name) for name in self.filters if name not in self.always_applied)

    always_applied: frozenset = frozenset()


class EventFilterSet(ContentFilterSet):
    when = django_filters.ChoiceFilter(
        choices=[("upcoming", "Upcoming"), ("past", "Past")],
        empty_label=None,
        method="filter_when",
        widget=forms.HiddenInput,
    )

    always_applied = frozenset({"when"})

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else {}
        if data.get("when") not in {"upcoming", "past"}:
            data["when"] = "upcoming"
        super().__init__(data, *args, **kwargs)

    def filter_when(self, queryset, name, when):
        return queryset.past() if when == "past" else queryset.upcoming()
