from django import template

from search.similar import similar_items_for_page

register = template.Library()


@register.inclusion_tag("network/includes/similar_work.html", takes_context=True)
def similar_work(context, page):
    """Render the "Similar work" section for a page: nothing when nothing is similar."""
    return {"request": context.get("request"), "items": similar_items_for_page(page)}
