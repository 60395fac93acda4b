from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from taggit.models import Tag

from .calendar import events_calendar
from .models import ContentPage, EventPage, Organisation, content_page_models, specific_cards, tags_in_use
from .navigation import Crumb, feed_link

ITEMS_PER_PAGE = 20
HOME = Crumb("Home", "/")


@never_cache
@require_safe
def healthz(request):
    """Answer 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def tag_index(request):
    """List every tag that published content carries, with how many items carry it."""
    tags = tags_in_use().order_by("name")
    return render(request, "network/tag_index.html", {"tags": tags, "crumbs": [HOME]})


@require_safe
def tag_detail(request, slug):
    """List every item of every type carrying the tag, newest first."""
    tag = get_object_or_404(Tag, slug=slug)
    items = ContentPage.objects.for_listing().tagged(tag)
    page = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = specific_cards(page.object_list)
    context = {
        "tag": tag,
        "items": page,
        "crumbs": [HOME, Crumb("Tags", reverse("network:tag_index"))],
        "feed_links": [feed_link(f"Tagged {tag.name}", "network:tag_feed", slug=tag.slug)],
    }
    return render(request, "network/tag_detail.html", context)


@require_safe
def organisation_index(request):
    organisations = Organisation.objects.for_listing()
    return render(
        request, "network/organisation_index.html", {"organisations": organisations, "crumbs": [HOME]}
    )


@require_safe
def organisation_detail(request, slug):
    """Show an organisation and everything it has shared or taken part in, by type."""
    organisation = get_object_or_404(Organisation, slug=slug)
    sections = [
        (
            model._meta.verbose_name_plural.capitalize(),
            list(model.objects.for_listing().involving(organisation)),
        )
        for model in content_page_models()
    ]
    context = {
        "organisation": organisation,
        "sections": [(label, items) for label, items in sections if items],
        "people": organisation.people.order_by("name"),
        "structured_data": organisation.structured_data(request),
        "crumbs": [HOME, Crumb("Organisations", reverse("network:organisation_index"))],
        "feed_links": [feed_link(f"New from {organisation.name}", "network:organisation_feed", slug=slug)],
    }
    return render(request, "network/organisation_detail.html", context)


@require_safe
def upcoming_events_calendar(request):
    """Serve every upcoming event as one iCalendar feed, to subscribe to in a calendar app."""
    events = EventPage.objects.live().public().upcoming().select_related("organiser")[: settings.FEED_ITEMS]
    return HttpResponse(events_calendar(events, request), content_type="text/calendar")
