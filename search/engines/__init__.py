"""The search engines: the database by default, Elasticsearch when it is configured."""

from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

from .database import DatabaseEngine


def choose_engine():
    """Return the engine for the default search backend."""
    if isinstance(get_search_backend("default"), ElasticsearchBaseSearchBackend):
        from .elastic import ElasticsearchEngine

        return ElasticsearchEngine(fallback=DatabaseEngine("database"))
    return DatabaseEngine("default")
