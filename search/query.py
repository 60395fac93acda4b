"""What a search asks for, read and checked from the query string.

Anything that is not valid is reported in words (the page answers 400 with the form to fix it);
nothing in a query string can reach the search backend as syntax.
"""

import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django import forms
from wagtail.search.utils import parse_query_string

from .facets import FACETS, FACETS_BY_NAME, FacetValue

MAX_QUERY_LENGTH = 200
MAX_PAGE = 50
RESULTS_PER_PAGE = 20
SORTS = {"relevance": "Most relevant", "newest": "Newest"}


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": f"Enter a search of {MAX_QUERY_LENGTH} characters or fewer."},
    )
    sort = forms.ChoiceField(choices=list(SORTS.items()), required=False)
    page = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE,
        error_messages={
            "invalid": "Enter a page number, such as 2.",
            "max_value": f"Search shows the first {MAX_PAGE} pages of results; narrow it with filters.",
        },
    )
    format = forms.ChoiceField(choices=[("html", "HTML"), ("json", "JSON")], required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            self.fields[facet.name] = forms.CharField(required=False, max_length=100, label=facet.label)

    def clean_q(self):
        # Control characters mean nothing in a search, and feeds (XML) cannot carry them.
        return "".join(char for char in self.cleaned_data["q"] if unicodedata.category(char) != "Cc").strip()

    def clean(self):
        cleaned = super().clean()
        cleaned["filters"] = {}
        for facet in FACETS:
            slug = cleaned.get(facet.name)
            if not slug:
                continue
            value = facet.resolve(slug)
            if value is None:
                self.add_error(facet.name, f"There is no {facet.label.lower()} called “{slug}”.")
            else:
                cleaned["filters"][facet.name] = value
        return cleaned


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    filters: dict[str, FacetValue] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_form(cls, form: SearchForm) -> "SearchRequest":
        data = form.cleaned_data
        return cls(
            text=data["q"],
            filters=data["filters"],
            sort=data["sort"] or cls.default_sort_for(data["q"]),
            page=data["page"] or 1,
        )

    @staticmethod
    def default_sort_for(text: str) -> str:
        return "relevance" if text else "newest"

    @property
    def default_sort(self) -> str:
        return self.default_sort_for(self.text)

    def search_query(self, operator: str = "and"):
        """Return the text as the backend's query: words and "quoted phrases", never syntax."""
        _filters, query = parse_query_string(self.text, operator=operator)
        return query

    @property
    def is_empty(self) -> bool:
        return not self.text and not self.filters

    @property
    def offset(self) -> int:
        return (self.page - 1) * RESULTS_PER_PAGE

    def filter_keys(self) -> list[str]:
        return [value.key for value in self.filters.values()]

    def with_filter(self, facet_name: str, value: FacetValue | None) -> "SearchRequest":
        filters = {name: chosen for name, chosen in self.filters.items() if name != facet_name}
        if value is not None:
            filters[facet_name] = value
        return replace(self, filters=filters, page=1)

    def query_string(self, **changes) -> str:
        """Return this search's query string ("?q=...&tag=..."), with `changes` applied."""
        request = replace(self, **changes) if changes else self
        params = [("q", request.text)] if request.text else []
        params += [(name, request.filters[name].slug) for name in FACETS_BY_NAME if name in request.filters]
        if request.sort != request.default_sort:
            params.append(("sort", request.sort))
        if request.page > 1:
            params.append(("page", request.page))
        return f"?{urlencode(params)}" if params else "?"
