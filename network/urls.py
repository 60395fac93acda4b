from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from blog.feeds import AuthorFeed
from workstreams.feeds import WorkstreamFeed

from . import views
from .feeds import ContentTypeFeed, LatestContentFeed, OrganisationFeed, TagFeed, atom_variant, feed_view


def feed_patterns(route: str, feed_class, name: str) -> list:
    """Return the RSS 2.0 and Atom routes of a feed: <route>rss/ and <route>atom/."""
    return [
        path(f"{route}rss/", feed_view(feed_class), name=f"{name}_rss"),
        path(f"{route}atom/", feed_view(atom_variant(feed_class)), name=f"{name}_atom"),
    ]


network_patterns = [
    *feed_patterns("feeds/", LatestContentFeed, "latest_feed"),
    *feed_patterns("feeds/tags/<slug:slug>/", TagFeed, "tag_feed"),
    *feed_patterns("feeds/organisations/<slug:slug>/", OrganisationFeed, "organisation_feed"),
    *feed_patterns("feeds/workstreams/<slug:slug>/", WorkstreamFeed, "workstream_feed"),
    *feed_patterns("feeds/authors/<slug:slug>/", AuthorFeed, "author_feed"),
    *feed_patterns("feeds/<slug:kind>/", ContentTypeFeed, "type_feed"),
    path("feeds/events.ics", views.upcoming_events_calendar, name="events_calendar"),
    path("tags/", views.tag_index, name="tag_index"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("organisations/", views.organisation_index, name="organisation_index"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("", include((network_patterns, "network"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree serves every other path, so it comes last.
urlpatterns.append(path("", include(wagtail_urls)))
