"""Production settings, served over plain HTTP on 127.0.0.1, with a hello-world view to compare against."""

from network.settings.production import *  # noqa: F403
from network.settings.production import BASE_DIR

ROOT_URLCONF = "bench.urls"
SECURE_SSL_REDIRECT = False
STATIC_ROOT = BASE_DIR / "bench" / "results" / "static"

# The "not found" page is measured on purpose: don't log a warning for every request.
LOGGING = {"version": 1, "disable_existing_loggers": False, "loggers": {"django.request": {"level": "ERROR"}}}
