from dataclasses import dataclass

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .content import content_page_models

LATEST_PER_TYPE = 3


@dataclass(frozen=True)
class LatestOfType:
    label: str
    items: list


class HomePage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_sections"] = latest_of_each_type(LATEST_PER_TYPE)
        return context


def latest_of_each_type(per_type: int) -> list[LatestOfType]:
    """Return the newest few items of each content type that has any."""
    sections = (
        LatestOfType(
            model._meta.verbose_name_plural.capitalize(), list(model.objects.for_listing()[:per_type])
        )
        for model in content_page_models()
    )
    return [section for section in sections if section.items]
