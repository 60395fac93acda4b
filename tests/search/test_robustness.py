"""Whatever arrives in the query string, search answers 200 or a 400 that says why, never a 500."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.facets import FACETS

PARAMETERS = ["q", "page", "sort", "format", *(facet.name for facet in FACETS)]
TRICKY = [
    '"',
    '"unclosed phrase',
    "waste AND OR NOT",
    "NEAR(a b)",
    "'; DROP TABLE wagtailcore_page; --",
    "bins* ^title: col:waste",
    "((()))",
    "\x00",
    "ü ß 東京 🚮",
    "-1",
    "999999999999999999999",
    "waste" * 50,
]
values = st.one_of(st.sampled_from(TRICKY), st.text(max_size=300))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(PARAMETERS), values, max_size=5))
def test_any_query_string_gets_200_or_a_clear_400(client, everything_about_compost, params):
    for path in ("/search/", "/search/rss/"):
        response = client.get(path, params)

        assert response.status_code in (200, 400), (path, params)
        if response.status_code == 400 and path == "/search/":
            assert b"There is a problem" in response.content or b'"errors"' in response.content
