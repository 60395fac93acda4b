from django.urls import path

from . import suggest, views

app_name = "search"
urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", suggest.suggest, name="suggest"),
]
