from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.search import index

from network.models import ContentPage, ContentPageQuerySet, ListingIndexPage
from network.models.listing import LISTING_TEMPLATE

from ..choices import Phase
from ..filters import ProjectFilterSet
from .facets import WorkstreamItemFacets


class ProjectPageQuerySet(ContentPageQuerySet):
    def involving(self, organisation):
        return self.filter(Q(lead_organisation=organisation) | Q(partners=organisation)).distinct()


class ProjectPage(WorkstreamItemFacets, ContentPage):
    phase = models.CharField(max_length=10, choices=Phase.choices, default=Phase.DISCOVERY)
    lead_organisation = models.ForeignKey(
        "network.Organisation", null=True, on_delete=models.SET_NULL, related_name="led_projects"
    )
    partners = ParentalManyToManyField("network.Organisation", related_name="partner_projects", blank=True)
    partners_wanted = models.BooleanField(
        default=False, help_text="Tick if the project is looking for more councils to join."
    )
    funding_source = models.CharField(max_length=200, blank=True)
    budget = models.PositiveIntegerField("Budget (£)", null=True, blank=True)
    repository_url = models.URLField("Code repository", blank=True)
    service_area = models.ForeignKey(
        "network.ServiceArea", null=True, blank=True, on_delete=models.SET_NULL, related_name="projects"
    )
    body = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul", "h3", "document-link"])
    related_case_studies = ParentalManyToManyField(
        "workstreams.CaseStudyPage", related_name="related_projects", blank=True
    )

    objects = PageManager.from_queryset(ProjectPageQuerySet)()
    card_relations = ("lead_organisation", "service_area", "partners")

    content_panels = [
        *Page.content_panels,
        *ContentPage.summary_panels,
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldPanel("date", heading="Start date"),
                FieldPanel("service_area"),
            ],
            heading="Status",
        ),
        MultiFieldPanel(
            [FieldPanel("lead_organisation"), FieldPanel("partners"), FieldPanel("partners_wanted")],
            heading="Who",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("funding_source"), FieldPanel("budget")]),
                FieldPanel("repository_url"),
            ],
            heading="Funding and code",
        ),
        FieldPanel("body"),
        FieldPanel("related_case_studies"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.FilterField("phase"),
        index.RelatedFields("lead_organisation", [index.SearchField("name")]),
    ]
    parent_page_types = ["workstreams.ProjectIndexPage", "workstreams.WorkstreamPage"]
    subpage_types = []

    class Meta:
        verbose_name = "project"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_case_studies"] = self.related_case_studies.live().public().order_by("-date")
        return context

    def detail_rows(self) -> list[tuple[str, str]]:
        """Return the key facts shown at the top of the page, as label and text."""
        return [
            ("Phase", self.get_phase_display()),
            ("Lead council", self.lead_organisation.name if self.lead_organisation else ""),
            ("Partners", ", ".join(org.name for org in self.partners.all())),
            ("Partners wanted", "Yes" if self.partners_wanted else "No"),
            ("Started", date_format(self.date, "F Y")),
            ("Service area", self.service_area.name if self.service_area else ""),
            ("Funding", self.funding_source),
            ("Budget", f"£{self.budget:,}" if self.budget is not None else ""),
        ]

    def credited_to(self) -> str:
        return self.lead_organisation.name if self.lead_organisation else ""

    def involved_organisation_ids(self) -> list[int]:
        lead = [self.lead_organisation_id] if self.lead_organisation_id else []
        return sorted({*lead, *(org.pk for org in self.partners.all())})

    def search_facets(self) -> dict:
        return {**super().search_facets(), "phase": [self.phase]}

    def card_facts(self) -> list[tuple[str, str]]:
        facts = [("Phase", self.get_phase_display())]
        if self.lead_organisation:
            facts.append(("Lead", self.lead_organisation.name))
        if self.partners_wanted:
            facts.append(("Partners", "Wanted"))
        return facts

    def structured_data(self, request) -> dict:
        data = super().structured_data(request)
        data["@type"] = "Project"
        data["name"] = data.pop("headline")
        if self.lead_organisation:
            data["sponsor"] = {"@type": "GovernmentOrganization", "name": self.lead_organisation.name}
        return data


class ProjectIndexPage(ListingIndexPage):
    """Every project in the network; projects that belong to no workstream live here."""

    listing_model = ProjectPage
    filterset_class = ProjectFilterSet
    template = LISTING_TEMPLATE
    subpage_types = ["workstreams.ProjectPage"]
