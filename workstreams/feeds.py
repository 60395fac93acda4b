from django.shortcuts import get_object_or_404

from network.feeds import ContentFeed
from network.models import ContentPage

from .models import WorkstreamPage


class WorkstreamFeed(ContentFeed):
    """Everything published under one workstream."""

    def get_object(self, request, slug):
        return get_object_or_404(WorkstreamPage.objects.live().public(), slug=slug)

    def title(self, workstream):
        return f"Practice Commons: {workstream.title}"

    def description(self, workstream):
        return f"New case studies and projects in the {workstream.title} workstream, newest first."

    def listing(self, workstream):
        return ContentPage.objects.for_listing().descendant_of(workstream)
