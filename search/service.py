"""One search across everything: the engine's results made into what the page and JSON show.

`run_search()` picks the engine (Elasticsearch when configured and reachable, else the database),
forgives what it can (a misspelling is corrected; words that match nothing together are tried
one by one) and labels the facets, each option with the URL that applies it.
"""

import math
from dataclasses import dataclass, field, replace
from datetime import date

from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from network.models.faceted import type_label

from .engines import choose_engine
from .engines.base import EngineResult, object_identity
from .facets import FACETS, Facet
from .highlight import mark, query_words, searchable_text, snippet, word_pattern
from .query import MAX_PAGE, RESULTS_PER_PAGE, SearchRequest
from .spelling import corrected_text

OPTIONS_SHOWN = 8


@dataclass
class SearchHit:
    object: object
    type_label: str
    name: str
    title: SafeString
    url: str
    snippet: SafeString
    date: date | None
    facts: list[tuple[str, str]]
    tags: list


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    url: str


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list[FacetOption]
    selected: FacetOption | None = None

    @property
    def first_options(self):
        return self.options[:OPTIONS_SHOWN]

    @property
    def more_options(self):
        return self.options[OPTIONS_SHOWN:]


@dataclass
class BestBet:
    title: str
    url: str
    description: str


@dataclass
class SearchOutcome:
    request: SearchRequest
    hits: list[SearchHit]
    total: int
    facets: list[FacetGroup]
    best_bets: list[BestBet] = field(default_factory=list)
    notice: str = ""
    # Set when the results are for a corrected or loosened search rather than the words given.
    searched_text: str = ""
    any_word: bool = False

    @property
    def pages(self) -> int:
        return page_count(self.total)

    def page_url(self, number: int) -> str:
        return self.request.query_string(page=number)

    @property
    def previous_url(self) -> str | None:
        return self.page_url(self.request.page - 1) if self.request.page > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.page_url(self.request.page + 1) if self.request.page < self.pages else None

    @property
    def corrected(self) -> bool:
        return self.searched_text != self.request.text


def run_search(request: SearchRequest, http_request) -> SearchOutcome:
    """Search, and return one page of results with facets, linked for the HTTP request."""

    def url_for(obj) -> str:
        return obj.get_url(http_request) if isinstance(obj, Page) else obj.get_absolute_url()

    engine = choose_engine()
    result, searched, any_word = _forgiving_search(engine, request)
    if request.page > 1 and not result.objects and result.total:
        request = replace(request, page=page_count(result.total))
        result = engine.search(replace(request, text=searched), operator="or" if any_word else "and")
    pattern = word_pattern(query_words(searched))
    return SearchOutcome(
        request=request,
        hits=[_hit(obj, result, pattern, url_for) for obj in result.objects],
        total=result.total,
        facets=facet_groups(request, result.facet_counts),
        best_bets=best_bets(request.text, url_for) if request.page == 1 else [],
        notice=result.notice,
        searched_text=searched,
        any_word=any_word,
    )


def page_count(total: int) -> int:
    return min(MAX_PAGE, math.ceil(total / RESULTS_PER_PAGE))


def _forgiving_search(engine, request: SearchRequest) -> tuple[EngineResult, str, bool]:
    """Search the words; if nothing matches, a corrected spelling; then any of the words."""
    result = engine.search(request)
    if result.total or not request.text:
        return result, request.text, False
    correction = corrected_text(request.text)
    if correction:
        corrected_result = engine.search(replace(request, text=correction))
        if corrected_result.total:
            return corrected_result, correction, False
    if len(query_words(request.text)) > 1:
        loosened = engine.search(request, operator="or")
        if loosened.total:
            return loosened, request.text, True
    return result, request.text, False


def _hit(obj, result: EngineResult, pattern, url_for) -> SearchHit:
    fragments = result.highlights.get(object_identity(obj))
    title = getattr(obj, "title", None) or obj.name
    return SearchHit(
        object=obj,
        type_label=type_label(type(obj)),
        name=title,
        title=mark(title, pattern),
        url=url_for(obj),
        snippet=SafeString(" … ".join(fragments)) if fragments else snippet(searchable_text(obj), pattern),
        date=getattr(obj, "date", None),
        facts=[(label, value) for label, value in getattr(obj, "card_facts", list)() if value],
        tags=list(obj.tags.all()) if hasattr(obj, "tags") else [],
    )


def facet_groups(request: SearchRequest, counts: dict[str, int]) -> list[FacetGroup]:
    """Return each facet with its options: the counted values, or the one chosen (to remove)."""
    groups = []
    for facet in FACETS:
        chosen = request.filters.get(facet.name)
        if chosen:
            remove = FacetOption(
                chosen.slug,
                chosen.label,
                counts.get(chosen.key, 0),
                request.with_filter(facet.name, None).query_string(),
            )
            groups.append(FacetGroup(facet.name, facet.label, [], selected=remove))
            continue
        options = _options(facet, request, counts)
        if options:
            groups.append(FacetGroup(facet.name, facet.label, options))
    return groups


def _options(facet: Facet, request: SearchRequest, counts: dict[str, int]) -> list[FacetOption]:
    prefix = f"{facet.name}:"
    values = [key.removeprefix(prefix) for key in counts if key.startswith(prefix)]
    described = facet.describe_index_values(values)
    if facet.name in {"tag", "organisation", "workstream", "service_area"}:
        described.sort(key=lambda value: -counts[value.key])
    return [
        FacetOption(
            value.slug, value.label, counts[value.key], request.with_filter(facet.name, value).query_string()
        )
        for value in described
    ]


def best_bets(text: str, url_for) -> list[BestBet]:
    """Return the results editors promoted for this search, in their order."""
    if not text:
        return []
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(text)
    ).select_related("page")
    return [
        BestBet(
            promotion.title,
            url_for(promotion.page) if promotion.page else promotion.link,
            promotion.description,
        )
        for promotion in promotions
        if promotion.page is None or promotion.page.live
    ]
