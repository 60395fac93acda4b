from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from network.blocks import BodyStreamBlock
from network.models import ContentPage, ContentPageQuerySet, ListingIndexPage
from network.models.listing import LISTING_TEMPLATE

from .filters import BlogFilterSet


class BlogPageQuerySet(ContentPageQuerySet):
    def involving(self, organisation):
        return self.filter(organisation=organisation)

    def by_author(self, person):
        return self.filter(authors__person=person)


class BlogPage(ContentPage):
    organisation = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_posts",
        help_text="The organisation the post speaks from, if any.",
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    original_publisher = models.CharField(
        "first published by",
        max_length=200,
        blank=True,
        help_text="For a cross-post: where it first appeared.",
    )
    original_url = models.URLField("original address", max_length=500, blank=True)
    original_published = models.DateField("first published on", null=True, blank=True)

    objects = PageManager.from_queryset(BlogPageQuerySet)()
    card_relations = ("organisation", "authors__person")

    content_panels = [
        *Page.content_panels,
        FieldPanel("date", heading="Post date"),
        InlinePanel("authors", heading="Authors", label="Author"),
        FieldPanel("organisation"),
        *ContentPage.summary_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("original_publisher"), FieldPanel("original_url"), FieldPanel("original_published")],
            heading="Cross-posted from elsewhere",
        ),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("body")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "blog post"

    def clean(self):
        super().clean()
        if bool(self.original_url) != bool(self.original_publisher):
            raise ValidationError(
                {"original_url": "A cross-post needs both the publisher's name and the original address."}
            )

    @property
    def is_cross_post(self) -> bool:
        return bool(self.original_url)

    def canonical_url(self, request) -> str:
        # A cross-post points search engines at where it first appeared.
        return self.original_url or super().canonical_url(request)

    def author_names(self) -> list[str]:
        return [author.person.name for author in self.authors.all()]

    def involved_organisation_ids(self) -> list[int]:
        return [self.organisation_id] if self.organisation_id else []

    def credited_to(self) -> str:
        names = self.author_names()
        if self.organisation:
            names.append(self.organisation.name)
        return ", ".join(names)

    def card_facts(self) -> list[tuple[str, str]]:
        facts = [("By", ", ".join(self.author_names()))] if self.authors.all() else []
        if self.is_cross_post:
            facts.append(("First published on", self.original_publisher))
        return facts


class BlogPageAuthor(Orderable):
    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="blog_authorships")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "person"], name="one_authorship_per_person")]


class BlogIndexPage(ListingIndexPage):
    """A blog: its posts, filterable by author, tag and year."""

    listing_model = BlogPage
    filterset_class = BlogFilterSet
    template = LISTING_TEMPLATE
    max_count = None
    subpage_types = ["blog.BlogPage"]

    def listing_queryset(self):
        return BlogPage.objects.child_of(self).for_listing()


class FeedSource(models.Model):
    """A member's blog whose RSS or Atom feed is imported as cross-posts."""

    name = models.CharField(
        max_length=200, help_text="The publisher's name, shown as 'First published on ...'."
    )
    feed_url = models.URLField("feed address", max_length=500, unique=True)
    blog = models.ForeignKey(
        BlogIndexPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        help_text="Where imported posts go; the main blog if empty.",
    )
    default_author = models.ForeignKey(
        "network.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    publish_immediately = models.BooleanField(
        default=False, help_text="Publish imported posts at once; otherwise they wait as drafts for review."
    )
    etag = models.CharField(max_length=200, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("feed_url"),
        FieldPanel("blog"),
        FieldPanel("default_author"),
        FieldPanel("organisation"),
        FieldPanel("publish_immediately"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ImportedEntry(models.Model):
    """An entry already imported from a source, by its GUID (or link), so it is never imported twice."""

    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="imported_entries")
    guid = models.CharField(max_length=500)
    page = models.ForeignKey(BlogPage, null=True, on_delete=models.SET_NULL, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "guid"], name="one_import_per_entry")]

    def __str__(self):
        return f"{self.source}: {self.guid}"
