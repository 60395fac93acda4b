from datetime import timedelta

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query

from network.models import tags_in_use
from network.navigation import FeedLink

from .query import SORTS, SearchForm, SearchRequest
from .serialise import outcome_json
from .service import run_search

POPULAR_SINCE = timedelta(days=30)


@require_safe
def search(request):
    """Search everything, as a page or (with format=json) as JSON; bad input is a 400 that says why."""
    form = SearchForm(request.GET)
    as_json = request.GET.get("format") == "json"
    if not form.is_valid():
        return _invalid_search(request, form, as_json)
    search_request = SearchRequest.from_form(form)
    outcome = None
    if not search_request.is_empty:
        outcome = run_search(search_request, request)
    if as_json:
        return JsonResponse(outcome_json(outcome, search_request, request))
    if outcome and outcome.total and search_request.text and search_request.page == 1:
        Query.get(search_request.text).add_hit()
    return render(request, "search/search.html", _page_context(form, search_request, outcome))


def _invalid_search(request, form, as_json: bool):
    errors = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
    if as_json:
        return JsonResponse({"errors": errors}, status=400)
    context = {"form": form, "errors": errors, "query": request.GET.get("q", "")[:200]}
    return render(request, "search/search.html", context, status=400)


def search_feed_link(search_request: SearchRequest) -> FeedLink:
    # Feeds list the newest results, whatever order the page shows.
    query_string = search_request.query_string(page=1, sort=search_request.default_sort)
    return FeedLink(
        "Results of this search",
        reverse("search:feed_rss") + query_string,
        reverse("search:feed_atom") + query_string,
    )


def _page_context(form, search_request: SearchRequest, outcome) -> dict:
    context = {"form": form, "search": search_request, "outcome": outcome, "query": search_request.text}
    if outcome is None or not outcome.total:
        context["popular_tags"] = tags_in_use().order_by("-item_count", "name")[:12]
        context["popular_searches"] = Query.get_most_popular(timezone.localdate() - POPULAR_SINCE)[:8]
    if outcome is not None:
        context["feed_links"] = [search_feed_link(search_request)]
        context["clear_filters_url"] = reverse("search:search") + search_request.query_string(filters={})
        context["sort_links"] = [
            (label, search_request.query_string(sort=sort, page=1), sort == search_request.sort)
            for sort, label in SORTS.items()
        ]
    return context
