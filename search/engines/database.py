"""Search on the database backend (SQLite FTS5 or PostgreSQL full-text search).

Each searchable model (pages, organisations, people) is matched by Wagtail's search, narrowed by
the facet keys in search.SearchFacet, counted, and merged into one list by relevance or date.
The number of SQL queries is the same however many items match.
"""

from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, F, Q, QuerySet
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from network.models import Organisation, Person, prefetch_card_relations

from ..facets import searchable_types
from ..highlight import query_words, word_pattern
from ..models import SearchFacet
from ..query import RESULTS_PER_PAGE, SearchRequest
from .base import EngineResult

SCORE = "_search_score"


class Match(NamedTuple):
    items: QuerySet  # the matching items, unordered and unscored: cheap to count and facet
    results: object  # the backend's search results, to rank; None when there are no words
    request: SearchRequest


def _with_facets(queryset, request: SearchRequest):
    """Narrow the queryset to the items that have every facet value the request chose."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    for key in request.filter_keys():
        keyed = SearchFacet.objects.filter(content_type=content_type, key=key)
        queryset = queryset.filter(pk__in=keyed.values("object_id"))
    return queryset

RERANKED = 50


def searchable_sources():
    """Return the querysets a search looks in: published, public pages of the searchable types,
    organisations and people."""
    page_types = [model for model in searchable_types() if issubclass(model, Page)]
    return [
        Page.objects.live().public().type(*page_types),
        Organisation.objects.all(),
        Person.objects.select_related("organisation"),
    ]


class DatabaseEngine:
    def __init__(self, backend_name: str = "default"):
        self.backend = get_search_backend(backend_name)
        # The database backend searches the default database. SQLite's bm25() is lower for
        # better matches; PostgreSQL's ts_rank is higher. SQLite's Porter stemmer folds every
        # plural; PostgreSQL's English one leaves some ("pdfs"), so plurals are searched too.
        self.better_is_lower = connection.vendor == "sqlite"
        self.with_plurals = connection.vendor == "postgresql"

    def search(self, request: SearchRequest, operator: str = "and") -> EngineResult:
        matches = [self._matching(source, request, operator) for source in searchable_sources()]
        facet_counts = self._facet_counts(matches)
        # Every item has exactly one type, so the type counts add up to the total.
        total = sum(count for key, count in facet_counts.items() if key.startswith("type:"))
        return EngineResult(
            objects=self._page_of_results(matches, request) if total else [],
            total=total,
            facet_counts=facet_counts,
        )

    def _matching(self, source, request: SearchRequest, operator: str) -> Match:
        """Return the source's items that match the words and every chosen facet."""
        results = None
        if request.text:
            query = request.search_query(operator, with_plurals=self.with_plurals)
            results = self.backend.search(query, source, order_by_relevance=False) if query else None
            # The database backends' results are a Django queryset underneath: using it (as
            # their own facet() does) lets the database filter and count without fetching ids.
            if not hasattr(results, "get_queryset"):
                return Match(source.none(), None, request)
            source = results.get_queryset()
        return Match(_with_facets(source, request), results, request)

    def _most_relevant(self, match: Match, limit: int) -> list:
        """Return the best `limit` items of a match, each with its score in SCORE."""
        if self.better_is_lower:
            from .sqlite_ranking import ranked_ids

            scores = dict(ranked_ids(match.results, match.items, limit))
            items = _load(match.items.model.objects.filter(pk__in=scores))
        else:
            scored = _with_facets(match.results.annotate_score(SCORE).get_queryset(), match.request)
            items = _load(scored[:limit])
            scores = {item.pk: getattr(item, SCORE) for item in items}
        for item in items:
            setattr(item, SCORE, scores[item.pk])
        return items

    def _facet_counts(self, matches) -> dict[str, int]:
        condition = Q(pk__in=[])
        for match in matches:
            content_type = ContentType.objects.get_for_model(match.items.model)
            condition |= Q(content_type=content_type, object_id__in=match.items.order_by().values("pk"))
        counts = SearchFacet.objects.filter(condition).values("key").annotate(count=Count("pk"))
        return {row["key"]: row["count"] for row in counts}

    def _page_of_results(self, matches, request: SearchRequest) -> list:
        """Return one page of the merged list: the top items of each source, merged and sliced."""
        wanted = request.offset + RESULTS_PER_PAGE
        by_relevance = request.sort == "relevance" and bool(request.text)
        candidates = []
        for match in matches:
            if by_relevance and match.results is not None:
                # Relevance looks beyond the page, so that reranking by title is stable across pages.
                candidates += self._most_relevant(match, max(wanted, RERANKED))
            else:
                candidates += _load(_newest_first(match.items)[:wanted])
        if by_relevance:
            title_share = _title_matcher(request.text)
            candidates.sort(key=lambda obj: self._relevance(obj) * (1 + title_share(obj)), reverse=True)
        else:
            candidates.sort(key=_date_order, reverse=True)
        page = candidates[request.offset : wanted]
        prefetch_card_relations(page)
        return page

    def _relevance(self, obj) -> float:
        score = getattr(obj, SCORE, 0) or 0
        return -score if self.better_is_lower else score


def _title_matcher(text: str):
    """Return a function giving the share of the searched words in a result's title (0 to 1).

    The database backends weigh a word in a title little more than one in a long body, and
    people expect an item named for what they searched to come first.
    """
    patterns = [word_pattern([word]) for word in query_words(text)]

    def share(obj) -> float:
        title = getattr(obj, "title", None) or obj.name
        return sum(1 for pattern in patterns if pattern.search(title)) / (len(patterns) or 1)

    return share


def _newest_first(queryset):
    if queryset.model is Page:
        return queryset.order_by(F("contentpage__date").desc(nulls_last=True), "-first_published_at", "-pk")
    return queryset.order_by("name", "pk")


def _date_order(obj) -> tuple[int, int]:
    """Dated items newest first, then pages by publication; the rest keep their source's order."""
    date = getattr(obj, "date", None)
    if date is not None:
        return (2, date.toordinal())
    published = getattr(obj, "first_published_at", None)
    if published is not None:
        return (1, published.toordinal())
    return (0, 0)


def _load(queryset) -> list:
    return list(queryset.specific()) if queryset.model is Page else list(queryset)
