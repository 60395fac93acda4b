from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.search import index

from ..calendar import events_calendar
from ..filters import EventFilterSet
from ..formatting import datetime_range_text
from .content import ContentPage, ContentPageQuerySet
from .listing import ListingIndexPage


class EventPageQuerySet(ContentPageQuerySet):
    def upcoming(self):
        """Return events that have not ended, soonest first."""
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        """Return events that have ended, most recent first."""
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def involving(self, organisation):
        return self.filter(organiser=organisation)


class EventPage(RoutablePageMixin, ContentPage):
    start = models.DateTimeField(help_text="UK time.")
    end = models.DateTimeField(help_text="UK time.")
    venue = models.CharField(max_length=255, blank=True, help_text="Address, if it happens in person.")
    online_url = models.URLField("Online link", blank=True, help_text="Where to join, if it happens online.")
    organiser = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    booking_url = models.URLField("Booking link", blank=True)
    body = RichTextField(blank=True)

    objects = PageManager.from_queryset(EventPageQuerySet)()
    card_relations = ("organiser",)

    content_panels = [
        *Page.content_panels,
        *ContentPage.summary_panels,
        MultiFieldPanel([FieldRowPanel([FieldPanel("start"), FieldPanel("end")])], heading="When"),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading="Where"),
        FieldPanel("organiser"),
        FieldPanel("booking_url"),
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("venue"), index.SearchField("body")]
    parent_page_types = ["network.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "The event must end after it starts."
        if not self.venue and not self.online_url:
            errors["venue"] = "Give a venue, an online link, or both."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Listings sort every type by `date`; an event's date is the day it starts.
        if self.start:
            self.date = timezone.localdate(self.start)
        super().save(*args, **kwargs)

    @path("")
    def event_page(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        """Download the event as an iCalendar file, to add to a calendar."""
        response = HttpResponse(
            events_calendar([self], request, name=self.title), content_type="text/calendar"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def detail_rows(self) -> list[tuple[str, str]]:
        """Return when, where and who, in UK time."""
        where = self.venue or "Online"
        if self.venue and self.online_url:
            where = f"{self.venue}, and online"
        return [
            ("When", datetime_range_text(self.start, self.end)),
            ("Where", where),
            ("Join online", self.online_url),
            ("Organiser", self.organiser.name if self.organiser else ""),
        ]

    def credited_to(self) -> str:
        return self.organiser.name if self.organiser else ""

    def involved_organisation_ids(self) -> list[int]:
        return [self.organiser_id] if self.organiser_id else []

    def card_facts(self) -> list[tuple[str, str]]:
        return [("When", datetime_range_text(self.start, self.end)), ("Where", self.venue or "Online")]

    @property
    def has_ended(self) -> bool:
        return self.end < timezone.now()

    def structured_data(self, request) -> dict:
        locations = []
        if self.venue:
            locations.append({"@type": "Place", "name": self.venue, "address": self.venue})
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        if self.venue and self.online_url:
            mode = "MixedEventAttendanceMode"
        else:
            mode = "OnlineEventAttendanceMode" if self.online_url else "OfflineEventAttendanceMode"
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": locations[0] if len(locations) == 1 else locations,
            "url": self.get_full_url(request),
        }
        if self.organiser:
            data["organizer"] = {"@type": "Organization", "name": self.organiser.name}
        return data


class EventIndexPage(ListingIndexPage):
    listing_model = EventPage
    filterset_class = EventFilterSet
    subpage_types = ["network.EventPage"]
    template = "network/event_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["showing_past"] = context["filterset"].showing_past()
        return context

    def feed_items(self, filterset):
        # A feed carries only the newest FEED_ITEMS items. Upcoming events are listed soonest
        # first, which would keep an event announced for next year out of the feed until the
        # nearer ones had passed; subscribers want to hear of an event when it is announced, in
        # time to book, so the upcoming feed puts the most recently published first. Past events
        # keep the page's order, the most recently held first.
        if filterset.showing_past():
            return filterset.qs
        return filterset.qs.order_by("-first_published_at", "-pk")
