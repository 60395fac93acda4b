"""Search on Elasticsearch: one query (built with elasticsearch-dsl) for results, facets and highlights.

It reads the indexes that Wagtail's elasticsearch8 backend (django-modelsearch) keeps, one per
top model (pages, organisations, people), so the field names come from that backend's mapping.
If the cluster cannot be reached, the database engine answers and the page says so.
"""

import logging
from functools import cached_property

from elasticsearch import ApiError, TransportError
from elasticsearch_dsl import A, Q, Search
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import get_model_root
from wagtail.models import Page
from wagtail.search import index

from network.models import ContentPage, prefetch_card_relations

from ..facets import FACETS, searchable_types
from ..query import RESULTS_PER_PAGE, SearchRequest
from .base import EngineResult

logger = logging.getLogger(__name__)

UNAVAILABLE_NOTICE = "Search is running on a backup index for now, so some results may be missing."
FACET_VALUES_COUNTED = 200
HIGHLIGHT = {"fragment_size": 160, "number_of_fragments": 2, "pre_tags": ["<mark>"], "post_tags": ["</mark>"]}


class ElasticsearchEngine:
    def __init__(self, fallback, backend_name: str = "default"):
        self.backend = get_search_backend(backend_name)
        self.fallback = fallback
        self.root_models = list(dict.fromkeys(get_model_root(model) for model in searchable_types()))
        self.mappings = {model: self.backend.mapping_class(model) for model in searchable_types()}

    def search(self, request: SearchRequest, operator: str = "and") -> EngineResult:
        try:
            response = self.build_search(request, operator).execute()
        except (TransportError, ApiError):
            logger.warning("Elasticsearch is unavailable; searching the database instead", exc_info=True)
            result = self.fallback.search(request, operator)
            result.notice = UNAVAILABLE_NOTICE
            return result
        return self.result_from_response(response)

    def build_search(self, request: SearchRequest, operator: str = "and") -> Search:
        search = Search(using=self.backend.es, index=self.index_names()).extra(track_total_hits=True)
        search = search.query(self._query(request, operator))
        for name, aggregation in self._aggregations():
            search.aggs.bucket(name, aggregation)
        search = search.highlight_options(encoder="html", require_field_match=False, **HIGHLIGHT)
        search = search.highlight(*self._highlighted_fields)
        if request.sort == "newest" or not request.text:
            search = search.sort({self._date_field(): {"order": "desc", "missing": "_last"}}, "_score")
        return search.source(False).extra(stored_fields=["pk"])[
            request.offset : request.offset + RESULTS_PER_PAGE
        ]

    def index_names(self) -> list[str]:
        return [self.backend.get_index_for_model(model).name for model in self.root_models]

    def _query(self, request: SearchRequest, operator: str):
        filters = [
            Q("terms", _django_content_type=[_content_type_label(model) for model in searchable_types()]),
            # Pages must be live; organisations and people have no such field.
            Q("bool", should=[Q("term", live_filter=True), ~Q("exists", field="live_filter")]),
            *(self._facet_filter(key) for key in request.filter_keys()),
        ]
        if not request.text:
            return Q("bool", filter=filters)
        words = Q(
            "simple_query_string",
            query=request.text,
            fields=self._text_fields,
            default_operator=operator,
            # Quoted phrases only: nothing a person types is read as query syntax.
            flags="PHRASE|WHITESPACE",
        )
        return Q("bool", must=[words], filter=filters)

    def _facet_filter(self, key: str):
        # A dict, not keyword arguments: elasticsearch-dsl reads "__" in a keyword as a dot.
        return Q("bool", should=[Q({"term": {field: key}}) for field in self._facet_fields])

    def _aggregations(self):
        """Count each facet's keys in every index's facet field (each document has one of them)."""
        for facet in FACETS:
            for position, field in enumerate(self._facet_fields):
                terms = A("terms", field=field, include=f"{facet.name}:.*", size=FACET_VALUES_COUNTED)
                yield f"{facet.name}__{position}", terms

    def result_from_response(self, response) -> EngineResult:
        hits = list(response.hits)
        facet_counts = {}
        for facet in FACETS:
            for position in range(len(self._facet_fields)):
                for bucket in response.aggregations[f"{facet.name}__{position}"].buckets:
                    facet_counts[bucket.key] = facet_counts.get(bucket.key, 0) + bucket.doc_count
        highlights = {
            (self._root_for_index(hit.meta.index)._meta.label_lower, int(hit.meta.id)): [
                fragment
                for fragments in hit.meta.to_dict().get("highlight", {}).values()
                for fragment in fragments
            ]
            for hit in hits
        }
        return EngineResult(
            objects=self._load(hits),
            total=response.hits.total.value,
            facet_counts=facet_counts,
            highlights=highlights,
        )

    def _load(self, hits) -> list:
        """Return the hits' objects in the hits' order, one query per model (published ones only)."""
        ids_by_root = {}
        for hit in hits:
            ids_by_root.setdefault(self._root_for_index(hit.meta.index), []).append(int(hit.meta.id))
        objects = {}
        for root, ids in ids_by_root.items():
            queryset = root.objects.filter(pk__in=ids)
            if root is Page:
                queryset = queryset.live().public().specific()
            objects.update({(root, obj.pk): obj for obj in queryset})
        ordered = [
            objects[key]
            for hit in hits
            if (key := (self._root_for_index(hit.meta.index), int(hit.meta.id))) in objects
        ]
        prefetch_card_relations(ordered)
        return ordered

    def _root_for_index(self, index_name: str):
        # With atomic rebuilds the index name carries a suffix; the alias is its prefix.
        return next(model for name, model in self._roots_by_index.items() if index_name.startswith(name))

    @cached_property
    def _roots_by_index(self) -> dict:
        return dict(zip(self.index_names(), self.root_models, strict=True))

    @cached_property
    def _facet_fields(self) -> list[str]:
        return sorted(
            {
                mapping.get_field_column_name(field)
                for model, mapping in self.mappings.items()
                for field in model.search_facet_fields
            }
        )

    @cached_property
    def _text_fields(self) -> list[str]:
        """Return the catch-all text fields, each with its boost ("_all_text_boost_2_0^2.0")."""
        fields = {"_all_text"}
        for mapping in self.mappings.values():
            for name in mapping.get_mapping()["properties"]:
                if name.startswith("_all_text_boost_"):
                    boost = name.removeprefix("_all_text_boost_").replace("_", ".")
                    fields.add(f"{name}^{boost}")
        return sorted(fields)

    @cached_property
    def _highlighted_fields(self) -> list[str]:
        """Return every text field the models index (their own names in the documents)."""
        return sorted(
            {
                name
                for mapping in self.mappings.values()
                for name, field in mapping.get_mapping()["properties"].items()
                if field.get("type") == "text" and not name.startswith("_")
            }
        )

    def _date_field(self) -> str:
        return self.backend.mapping_class(ContentPage).get_field_column_name(index.FilterField("date"))


def _content_type_label(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"
