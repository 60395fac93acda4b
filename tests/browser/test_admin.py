"""The Wagtail admin works under the site's Content-Security-Policy and its login page is accessible."""

import pytest

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
