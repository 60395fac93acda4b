"""Similar work: published items that share tags and distinctive words with a piece of work.

It takes plain text and tag names, not a saved page, so that a submission form can call it
before saving to warn of possible duplicates; `similar_items_for_page` serves a page.
"""

import operator
import re
from collections import Counter
from collections.abc import Iterable
from functools import reduce

from django.db.models import Count, Q
from wagtail.models import Page

from network.models import ContentPage, specific_cards

SIMILAR_ITEMS_SHOWN = 5
# How many of the best tag matches and of the best text matches are scored.
CANDIDATES = 20
MAX_SEARCH_WORDS = 16
# English function words, and words so common on a network of councils' digital work that
# sharing them says nothing about two items being alike. Split from text: a word list reads better.
COMMON_WORDS = frozenset(
    """
    about above after again against all also and any are because been before being below between
    both but can could did does doing down during each few for from further had has have having her
    here hers him his how into its itself just more most not now off once only other our ours out
    over own same she should some such than that the their theirs them then there these they this
    those through too under until very was were what when where which while who whom why will with
    would you your yours
    council councils local digital service services new using use used work working
    """.split()  # noqa: SIM905
)


def similar_items(
    title: str = "",
    summary: str = "",
    tag_names: Iterable[str] = (),
    *,
    exclude: Page | None = None,
    limit: int = SIMILAR_ITEMS_SHOWN,
) -> list[ContentPage]:
    """Return up to `limit` live, public items of any type most like the given work, best first.

    Each tag an item shares scores one point. A search for the distinctive words of the title and
    summary adds up to one point more, by rank (the best match 1, falling by 1/CANDIDATES a
    place): backends score relevance on different scales, ranks mean the same on all of them.
    """
    candidates = ContentPage.objects.live().public()
    scores = Counter(shared_tag_counts(candidates, tag_names))
    scores.update(text_match_scores(candidates, f"{title} {summary}"))
    if exclude is not None:
        scores.pop(exclude.pk, None)
    best = sorted(scores, key=lambda pk: (-scores[pk], -pk))[:limit]
    items = {item.pk: item for item in specific_cards(ContentPage.objects.filter(pk__in=best))}
    return [items[pk] for pk in best]


def similar_items_for_page(page: ContentPage, limit: int = SIMILAR_ITEMS_SHOWN) -> list[ContentPage]:
    """Return the items most like a saved page, never the page itself."""
    tag_names = [tag.name for tag in page.tags.all()]
    return similar_items(page.title, page.summary, tag_names, exclude=page, limit=limit)


def shared_tag_counts(candidates, tag_names: Iterable[str]) -> dict[int, int]:
    """Return, for the candidates sharing most of the tags, how many they share (by name, any case)."""
    names = {name.strip() for name in tag_names} - {""}
    if not names:
        return {}
    # One filter() call, so the count runs over the same join: the matching tags only.
    any_of_the_tags = reduce(operator.or_, (Q(tagged_items__tag__name__iexact=name) for name in names))
    rows = (
        candidates.filter(any_of_the_tags)
        .annotate(shared_tags=Count("tagged_items"))
        .order_by("-shared_tags", "-date", "-pk")
        .values_list("pk", "shared_tags")
    )
    return dict(rows[:CANDIDATES])


def text_match_scores(candidates, text: str) -> dict[int, float]:
    """Return a score from 1 down for each of the best matches for the distinctive words of the text."""
    words = distinctive_words(text)
    if not words:
        return {}
    matches = candidates.search(" ".join(words), operator="or")[:CANDIDATES]
    return {page.pk: 1 - rank / CANDIDATES for rank, page in enumerate(matches)}


def distinctive_words(text: str) -> list[str]:
    """Return the text's words worth searching for, lower-cased, first mention first, once each."""
    words = (word.lower() for word in re.findall(r"\w+", text))
    kept = (word for word in words if len(word) > 2 and not word.isdigit() and word not in COMMON_WORDS)
    return list(dict.fromkeys(kept))[:MAX_SEARCH_WORDS]
