"""Search results and facets as JSON: the same as the page shows."""

from django.urls import reverse


def outcome_json(outcome, search_request, request) -> dict:
    def absolute(query_string: str) -> str:
        return request.build_absolute_uri(f"{reverse('search:search')}{query_string}&format=json")

    data = {
        "query": search_request.text,
        "filters": {name: value.slug for name, value in search_request.filters.items()},
        "sort": search_request.sort,
        "page": search_request.page,
        "total": 0,
        "pages": 0,
        "results": [],
        "facets": [],
    }
    if outcome is None:
        return data
    data.update(
        page=outcome.request.page,
        total=outcome.total,
        pages=outcome.pages,
        searched_for=outcome.searched_text,
        matched_any_word=outcome.any_word,
        notice=outcome.notice,
        results=[_hit_json(hit, request) for hit in outcome.hits],
        facets=[
            {
                "name": group.name,
                "label": group.label,
                "selected": _option_json(group.selected, absolute) if group.selected else None,
                "options": [_option_json(option, absolute) for option in group.options],
            }
            for group in outcome.facets
        ],
        best_bets=[
            {"title": bet.title, "url": request.build_absolute_uri(bet.url), "description": bet.description}
            for bet in outcome.best_bets
        ],
        next=absolute(outcome.next_url) if outcome.next_url else None,
        previous=absolute(outcome.previous_url) if outcome.previous_url else None,
    )
    return data


def _hit_json(hit, request) -> dict:
    return {
        "type": hit.type_label,
        "title": hit.name,
        "url": request.build_absolute_uri(hit.url),
        "snippet": str(hit.snippet),
        "date": hit.date.isoformat() if hit.date else None,
        "tags": [tag.name for tag in hit.tags],
    }


def _option_json(option, absolute) -> dict:
    return {"value": option.value, "label": option.label, "count": option.count, "url": absolute(option.url)}
