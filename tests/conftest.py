import pytest

from network.services import home_page_get_or_create

from .factories import BlogIndexPageFactory


@pytest.fixture
def home_page(db):
    """The site's home page, as `load_demo` creates it, serving every host."""
    return home_page_get_or_create()


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page, show_in_menus=True)
