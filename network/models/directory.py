"""The directory: organisations (councils and others), the people in them, and service areas."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .faceted import Faceted


class Region(models.TextChoices):
    NORTH_EAST = "north-east", "North East"
    NORTH_WEST = "north-west", "North West"
    YORKSHIRE = "yorkshire-and-the-humber", "Yorkshire and the Humber"
    EAST_MIDLANDS = "east-midlands", "East Midlands"
    WEST_MIDLANDS = "west-midlands", "West Midlands"
    EAST_OF_ENGLAND = "east-of-england", "East of England"
    LONDON = "london", "London"
    SOUTH_EAST = "south-east", "South East"
    SOUTH_WEST = "south-west", "South West"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"
    NORTHERN_IRELAND = "northern-ireland", "Northern Ireland"


class OrganisationQuerySet(models.QuerySet):
    def for_listing(self):
        return self.order_by("name")


class Organisation(Faceted, index.Indexed, models.Model):
    class Type(models.TextChoices):
        COUNTY = "county", "County council"
        DISTRICT = "district", "District council"
        UNITARY = "unitary", "Unitary authority"
        METROPOLITAN = "metropolitan", "Metropolitan borough"
        LONDON_BOROUGH = "london-borough", "London borough"
        COMBINED_AUTHORITY = "combined-authority", "Combined authority"
        NATIONAL_BODY = "national-body", "National body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    type = models.CharField(max_length=30, choices=Type.choices)
    region = models.CharField(max_length=30, choices=Region.choices, blank=True)
    gss_code = models.CharField(
        "GSS code",
        max_length=9,
        blank=True,
        validators=[
            RegexValidator(r"^[ENSW]\d{8}$", "Enter a GSS code: E, N, S or W then 8 digits (E10000008).")
        ],
        help_text="The ONS Government Statistical Service code, such as E10000008.",
    )
    website = models.URLField(blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = OrganisationQuerySet.as_manager()
    search_facet_keys = Faceted.search_facet_keys

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("type"),
        FieldPanel("region"),
        FieldPanel("gss_code"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.FilterField("type"),
        index.FilterField("region"),
        *Faceted.search_facet_fields,
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organisation", kwargs={"slug": self.slug})

    def search_facets(self) -> dict:
        return {**super().search_facets(), "organisation": [self.pk]}

    def detail_rows(self) -> list[tuple[str, str]]:
        return [
            ("Type", self.get_type_display()),
            ("Region", self.get_region_display() if self.region else ""),
            ("GSS code", self.gss_code),
        ]

    def structured_data(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization" if self.type != self.Type.OTHER else "Organization",
            "name": self.name,
            "url": request.build_absolute_uri(self.get_absolute_url()),
        }
        if self.website:
            data["sameAs"] = [self.website]
        if self.gss_code:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "GSS", "value": self.gss_code}
        return data


class Person(Faceted, index.Indexed, models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    role = models.CharField(max_length=200, blank=True, help_text="Job title, such as Head of Digital.")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    bio = models.TextField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The person's sign-in account, if they have one. Leads with an account may edit their "
        "workstream's pages.",
    )

    search_facet_keys = Faceted.search_facet_keys

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("bio"),
        *Faceted.search_facet_fields,
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        """People have no page of their own yet: they are listed on their organisation's page."""
        return f"{self.organisation.get_absolute_url()}#people" if self.organisation else ""

    def search_facets(self) -> dict:
        organisations = [self.organisation_id] if self.organisation_id else []
        return {**super().search_facets(), "organisation": organisations}


class ServiceArea(models.Model):
    """A council service, such as Waste and recycling: the managed list case studies choose from."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
