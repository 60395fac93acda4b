"""The one place settings read the environment (variables listed in README.md)."""

from pathlib import Path

import environ

env = environ.Env()


def database_config(base_dir: Path) -> dict:
    """Return the default database: DATABASE_URL, else SQLite tuned for concurrent writers."""
    database = env.db_url("DATABASE_URL", default=f"sqlite:///{base_dir / 'db.sqlite3'}")
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["OPTIONS"] = {
            # WAL lets readers carry on while one connection writes.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            # Wait for a busy writer instead of failing at once.
            "timeout": 20,
            # Take the write lock when a transaction starts: a deferred transaction that
            # reads and then writes cannot wait for another writer and fails with
            # "database is locked" whatever the timeout.
            "transaction_mode": "IMMEDIATE",
        }
    else:
        database["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
        database["CONN_HEALTH_CHECKS"] = True
    return database


def cache_config() -> dict:
    """Return the default cache: Redis when REDIS_URL is set, else this process's memory."""
    redis_url = env.str("REDIS_URL", default="")
    if redis_url:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def search_backends_config(elasticsearch_url: str | None = None) -> dict:
    """Return Wagtail's search backends: Elasticsearch when ELASTICSEARCH_URL is set.

    The database backend is kept current even then, so searches can fall back to it when
    Elasticsearch cannot be reached; "facets" keeps the database's facet counts current.
    """
    if elasticsearch_url is None:
        elasticsearch_url = env.str("ELASTICSEARCH_URL", default="")
    # PostgreSQL stems English words ("councils" finds "council"); SQLite ignores the setting and
    # stems through its full-text table (search/migrations/0002).
    database = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
    facets = {"BACKEND": "search.facet_index"}
    if not elasticsearch_url:
        return {"default": database, "facets": facets}
    elasticsearch = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [elasticsearch_url],
        # Index names are this prefix and the model: "practicecommons_wagtailcore_page".
        "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="practicecommons_"),
        "TIMEOUT": 5,
        # One retry, then the page answers from the database rather than keep people waiting.
        "OPTIONS": {"max_retries": 1},
    }
    return {"default": elasticsearch, "database": database, "facets": facets}
