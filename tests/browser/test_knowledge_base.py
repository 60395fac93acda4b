"""Every knowledge-base page type in a real browser: no axe-core or CSP violations; filters by keyboard."""

import datetime
import itertools

import feedparser
import pytest
from django.utils import timezone

from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    WorkstreamIndexPageFactory,
    WorkstreamMembershipFactory,
    WorkstreamPageFactory,
)
from workstreams.models import WorkstreamMembership

pytestmark = pytest.mark.browser


@pytest.fixture
def knowledge_base(site_home):
    devon = OrganisationFactory(name="Devon County Council", slug="devon", gss_code="E10000008")
    bristol = OrganisationFactory(name="Bristol City Council", slug="bristol", type="unitary")
    workstreams = WorkstreamIndexPageFactory(parent=site_home, show_in_menus=True)
    open_data = WorkstreamPageFactory(parent=workstreams, title="Open data", slug="open-data")
    WorkstreamMembershipFactory(
        workstream=open_data,
        person=PersonFactory(name="Lee Lead", organisation=devon),
        role=WorkstreamMembership.Role.LEAD,
    )
    CaseStudyIndexPageFactory(parent=site_home, show_in_menus=True)
    study = CaseStudyPageFactory(
        parent=open_data,
        title="Bin day lookup",
        slug="bin-day-lookup",
        organisations=[devon],
        reused_by=[bristol],
        cost=12000,
        savings_per_year=45000,
        users=210000,
        tags=["waste", "open data"],
    )
    CaseStudyPageFactory(
        parent=open_data, title="Planning open data", organisations=[bristol], tags=["open data"]
    )
    projects = ProjectIndexPageFactory(parent=site_home, show_in_menus=True)
    ProjectPageFactory(
        parent=projects,
        title="Shared forms",
        slug="shared-forms",
        lead_organisation=devon,
        partners=[bristol],
        partners_wanted=True,
        related_case_studies=[study],
        tags=["forms"],
    )
    events = EventIndexPageFactory(parent=site_home, show_in_menus=True)
    start = timezone.now() + datetime.timedelta(days=10)
    EventPageFactory(
        parent=events,
        title="LocalGovCamp",
        slug="localgovcamp",
        organiser=devon,
        start=start,
        end=start + datetime.timedelta(hours=7),
        booking_url="https://book.example.org/camp",
        tags=["unconference"],
    )
    return study


PAGES = [
    ("workstream-index", "/workstreams/"),
    ("workstream", "/workstreams/open-data/"),
    ("case-study-index", "/case-studies/"),
    ("case-study-index-filtered-empty", "/case-studies/?tag=waste&organisation=bristol"),
    ("case-study-index-invalid-filter", "/case-studies/?tag=no-such-tag"),
    ("case-study", "/workstreams/open-data/bin-day-lookup/"),
    ("project-index", "/projects/"),
    ("project", "/projects/shared-forms/"),
    ("event-index", "/events/"),
    ("event-index-past", "/events/?when=past"),
    ("event", "/events/localgovcamp/"),
    ("tag-index", "/tags/"),
    ("tag", "/tags/open-data/"),
    ("organisation-index", "/organisations/"),
    ("organisation", "/organisations/devon/"),
]


def test_every_page_type_is_accessible(browser_page, knowledge_base):
    failures = {}
    for name, path in PAGES:
        response = browser_page.open(path)
        assert response.status == 200, path
        try:
            browser_page.assert_accessible(name)
        except AssertionError as error:
            failures[path] = str(error)
    browser_page.assert_no_csp_violations()
    assert failures == {}


def test_filters_work_by_keyboard_alone(browser_page, knowledge_base):
    tab = browser_page.tab
    browser_page.open("/case-studies/")

    tab.focus("#id_organisation")
    tab.keyboard.press("ArrowDown")  # Bristol City Council
    tab.keyboard.press("ArrowDown")  # Devon County Council
    tab.keyboard.press("Tab")
    for _ in range(10):
        if tab.evaluate("document.activeElement.textContent") == "Apply filters":
            break
        tab.keyboard.press("Tab")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/case-studies/?*organisation=devon*")

    assert tab.locator(".card__title").all_inner_texts() == ["Bin day lookup"]


def test_headings_are_in_order_on_every_page_type(browser_page, knowledge_base):
    for _name, path in PAGES:
        browser_page.open(path)
        levels = browser_page.tab.eval_on_selector_all(
            "main h1, main h2, main h3, main h4", "elements => elements.map(e => Number(e.tagName[1]))"
        )
        assert levels[0] == 1, path
        assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), (
            path,
            levels,
        )


def test_subscribe_links_follow_the_filters_a_user_applies(browser_page, knowledge_base):
    tab = browser_page.tab
    browser_page.open("/case-studies/")
    tab.select_option("#id_tag", "waste")
    tab.click("text=Apply filters")
    tab.wait_for_url("**/case-studies/?*tag=waste*")
    browser_page.assert_accessible("case-study-index-filtered-subscribe")

    subscribe = tab.locator("main .subscribe")
    assert subscribe.inner_text().startswith("Subscribe")
    atom_href = subscribe.get_by_role("link", name="Atom").get_attribute("href")
    atom = tab.request.get(browser_page.base_url + atom_href)
    feed = feedparser.parse(atom.body())

    assert feed.bozo == 0 and feed.version == "atom10"
    assert feed.feed.title == 'Practice Commons: case studies tagged "waste"'
    assert [entry.title for entry in feed.entries] == ["Bin day lookup"]
