"""Follow a search: RSS and Atom of its newest results, for the exact words and filters."""

from dataclasses import replace

from django.core.exceptions import BadRequest
from django.urls import reverse

from network.feeds import ContentFeed
from network.models import ContentPage

from .query import SearchForm, SearchRequest
from .service import run_search


class SearchFeed(ContentFeed):
    def get_object(self, request):
        form = SearchForm(request.GET)
        if not form.is_valid():
            raise BadRequest(" ".join(message for messages in form.errors.values() for message in messages))
        return replace(SearchRequest.from_form(form), sort="newest", page=1)

    def title(self, search_request):
        return f"Practice Commons search: {describe(search_request)}"

    def description(self, search_request):
        return f"The newest items on Practice Commons matching {describe(search_request)}."

    def link(self, search_request):
        return self.request.build_absolute_uri(reverse("search:search") + search_request.query_string())

    def items(self, search_request):
        if search_request.is_empty:
            return []
        outcome = run_search(search_request, self.request)
        return [hit.object for hit in outcome.hits if isinstance(hit.object, ContentPage)]


def describe(search_request: SearchRequest) -> str:
    """Return the search in words: “waste”, case studies, tagged Recycling, Beta."""
    parts = [f"“{search_request.text}”"] if search_request.text else []
    parts += [value.label for value in search_request.filters.values()]
    return ", ".join(parts) or "everything"
