"""Relevance: labelled searches over the demo content, each expecting an item in the top three.

The searches are what practitioners type: plurals, misspellings, phrases, council names, tags,
and words that appear only in an item's body. One test loads the demo once and reports every
search that misses, so a change that hurts relevance shows all it hurts.
"""

import pytest
from django.core.management import call_command

LABELLED_SEARCHES = [
    # (what it exercises, search, title expected in the top three)
    ("words in a title", "bin collection", "A bin collection day lookup any council can reuse"),
    ("a plural", "bins", "A bin collection day lookup any council can reuse"),
    ("a plural of a word in the body", "potholes", "Opening up Devon's highways data through a hack weekend"),
    ("plurals and stems", "care home vacancies", "Care home vacancy finder from shared open data"),
    ("plural of a title word", "housing repairs", "Reporting a housing repair online"),
    ("a misspelling", "usabilty dashboard", "Usability dashboard version two"),
    ("a misspelling", "chatbto", "Why we stopped our adult social care chatbot pilot"),
    ("a phrase", '"street lighting"', "Street lighting fault map"),
    ("a phrase", '"single person discount"', "Online form for council tax single person discount"),
    ("a council's name", "Stockport", "Stockport Metropolitan Borough Council"),
    ("a council's name finds its work", "Lichfield", "Garden waste subscriptions paid online in one go"),
    ("a person's name", "Helen Marchant", "Helen Marchant"),
    ("a tag", "data standards", "A data standard for bin collection schedules"),
    ("a tag", "unconference", "LocalGovCamp 2026"),
    ("a word only in the body", "stickers", "Garden waste subscriptions paid online in one go"),
    ("a word only in the body", "translators", "Bilingual content toolkit"),
    ("a word only in the body", "journalists", "Election results published as open data on the night"),
    ("a word only in the body", "architects", "Planning applications as open data in a common schema"),
    ("a workstream", "shared web platform", "Shared web platform"),
    ("an abbreviation", "PDF", "Replacing PDFs with accessible web pages"),
    ("words from the summary", "school admissions", "Applying for a school place: discovery"),
    ("a language", "Welsh", "Bilingual content toolkit"),
    ("an event", "LocalGovCamp", "LocalGovCamp 2026"),
    ("a hyphenated word", "fly-tipping", "Reporting fly-tipping with a photo and a map"),
    (
        "several words, one only in the body",
        "gritting routes Devon",
        "Opening up Devon's highways data through a hack weekend",
    ),
]


@pytest.fixture
def demo(home_page):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_labelled_searches_find_the_expected_item_in_the_top_three(client, demo):
    assert len(LABELLED_SEARCHES) >= 20
    misses = []
    for label, query, expected in LABELLED_SEARCHES:
        data = client.get("/search/", {"q": query, "format": "json"}).json()
        top_three = [result["title"] for result in data["results"][:3]]
        if expected not in top_three:
            misses.append(f"{query!r} ({label}): expected {expected!r}, got {top_three}")

    assert not misses, "\n".join(misses)
