"""Local development: the embedded default (SQLite, memory cache, console email)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Only here may `create_dev_admin` make a known-password superuser.
DEV_ADMIN_ALLOWED = True
