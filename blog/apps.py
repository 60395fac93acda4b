from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"

    def load_demo_content(self, home_page) -> int:
        from .demo import load_demo_blog

        return load_demo_blog(home_page)

    def generate_content(self, home_page, count: int) -> None:
        from .demo import generate_blog_posts

        generate_blog_posts(home_page, count)
