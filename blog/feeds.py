from django.shortcuts import get_object_or_404

from network.feeds import ContentFeed
from network.models import Person

from .models import BlogPage


class AuthorFeed(ContentFeed):
    """Every published post one person wrote."""

    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, person):
        return f"Practice Commons: posts by {person.name}"

    def description(self, person):
        return f"Blog posts by {person.name} on Practice Commons, newest first."

    def listing(self, person):
        return BlogPage.objects.for_listing().by_author(person)
