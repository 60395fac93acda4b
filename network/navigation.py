from dataclasses import dataclass


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb trail."""

    title: str
    url: str


def page_crumbs(page, request) -> list[Crumb]:
    """Return the trail from the home page to a Wagtail page's parent."""
    ancestors = page.get_ancestors().filter(depth__gt=1).live()
    return [
        Crumb("Home" if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request))
        for ancestor in ancestors
    ]
