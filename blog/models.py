from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from network.blocks import BodyStreamBlock
from network.models import ContentPage, ContentPageQuerySet
from network.navigation import content_type_feed_link


class BlogIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["network.HomePage"]
    subpage_types = ["blog.BlogPage"]

    posts_per_page = 20

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = BlogPage.objects.child_of(self).for_listing()
        context["posts"] = Paginator(posts, self.posts_per_page).get_page(request.GET.get("page"))
        context["feed_links"] = [content_type_feed_link(BlogPage)]
        return context


class BlogPageQuerySet(ContentPageQuerySet):
    def involving(self, organisation):
        return self.filter(organisation=organisation)


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

    objects = PageManager.from_queryset(BlogPageQuerySet)()
    card_relations = ("organisation",)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date", heading="Post date"),
        FieldPanel("organisation"),
        *ContentPage.summary_panels,
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("body")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "blog post"

    def credited_to(self) -> str:
        return self.organisation.name if self.organisation else ""
