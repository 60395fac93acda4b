"""The search page in a real browser: facets narrow by following links, and it stays accessible."""

import pytest

from tests.factories import (
    BlogIndexPageFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    WorkstreamIndexPageFactory,
    WorkstreamPageFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def compost_items(site_home):
    workstreams = WorkstreamIndexPageFactory(parent=site_home)
    workstream = WorkstreamPageFactory(parent=workstreams, title="Food waste", slug="food-waste")
    CaseStudyPageFactory(
        parent=workstream, title="Home compost bins", summary="Free compost bins.", tags=["compost"]
    )
    blog = BlogIndexPageFactory(parent=site_home)
    BlogPageFactory.create_batch(
        3, parent=blog, summary="Our compost trial, month by month.", tags=["compost"]
    )


def test_facets_narrow_and_widen_a_search(browser_page, compost_items):
    browser_page.open("/search/?q=compost")
    tab = browser_page.tab
    assert tab.locator(".listing__count").inner_text() == "4 results for ‘compost’"  # noqa: RUF001

    tab.get_by_role("link", name="Case studies").click()

    assert "type=case-study" in tab.url
    assert tab.locator(".listing__count").inner_text() == "1 result for ‘compost’"  # noqa: RUF001
    browser_page.assert_accessible("search-faceted")

    tab.get_by_role("link", name="Remove the filter type: Case studies").click()

    assert "type=" not in tab.url
    assert tab.locator(".listing__count").inner_text() == "4 results for ‘compost’"  # noqa: RUF001
    browser_page.assert_no_csp_violations()


def test_a_corrected_search_says_so(browser_page, compost_items):
    browser_page.open("/search/?q=compots")

    assert "Showing results for ‘compost’" in browser_page.tab.inner_text("main")  # noqa: RUF001
    browser_page.assert_accessible("search-corrected")


def test_the_search_page_box_suggests_too(browser_page, compost_items):
    browser_page.open("/search/?q=compost")
    field = browser_page.tab.locator("#search-query")

    field.fill("")
    field.press_sequentially("home comp")

    option = browser_page.tab.get_by_role("option", name="Home compost bins")
    option.wait_for()
    browser_page.assert_accessible("search-page-suggestions")
    field.press("ArrowDown")
    field.press("Enter")
    browser_page.tab.wait_for_url("**/home-compost-bins/")
