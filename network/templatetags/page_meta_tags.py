"""Metadata a page carries for machines: schema.org JSON-LD and breadcrumbs."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from network.navigation import Crumb, page_crumbs

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Render a dict as a JSON-LD script element (data, not code: the CSP does not apply)."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def page_structured_data(context, page):
    """Return the page's schema.org data, if its type provides any."""
    structured_data = getattr(page, "structured_data", None)
    return structured_data(context["request"]) if structured_data else None


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page) -> list[Crumb]:
    """Return the trail from the home page to the page's parent."""
    return page_crumbs(page, context["request"])


@register.simple_tag(takes_context=True)
def breadcrumb_list_data(context, crumbs, current_title):
    """Return schema.org BreadcrumbList data for a trail of crumbs and the current page."""
    request = context["request"]
    elements = [
        {
            "@type": "ListItem",
            "position": position,
            "name": crumb.title,
            "item": request.build_absolute_uri(crumb.url),
        }
        for position, crumb in enumerate(crumbs, start=1)
    ]
    elements.append({"@type": "ListItem", "position": len(crumbs) + 1, "name": current_title})
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """Return the page's canonical address: its own, or where a cross-post first appeared."""
    method = getattr(page, "canonical_url", None)
    request = context["request"]
    return method(request) if method else request.build_absolute_uri(page.get_url(request))
