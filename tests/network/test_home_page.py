from tests.factories import BlogPageFactory
from tests.helpers import count_queries


def test_home_page_lists_latest_blog_posts_newest_first(client, blog_index):
    """The home page shows the newest posts of each type, newest first."""
    older = BlogPageFactory(parent=blog_index, title="Older post", date="2024-01-01")
    newer = BlogPageFactory(parent=blog_index, title="Newer post", date="2024-06-01")

    html = client.get("/").content.decode()

    assert "Latest blog posts" in html
    assert html.index(newer.title) < html.index(older.title)


def test_home_page_leaves_out_drafts(client, blog_index):
    """An unpublished post is not on the home page."""
    BlogPageFactory(parent=blog_index, title="Still a draft", live=False)

    assert "Still a draft" not in client.get("/").content.decode()


def test_home_page_says_when_nothing_is_shared_yet(client, home_page):
    assert "Nothing has been shared yet." in client.get("/").content.decode()


def test_navigation_marks_the_current_section(client, blog_index):
    html = client.get("/blog/").content.decode()

    assert '<a class="site-nav__link" href="/blog/" aria-current="page">Blog</a>' in html


def test_home_page_query_count_does_not_grow_with_content(client, blog_index):
    """The home page costs the same number of queries whatever the amount of content."""
    BlogPageFactory.create_batch(3, parent=blog_index)
    few = count_queries(client, "/")

    BlogPageFactory.create_batch(30, parent=blog_index)

    assert count_queries(client, "/") <= few
