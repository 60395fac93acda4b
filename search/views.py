from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from network.models import prefetch_card_relations

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search(request):
    """Search every published page; a query that is too long gets a 400 with the form to fix it."""
    query = request.GET.get("q", "").replace("\x00", "").strip()
    context = {"query": query, "results": None, "error": ""}
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        context["error"] = f"Enter a search of {MAX_QUERY_LENGTH} characters or fewer."
        status = 400
    elif query:
        # Parsed into terms and phrases so that stray quotes or operators reach the
        # backend as words, never as FTS syntax (a lone '"' crashes SQLite's FTS5).
        _filters, terms = parse_query_string(query, operator="and")
        results = Page.objects.live().public().specific().search(terms)
        page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        page.object_list = list(page.object_list)
        prefetch_card_relations(page.object_list)
        context["results"] = page
    return render(request, "search/search.html", context, status=status)
