"""Operations on the site's structure that commands and tests share."""

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_PAGE_INTRO = (
    "<p>Practice Commons is where council digital practitioners share what they have built, "
    "so that the next council can reuse it instead of building it again.</p>"
)


@transaction.atomic
def home_page_get_or_create() -> HomePage:
    """Return the home page, creating it (and the page tree's root) when missing, as the default site."""
    home = HomePage.objects.first()
    if home is None:
        home = _create_home_page(_page_tree_root())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Practice Commons"},
    )
    return home


def _page_tree_root() -> Page:
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def _create_home_page(root: Page) -> HomePage:
    # A new Wagtail database starts with a placeholder "Welcome" page holding the slug "home".
    placeholder = root.get_children().filter(slug="home").first()
    if placeholder is not None:
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()
        root.refresh_from_db()
    home = HomePage(title="Practice Commons", slug="home", intro=HOME_PAGE_INTRO, locale=root.locale)
    return root.add_child(instance=home)


def child_page_get_or_create(
    parent: Page, model: type[Page], slug: str, tags: list[str] = (), **fields
) -> tuple[Page, bool]:
    """Return the parent's child page of this type and slug, creating it with `fields` if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    if tags:
        page.tags.add(*tags)
    return parent.add_child(instance=page), True
