"""Keeping Wagtail's search index current on save, and pausing that for bulk work."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

_suspended = ContextVar("search_index_updates_suspended", default=False)


def reindex_after_save(instance) -> None:
    """Index a saved object again, unless updates are suspended.

    Wagtail indexes a page on post_save, before modelcluster has saved its tags and parental
    many-to-many fields; pages call this once those are in the database.
    """
    if not _suspended.get():
        index.insert_or_update_object(instance)


@contextmanager
def search_index_updates_suspended():
    """Stop saves from updating the search index one object at a time (deletions still do);
    run `update_index` afterwards."""
    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
