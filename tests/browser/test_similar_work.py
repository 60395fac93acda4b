"""The "Similar work" section as a reader sees it, in a real browser."""

import pytest

from tests.factories import (
    BlogIndexPageFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    WorkstreamIndexPageFactory,
    WorkstreamPageFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def bin_lookup(site_home):
    workstream = WorkstreamPageFactory(
        parent=WorkstreamIndexPageFactory(parent=site_home), title="Waste", slug="waste"
    )
    blog = BlogIndexPageFactory(parent=site_home)
    BlogPageFactory(
        parent=blog,
        title="Our bin collection day finder",
        summary="A postcode finder for bin collection days.",
        tags=["waste", "bins"],
    )
    ProjectPageFactory(
        parent=ProjectIndexPageFactory(parent=site_home),
        title="Fleet telematics",
        summary="Tracking refuse lorries.",
        tags=["waste"],
    )
    BlogPageFactory(parent=blog, title="Housing repairs online", summary="Tenants report a repair.")
    return CaseStudyPageFactory(
        parent=workstream,
        title="Bin collection day lookup",
        slug="bin-collection-day-lookup",
        summary="Residents look up their bin collection day by postcode.",
        tags=["waste", "bins"],
    )


def test_case_study_shows_similar_work_most_similar_first(browser_page, bin_lookup):
    browser_page.open("/workstreams/waste/bin-collection-day-lookup/")
    section = browser_page.tab.get_by_role("region", name="Similar work")

    assert section.locator(".card__title").all_inner_texts() == [
        "Our bin collection day finder",
        "Fleet telematics",
    ]
    browser_page.assert_accessible("similar-work")
    browser_page.assert_no_csp_violations()
