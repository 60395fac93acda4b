"""Search suggestions as the user types: titles of published pages, organisations and tags, as JSON."""

import re

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from network.models import Organisation, content_page_models, tags_in_use
from network.models.faceted import type_label
from workstreams.models import WorkstreamPage

from .query import MAX_QUERY_LENGTH

MAX_PAGES = 6
MAX_ORGANISATIONS = 3
MAX_TAGS = 3
# Short, so that an unpublished page soon stops being suggested, yet long enough to absorb the
# same prefix typed again by the next reader.
CACHE_SECONDS = 60


def suggestion(label: str, kind: str, url: str) -> dict:
    return {"label": label, "kind": kind, "url": url}


def query_error(query: str) -> str:
    """Return why the query cannot be used, or "" when it can."""
    if len(query) > MAX_QUERY_LENGTH:
        return f"Enter a search of {MAX_QUERY_LENGTH} characters or fewer."
    # Null characters crash PostgreSQL's text handling.
    if "\x00" in query:
        return "Enter a search without null characters."
    return ""


def search_words(query: str) -> str:
    """Return the query's words alone, so that no quote or operator reaches a backend as syntax."""
    return " ".join(re.findall(r"\w+", query))


def page_suggestions(words: str, request) -> list[dict]:
    pages = (
        Page.objects.live()
        .public()
        .type(*content_page_models(), WorkstreamPage)
        .select_related("content_type")
        .autocomplete(words, operator="and")[:MAX_PAGES]
    )
    return [
        suggestion(page.title, type_label(page.content_type.model_class()), page.get_url(request))
        for page in pages
    ]


def organisation_suggestions(words: str) -> list[dict]:
    organisations = get_search_backend().autocomplete(words, Organisation, operator="and")
    return [
        suggestion(organisation.name, "Organisation", organisation.get_absolute_url())
        for organisation in organisations[:MAX_ORGANISATIONS]
    ]


def tag_suggestions(query: str) -> list[dict]:
    tags = tags_in_use().filter(name__istartswith=query).distinct().order_by("name")[:MAX_TAGS]
    return [suggestion(tag.name, "Tag", reverse("network:tag", kwargs={"slug": tag.slug})) for tag in tags]


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def suggest(request):
    """Answer with the pages, organisations and tags the query's last word may be the start of."""
    query = request.GET.get("q", "").strip()
    error = query_error(query)
    if error:
        return JsonResponse({"error": error}, status=400)
    words = search_words(query)
    suggestions = []
    if words:
        suggestions = [
            *page_suggestions(words, request),
            *organisation_suggestions(words),
            *tag_suggestions(query),
        ]
    return JsonResponse({"query": query, "suggestions": suggestions})
