import pytest
from django.core.cache import cache

from network.services import home_page_get_or_create

from .factories import (
    BlogIndexPageFactory,
    CaseStudyIndexPageFactory,
    EventIndexPageFactory,
    ProjectIndexPageFactory,
    WorkstreamIndexPageFactory,
    WorkstreamPageFactory,
)


@pytest.fixture
def home_page(db):
    """The site's home page, as `load_demo` creates it, serving every host."""
    return home_page_get_or_create()


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def workstream_index(home_page):
    return WorkstreamIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def workstream(workstream_index):
    return WorkstreamPageFactory(parent=workstream_index, title="Open data", slug="open-data")


@pytest.fixture
def case_study_index(home_page):
    return CaseStudyIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def project_index(home_page):
    return ProjectIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (the search vocabulary is cached, for one)."""
    cache.clear()
