"""The best matches of a search on SQLite, ranked in one pass over the full-text index.

modelsearch's SQLite backend scores results with a subquery per matching row (it runs the
full-text match again for each), which takes seconds once thousands of items match. This asks
the full-text table once for the top matches among the candidates, ranked by the backend's own
bm25 expression. It uses the backend's query compiler, so it is imported on SQLite only.
"""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
from modelsearch.utils import get_descendants_content_types_pks


def ranked_ids(results, candidates, limit: int) -> list[tuple[int, float]]:
    """Return (pk, score) of the best `limit` candidates matching the search, best first
    (SQLite's bm25 scores are lower for better matches)."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    match = MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(normalize(compiler.query), config=config),
    )
    entries = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .annotate(object_pk=Cast("index_entry__object_id", IntegerField()))
        .filter(
            index_entry__content_type__in=get_descendants_content_types_pks(candidates.model),
            object_pk__in=candidates.order_by().values("pk"),
        )
        .annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))
        .order_by("score")
    )
    return list(entries.values_list("object_pk", "score")[:limit])
