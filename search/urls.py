from django.urls import path

from network.feeds import atom_variant, feed_view

from . import suggest, views
from .feeds import SearchFeed

app_name = "search"
urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", suggest.suggest, name="suggest"),
    path("rss/", feed_view(SearchFeed), name="feed_rss"),
    path("atom/", feed_view(atom_variant(SearchFeed)), name="feed_atom"),
]
