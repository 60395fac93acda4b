"""A registry of content types that the home page and "latest" lists show.

Content apps register their types in AppConfig.ready(), so `network` never imports them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class ContentSource:
    label: str
    listing: Callable[[], QuerySet]  # newest first, ready for a listing


@dataclass(frozen=True)
class LatestContent:
    label: str
    items: list


_sources: list[ContentSource] = []


def register_content_source(label: str, listing: Callable[[], QuerySet]) -> None:
    """Register a content type's listing query under a plural label ("Blog posts")."""
    if any(source.label == label for source in _sources):
        return
    _sources.append(ContentSource(label, listing))


def latest_of_each_type(per_type: int = 3) -> list[LatestContent]:
    """Return the newest few items of each registered type that has any."""
    sections = (LatestContent(source.label, list(source.listing()[:per_type])) for source in _sources)
    return [section for section in sections if section.items]
