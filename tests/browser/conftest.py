"""A real Chromium (Debian's, never a downloaded one) driven by Playwright against the live server."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from network.services import home_page_get_or_create
from tests.factories import UserFactory

# Playwright's sync API runs an event loop in the test's thread; the ORM calls made by
# fixtures in that thread are still synchronous, so Django may allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: `make browser` installs Debian's Chromium."
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class BrowserPage:
    """A browser tab on the live server that records console errors, such as CSP violations."""

    def __init__(self, tab, base_url: str):
        self.tab = tab
        self.base_url = base_url
        self.console_errors: list[str] = []
        tab.on(
            "console", lambda message: message.type == "error" and self.console_errors.append(message.text)
        )

    def open(self, path: str):
        return self.tab.goto(self.base_url + path)

    def assert_accessible(self, name: str) -> None:
        """Save a screenshot under test-artifacts/ and assert axe-core finds no violations."""
        ARTIFACTS.mkdir(exist_ok=True)
        self.tab.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
        results = Axe().run(self.tab)
        assert results.violations_count == 0, results.generate_report()

    def assert_no_csp_violations(self) -> None:
        violations = [error for error in self.console_errors if "Content Security Policy" in error]
        assert violations == []


@pytest.fixture
def browser_page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield BrowserPage(context.new_page(), live_server.url)
    context.close()


@pytest.fixture
def site_home(transactional_db):
    return home_page_get_or_create()


@pytest.fixture
def admin_user(transactional_db):
    return UserFactory(username="lead", is_staff=True, is_superuser=True)
