from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from network.blocks import BodyStreamBlock
from network.models.faceted import Faceted
from network.navigation import feed_link

from .case_study import CaseStudyIndexPage, CaseStudyPage
from .project import ProjectPage


class WorkstreamIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["network.HomePage"]
    subpage_types = ["workstreams.WorkstreamPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["workstreams"] = WorkstreamPage.objects.child_of(self).live().public().order_by("title")
        return context


class WorkstreamPage(Faceted, Page):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        CLOSED = "closed", "Closed"

    summary = models.TextField(max_length=400, help_text="One or two sentences, shown in listings.")
    aims = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    body = StreamField(BodyStreamBlock(), blank=True)
    search_facet_keys = Faceted.search_facet_keys
    leads_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("status"),
        FieldPanel("aims"),
        InlinePanel("memberships", heading="Leads and members", label="Person"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("aims"),
        *Faceted.search_facet_fields,
    ]
    parent_page_types = ["workstreams.WorkstreamIndexPage"]
    subpage_types = ["workstreams.CaseStudyPage", "workstreams.ProjectPage"]

    class Meta:
        verbose_name = "workstream"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        memberships = self.memberships.select_related("person__organisation")
        context["leads"] = [m.person for m in memberships if m.role == WorkstreamMembership.Role.LEAD]
        context["members"] = [m.person for m in memberships if m.role == WorkstreamMembership.Role.MEMBER]
        context["case_studies"] = CaseStudyPage.objects.descendant_of(self).for_listing()[:6]
        context["projects"] = ProjectPage.objects.descendant_of(self).for_listing()[:6]
        context["feed_links"] = [feed_link(f"New in {self.title}", "network:workstream_feed", slug=self.slug)]
        listing = CaseStudyIndexPage.objects.live().first()
        if listing:
            context["case_study_listing_url"] = f"{listing.get_url(request)}?workstream={self.slug}"
        return context

    def search_facets(self) -> dict:
        return {**super().search_facets(), "workstream": [self.pk]}

    def structured_data(self, request) -> dict:
        return {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
        }


class WorkstreamMembership(Orderable):
    class Role(models.TextChoices):
        LEAD = "lead", "Lead"
        MEMBER = "member", "Member"

    workstream = ParentalKey(WorkstreamPage, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "network.Person", on_delete=models.CASCADE, related_name="workstream_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["workstream", "person"], name="one_membership_per_person")
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()}, {self.workstream})"
