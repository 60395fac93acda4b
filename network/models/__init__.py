from .content import (
    ContentPage,
    ContentPageQuerySet,
    ContentPageTag,
    content_page_models,
    prefetch_card_relations,
    specific_cards,
    tags_in_use,
)
from .directory import Organisation, OrganisationQuerySet, Person, Region, ServiceArea
from .events import EventIndexPage, EventPage, EventPageQuerySet
from .home import HomePage
from .listing import ListingIndexPage

__all__ = [
    "ContentPage",
    "ContentPageQuerySet",
    "ContentPageTag",
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "HomePage",
    "ListingIndexPage",
    "Organisation",
    "OrganisationQuerySet",
    "Person",
    "Region",
    "ServiceArea",
    "content_page_models",
    "prefetch_card_relations",
    "specific_cards",
    "tags_in_use",
]
