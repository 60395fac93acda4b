"""Every page type in a real browser: no axe-core violations, no CSP violations, usable by keyboard."""

import pytest

from tests.factories import BlogIndexPageFactory, BlogPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def blog_post(site_home):
    index = BlogIndexPageFactory(parent=site_home, show_in_menus=True)
    return BlogPageFactory(
        parent=index,
        title="Sharing a waste collection app",
        summary="How three councils reused one app.",
        body=[("heading", "What we did"), ("paragraph", "<p>We shared the code.</p>")],
    )


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home", "/"),
        ("blog-index", "/blog/"),
        ("blog-post", "/blog/sharing-a-waste-collection-app/"),
        ("search-results", "/search/?q=waste"),
        ("search-no-results", "/search/?q=zzzzqqq"),
        ("search-error", "/search/?q=" + "x" * 300),
        ("not-found", "/no-such-page/"),
    ],
)
def test_site_page_is_accessible_under_the_content_security_policy(browser_page, blog_post, name, path):
    browser_page.open(path)

    browser_page.assert_accessible(name)
    browser_page.assert_no_csp_violations()


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(browser_page, blog_post):
    tab = browser_page.tab
    browser_page.open("/")

    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Skip to main content"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main-content"


def test_layout_fits_a_phone_screen(browser, live_server, blog_post):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    tab = context.new_page()
    tab.goto(live_server.url + "/")

    tab.screenshot(path="test-artifacts/home-phone.png", full_page=True)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_print_style_hides_navigation(browser_page, blog_post):
    tab = browser_page.tab
    browser_page.open("/blog/sharing-a-waste-collection-app/")
    tab.emulate_media(media="print")

    assert not tab.locator(".site-nav").is_visible()
    assert tab.locator("h1").is_visible()
