"""The site header's search suggestions in a real browser: by keyboard, accessible, and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.factories import BlogIndexPageFactory, BlogPageFactory, OrganisationFactory

pytestmark = pytest.mark.browser

POST_URL = "/blog/sharing-a-waste-collection-app/"


@pytest.fixture
def waste_content(site_home):
    index = BlogIndexPageFactory(parent=site_home, show_in_menus=True)
    BlogPageFactory(
        parent=index,
        title="Sharing a waste collection app",
        summary="How three councils reused one app.",
        tags=["waste"],
    )
    OrganisationFactory(name="Wastershire District Council", slug="wastershire")


def type_in_site_search(browser_page, text: str):
    """Open the home page, type into the header's search and wait for the suggestions."""
    browser_page.open("/")
    field = browser_page.tab.get_by_role("combobox", name="Search Practice Commons")
    field.press_sequentially(text, delay=20)
    expect(browser_page.tab.get_by_role("listbox", name="Search suggestions")).to_be_visible()
    return field


def test_typing_shows_and_announces_suggestions_of_each_kind(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")
    tab = browser_page.tab

    expect(tab.get_by_role("option")).to_have_text(
        [
            "Sharing a waste collection app, Blog post",
            "Wastershire District Council, Organisation",
            "waste, Tag",
        ]
    )
    expect(field).to_have_attribute("aria-expanded", "true")
    announcement = "3 suggestions. Use the up and down arrow keys to choose one."
    expect(tab.get_by_role("status")).to_have_text(announcement)


def test_open_list_is_accessible_under_the_content_security_policy(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")
    field.press("ArrowDown")

    browser_page.assert_accessible("search-suggestions-open")
    browser_page.assert_no_csp_violations()


def test_arrow_keys_choose_a_suggestion_and_enter_follows_it(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")
    options = browser_page.tab.get_by_role("option")

    field.press("ArrowDown")
    field.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    field.press("ArrowUp")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    expect(options.nth(1)).to_have_attribute("aria-selected", "false")
    expect(field).to_have_attribute("aria-activedescendant", options.nth(0).get_attribute("id"))
    field.press("Enter")

    browser_page.tab.wait_for_url(f"**{POST_URL}")


def test_up_from_the_input_wraps_round_to_the_last_suggestion(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")

    field.press("ArrowUp")

    expect(browser_page.tab.get_by_role("option").last).to_have_attribute("aria-selected", "true")


def test_escape_closes_the_list_and_keeps_the_text(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")
    field.press("ArrowDown")

    field.press("Escape")

    expect(browser_page.tab.get_by_role("listbox", name="Search suggestions")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    assert field.get_attribute("aria-activedescendant") is None
    expect(field).to_have_value("wast")


def test_enter_without_choosing_submits_the_typed_search(browser_page, waste_content):
    field = type_in_site_search(browser_page, "wast")

    field.press("Enter")

    browser_page.tab.wait_for_url("**/search/?q=wast")


def test_clicking_a_suggestion_follows_it(browser_page, waste_content):
    type_in_site_search(browser_page, "wast")

    browser_page.tab.get_by_role("option", name="Wastershire District Council").click()

    browser_page.tab.wait_for_url("**/organisations/wastershire/")


def test_typing_quickly_asks_once_for_the_last_text(browser_page, waste_content):
    asked = []
    browser_page.tab.on("request", lambda request: asked.append(request.url))

    type_in_site_search(browser_page, "waste co")
    expect(browser_page.tab.get_by_role("option")).to_have_count(1)

    assert [url for url in asked if "/search/suggest/" in url] == [
        f"{browser_page.base_url}/search/suggest/?q=waste+co"
    ]


def test_without_javascript_the_form_is_a_plain_search(browser, live_server, waste_content):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + "/")

    field = tab.get_by_role("searchbox", name="Search Practice Commons")
    field.fill("waste")
    field.press("Enter")

    tab.wait_for_url("**/search/?q=waste")
    expect(tab.get_by_role("combobox")).to_have_count(0)
    context.close()


def test_an_answer_that_arrives_after_a_newer_one_is_ignored(browser_page, waste_content):
    tab = browser_page.tab
    held_back = []
    tab.route(lambda url: url.endswith("/search/suggest/?q=wast"), lambda route: held_back.append(route))
    browser_page.open("/")
    field = tab.get_by_role("combobox", name="Search Practice Commons")
    with tab.expect_request(lambda request: request.url.endswith("q=wast")):
        field.press_sequentially("wast")
    field.press_sequentially("e co")
    expect(tab.get_by_role("option")).to_have_count(1)

    held_back[0].continue_()
    # Nothing to wait for when the page rightly drops the late answer: give it time to arrive.
    tab.wait_for_timeout(500)

    expect(tab.get_by_role("option")).to_have_text(["Sharing a waste collection app, Blog post"])
