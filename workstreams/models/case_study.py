from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from network.formatting import date_range_text
from network.licences import LicenceChoice, licence
from network.models import ContentPage, ContentPageQuerySet, ListingIndexPage
from network.models.listing import LISTING_TEMPLATE

from ..filters import CaseStudyFilterSet
from .facets import WorkstreamItemFacets

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class CaseStudyPageQuerySet(ContentPageQuerySet):
    def involving(self, organisation):
        return self.filter(Q(organisations=organisation) | Q(reused_by=organisation)).distinct()


class CaseStudyPage(WorkstreamItemFacets, ContentPage):
    problem = RichTextField("The problem", features=RICH_TEXT_FEATURES)
    approach = RichTextField("What was done", features=RICH_TEXT_FEATURES)
    outcomes = RichTextField(features=RICH_TEXT_FEATURES)
    cost = models.PositiveIntegerField("Cost (£)", null=True, blank=True)
    savings_per_year = models.PositiveIntegerField("Savings a year (£)", null=True, blank=True)
    users = models.PositiveIntegerField(
        "Users", null=True, blank=True, help_text="How many people have used the service."
    )
    lessons = RichTextField("Lessons learned", features=RICH_TEXT_FEATURES, blank=True)
    organisations = ParentalManyToManyField(
        "network.Organisation", related_name="case_studies", verbose_name="councils involved"
    )
    reused_by = ParentalManyToManyField(
        "network.Organisation",
        related_name="reused_case_studies",
        blank=True,
        help_text="Councils that have adopted this work.",
    )
    service_area = models.ForeignKey(
        "network.ServiceArea", null=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty if the work goes on.")
    contact = models.ForeignKey(
        "network.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    contact_email = models.EmailField(blank=True)
    licence = models.CharField(max_length=20, choices=LicenceChoice.choices, default=LicenceChoice.OGL_3)

    objects = PageManager.from_queryset(CaseStudyPageQuerySet)()
    card_relations = ("service_area", "organisations")

    content_panels = [
        *Page.content_panels,
        *ContentPage.summary_panels,
        FieldPanel("problem"),
        FieldPanel("approach"),
        MultiFieldPanel(
            [
                FieldPanel("outcomes"),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("savings_per_year"), FieldPanel("users")]),
            ],
            heading="Outcomes",
        ),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldPanel("organisations"),
                FieldPanel("reused_by"),
                FieldPanel("service_area"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("date", heading="Published"),
            ],
            heading="Who, what and when",
        ),
        MultiFieldPanel([FieldPanel("contact"), FieldPanel("contact_email")], heading="Contact"),
        InlinePanel("documents", heading="Documents", label="Document"),
        FieldPanel("licence"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("problem"),
        index.SearchField("approach"),
        index.SearchField("outcomes"),
        index.SearchField("lessons"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.RelatedFields("service_area", [index.SearchField("name")]),
        index.FilterField("service_area"),
    ]
    parent_page_types = ["workstreams.WorkstreamPage"]
    subpage_types = []

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["licence"] = licence(self.licence)
        context["documents"] = [item.document for item in self.documents.select_related("document")]
        context["workstream"] = self.get_parent().specific
        return context

    def card_facts(self) -> list[tuple[str, str]]:
        """Return the labelled facts a listing card shows (relations must be prefetched)."""
        facts = [("Councils", ", ".join(org.name for org in self.organisations.all()))]
        if self.service_area:
            facts.append(("Service area", self.service_area.name))
        return facts

    def detail_rows(self) -> list[tuple[str, str]]:
        """Return the key facts shown at the top of the page, as label and text."""
        return [
            ("Councils involved", ", ".join(org.name for org in self.organisations.all())),
            ("Service area", self.service_area.name if self.service_area else ""),
            ("When", date_range_text(self.start_date, self.end_date)),
            ("Published", date_format(self.date, "j F Y")),
            ("Licence", licence(self.licence).name),
        ]

    def credited_to(self) -> str:
        return ", ".join(org.name for org in self.organisations.all())

    def involved_organisation_ids(self) -> list[int]:
        return sorted({org.pk for org in (*self.organisations.all(), *self.reused_by.all())})

    def outcome_figures(self) -> list[tuple[str, str]]:
        """Return the outcome figures that were given, formatted for display."""
        figures = [
            ("Cost", f"£{self.cost:,}" if self.cost is not None else None),
            ("Saved a year", f"£{self.savings_per_year:,}" if self.savings_per_year is not None else None),
            ("Users", f"{self.users:,}" if self.users is not None else None),
        ]
        return [(label, value) for label, value in figures if value is not None]

    def structured_data(self, request) -> dict:
        data = super().structured_data(request)
        data["author"] = [
            {"@type": "GovernmentOrganization", "name": org.name} for org in self.organisations.all()
        ]
        data["license"] = licence(self.licence).url
        return data


class CaseStudyIndexPage(ListingIndexPage):
    """Every case study in the network, whichever workstream it belongs to."""

    listing_model = CaseStudyPage
    filterset_class = CaseStudyFilterSet
    template = LISTING_TEMPLATE
    subpage_types = []


class CaseStudyDocument(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("document")]
