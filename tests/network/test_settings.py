"""Settings come from the environment; production refuses to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache.backends.redis import RedisCache
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from network.settings.environment import cache_config, database_config, search_backends_config

PROJECT_ROOT = Path(__file__).resolve().parents[2]


# Development and test-harness variables that a production process would not have
# (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rightly flags).
NOT_IN_PRODUCTION = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run_with_production_settings(*args, **env_overrides):
    environment = {key: value for key, value in os.environ.items() if key not in NOT_IN_PRODUCTION}
    environment.update(DJANGO_SETTINGS_MODULE="network.settings.production", **env_overrides)
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "commons.example.org",
    "DATABASE_URL": "sqlite:////tmp/practice-commons-production-check.sqlite3",
}


def test_sqlite_is_the_default_and_is_tuned_for_concurrent_writers(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)

    database = database_config(tmp_path)

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "db.sqlite3")
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_database_url_switches_to_postgresql(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://commons:secret@db.internal:5432/commons")

    database = database_config(tmp_path)

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["USER"]) == ("db.internal", "commons", "commons")
    assert database["CONN_HEALTH_CHECKS"] is True


def test_cache_is_local_memory_unless_redis_url_is_set(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cache_config()["BACKEND"].endswith("LocMemCache")

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/1")
    assert cache_config() == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }


def test_redis_cache_stores_and_returns_values(monkeypatch):
    """The Redis configuration works against the real Redis on this machine."""
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    config = cache_config()
    cache = RedisCache(config["LOCATION"], {})

    cache.set("practice-commons-test", {"tag": "waste"}, 30)

    assert cache.get("practice-commons-test") == {"tag": "waste"}
    cache.delete("practice-commons-test")


def test_search_uses_database_backend_unless_elasticsearch_url_is_set(monkeypatch, db):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    backend = get_search_backend(**search_backends_config()["default"])
    assert type(backend).__module__.startswith("modelsearch.backends.database")

    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.internal:9200")
    config = search_backends_config()["default"]
    backend = get_search_backend(**config)
    assert isinstance(backend, Elasticsearch8SearchBackend)
    assert config["URLS"] == ["http://search.internal:9200"]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_required_setting(missing):
    environment = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}

    result = run_with_production_settings("manage.py", "check", **environment)

    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = run_with_production_settings(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


PRINT_HEADERS = """
import django, json
django.setup()
from django.test import Client
response = Client().get("/healthz", secure=True, headers={"host": "commons.example.org"})
print(json.dumps(dict(response.headers)))
"""


def test_production_sends_security_headers():
    result = run_with_production_settings("-c", PRINT_HEADERS, **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])

    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "script-src 'self';" in headers["Content-Security-Policy"]
