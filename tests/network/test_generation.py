from collections import Counter

from network.generation import generated_item
from network.models import Organisation

ORGANISATIONS = [Organisation(name=f"Council {number}") for number in range(50)]


def generate(count: int) -> list:
    return [generated_item("post", number, ORGANISATIONS) for number in range(count)]


def test_topics_range_from_half_the_items_to_a_handful():
    """So that different searches find very different numbers of items."""
    topics = Counter(tag for item in generate(4000) for tag in item.tags)

    assert 1800 < topics["digital services"] < 2200
    assert 300 < topics["waste collection"] < 500
    assert 0 < topics["pothole reporting"] < 15


def test_items_spread_over_years_and_councils_unevenly():
    items = generate(2000)
    years = Counter(item.date.year for item in items)
    councils = Counter(item.organisation.name for item in items)

    assert len(years) >= 10 and years.most_common()[0][1] > 3 * years.most_common()[-1][1]
    assert councils.most_common()[0][1] > 10 * councils.most_common()[-1][1]


def test_an_item_is_the_same_every_time_it_is_generated():
    first, again = generated_item("event", 7, ORGANISATIONS), generated_item("event", 7, ORGANISATIONS)

    assert (first.title, first.tags, first.date, first.organisation) == (
        again.title,
        again.tags,
        again.date,
        again.organisation,
    )
