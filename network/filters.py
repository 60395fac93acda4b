"""Listing filters from the query string (django-filter), shared by every content listing.

Values are slugs, so filtered URLs read well and can be bookmarked or followed. A value that
matches nothing valid is reported on the form and otherwise ignored.
"""

import django_filters
from django import forms
from django.db import models
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

    # How each filter reads after the list's name, in this order: 'projects tagged "waste" in Beta'.
    phrases = {"tag": 'tagged "{}"', "organisation": "involving {}", "year": "from {}"}

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

    def valid_values(self) -> dict[str, str]:
        """Return the query-string value of each filter that is set and valid, in declaration order.

        Everything else in the query string (the page number, values that match nothing) is left out.
        """
        self.is_valid()
        cleaned = self.form.cleaned_data
        return {name: self.data[name] for name in self.filters if cleaned.get(name)}

    def invalid_values(self) -> dict[str, str]:
        """Return the value of each filter that matches nothing, by the filter's label."""
        self.is_valid()
        return {self.form[name].label: self.data[name] for name in self.form.errors}

    def in_words(self, plural: str) -> str:
        """Return the filtered list's name in words, from the list's plural: 'case studies tagged "waste"'."""
        self.is_valid()
        words = [str(plural)]
        for name, phrase in self.phrases.items():
            value = self.form.cleaned_data.get(name)
            if value:
                words.append(phrase.format(self._value_in_words(name, value)))
        return " ".join(words)

    def _value_in_words(self, name: str, value) -> str:
        if isinstance(value, models.Model):
            return str(value)
        return str(dict(self.form.fields[name].choices)[value])


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

    def showing_past(self) -> bool:
        return self.data["when"] == "past"

    def in_words(self, plural: str) -> str:
        return f"{self.data['when']} {super().in_words(plural)}"
