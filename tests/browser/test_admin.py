"""The Wagtail admin under the site's Content-Security-Policy: login, publishing, and leads' limits."""

import pytest

from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    PersonFactory,
    UserFactory,
    WorkstreamIndexPageFactory,
    WorkstreamMembershipFactory,
    WorkstreamPageFactory,
)
from workstreams.models import WorkstreamMembership
from workstreams.services import workstream_leads_sync

pytestmark = pytest.mark.browser


def sign_in(browser_page, user):
    tab = browser_page.tab
    browser_page.open("/admin/login/")
    tab.fill("#id_username", user.username)
    tab.fill("#id_password", "correct horse battery staple")
    tab.click("button[type=submit]")
    tab.wait_for_url("**/admin/")


def test_admin_login_is_accessible(browser_page, site_home):
    browser_page.open("/admin/login/")

    browser_page.assert_accessible("admin-login")
    browser_page.assert_no_csp_violations()


def test_editor_can_open_and_publish_the_home_page(browser_page, site_home, admin_user):
    """Dashboard, page editor and publishing all run under the admin policy."""
    sign_in(browser_page, admin_user)
    tab = browser_page.tab

    browser_page.open(f"/admin/pages/{site_home.pk}/edit/")
    tab.fill("#id_title", "Practice Commons network")
    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name="Publish").click()
    tab.get_by_text("has been published").wait_for()
    tab.screenshot(path="test-artifacts/admin-after-publish.png")

    browser_page.assert_no_csp_violations()
    site_home.refresh_from_db()
    assert site_home.title == "Practice Commons network"


def test_lead_publishes_in_own_workstream_and_is_refused_another(browser_page, site_home):
    index = WorkstreamIndexPageFactory(parent=site_home)
    own, other = WorkstreamPageFactory(parent=index), WorkstreamPageFactory(parent=index)
    council = OrganisationFactory()
    own_study = CaseStudyPageFactory(parent=own, organisations=[council], title="Draft study", live=False)
    other_study = CaseStudyPageFactory(parent=other, organisations=[council])
    lead = UserFactory(username="lead-of-own")
    WorkstreamMembershipFactory(
        workstream=own, person=PersonFactory(user=lead), role=WorkstreamMembership.Role.LEAD
    )
    workstream_leads_sync(own)
    sign_in(browser_page, lead)
    tab = browser_page.tab

    browser_page.open(f"/admin/pages/{own_study.pk}/edit/")
    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name="Publish").click()
    tab.get_by_text("has been published").wait_for()
    browser_page.open(f"/admin/pages/{other_study.pk}/edit/")

    assert tab.get_by_text("Sorry, you do not have permission to access this area.").is_visible()
    tab.screenshot(path="test-artifacts/admin-lead-refused.png")
    own_study.refresh_from_db()
    assert own_study.live
