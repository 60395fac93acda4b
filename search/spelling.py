"""Suggested corrections for misspelt searches, from the words the site's content uses."""

import difflib

from django.core.cache import cache

from network.models import ContentPage, Organisation, ServiceArea, tags_in_use
from workstreams.models import WorkstreamPage

from .highlight import query_words

VOCABULARY_CACHE_KEY = "search:vocabulary"
VOCABULARY_SECONDS = 600


def vocabulary() -> frozenset[str]:
    """Return the words of published titles and summaries and of the names of tags,
    organisations and service areas (cached)."""
    words = cache.get(VOCABULARY_CACHE_KEY)
    if words is None:
        texts = [
            *ContentPage.objects.live().public().values_list("title", "summary"),
            *WorkstreamPage.objects.live().public().values_list("title", "summary"),
            *tags_in_use().values_list("name"),
            *Organisation.objects.values_list("name"),
            *ServiceArea.objects.values_list("name"),
        ]
        words = frozenset(word for parts in texts for word in query_words(" ".join(parts)) if len(word) > 2)
        cache.set(VOCABULARY_CACHE_KEY, words, VOCABULARY_SECONDS)
    return words


def corrected_text(text: str) -> str | None:
    """Return the search with unknown words replaced by the closest known ones, or None."""
    words = vocabulary()
    corrected, changed = [], False
    for word in query_words(text):
        replacement = word
        if word not in words and len(word) > 3 and not word.isdigit():
            replacement = next(iter(difflib.get_close_matches(word, words, n=1, cutoff=0.8)), word)
        changed |= replacement != word
        corrected.append(replacement)
    return " ".join(corrected) if changed else None
