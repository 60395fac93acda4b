from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

network_patterns = [
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
