"""Settings for the test suite: fast, isolated, and on the same database engines as production."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES
from .environment import search_backends_config

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILSEARCH_BACKENDS = search_backends_config(elasticsearch_url="")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# A file rather than memory, so that SQLite tests see WAL and real locking between connections.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}
