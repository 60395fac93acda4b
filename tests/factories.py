"""Factories for every model, in one place. Pages need a parent: pass `parent=`."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from blog.models import BlogIndexPage, BlogPage
from network.models import HomePage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.uk")
    password = factory.django.Password("correct horse battery staple")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Practice Commons"


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"


class BlogPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogPage

    title = factory.Sequence(lambda n: f"What we learned from project {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    intro = factory.Faker("sentence", nb_words=12)
