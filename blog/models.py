from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index


class BlogPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Return published, public posts, newest first: the one definition used by every list."""
        return self.live().public().order_by("-date", "-pk")


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


class BlogPage(Page):
    date = models.DateField("Post date", default=timezone.localdate)
    intro = models.TextField(help_text="A sentence or two shown in listings and feeds.")
    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title")),
            ("paragraph", blocks.RichTextBlock()),
        ],
        blank=True,
    )

    objects = PageManager.from_queryset(BlogPageQuerySet)()

    content_panels = [*Page.content_panels, FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
