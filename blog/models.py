from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from network.blocks import BodyStreamBlock
from network.models import ContentPage


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
        return context


class BlogPage(ContentPage):
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date", heading="Post date"),
        *ContentPage.summary_panels,
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("body")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "blog post"
