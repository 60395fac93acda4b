from dataclasses import dataclass

from django import template
from wagtail.models import Site

register = template.Library()


@dataclass(frozen=True)
class NavigationLink:
    title: str
    url: str
    is_current: bool


@register.inclusion_tag("network/includes/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    """Return links to the home page and its children that editors chose to show in menus."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"links": []}
    home = site.root_page
    pages = [home, *home.get_children().live().public().in_menu()]
    links = []
    for page in pages:
        url = page.get_url(request)
        is_current = request.path == url if page.pk == home.pk else request.path.startswith(url)
        links.append(NavigationLink("Home" if page.pk == home.pk else page.title, url, is_current))
    return {"links": links}
