"""Factories for every model, in one place. Pages need a parent: pass `parent=`."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, FeedSource, ImportedEntry
from network.models import EventIndexPage, EventPage, HomePage, Organisation, Person, ServiceArea
from workstreams.models import (
    CaseStudyDocument,
    CaseStudyIndexPage,
    CaseStudyPage,
    ProjectIndexPage,
    ProjectPage,
    WorkstreamIndexPage,
    WorkstreamMembership,
    WorkstreamPage,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.uk")
    password = factory.django.Password("correct horse battery staple")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Borsetshire Council {n}")
    slug = factory.Sequence(lambda n: f"borsetshire-council-{n}")
    type = Organisation.Type.COUNTY
    region = "south-west"
    website = "https://www.example.gov.uk"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Alex Practitioner {n}")
    slug = factory.Sequence(lambda n: f"alex-practitioner-{n}")
    role = "Service designer"
    organisation = factory.SubFactory(OrganisationFactory)


class ServiceAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceArea
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Service area {n}")
    slug = factory.Sequence(lambda n: f"service-area-{n}")


class TaggedPageFactory(wagtail_factories.PageFactory):
    """A content page factory that takes tags=[names]."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, names, **kwargs):
        if names:
            page.tags.add(*names)
            page.save()


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Practice Commons"


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"


class BlogPageFactory(TaggedPageFactory):
    class Meta:
        model = BlogPage

    title = factory.Sequence(lambda n: f"What we learned from project {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    summary = factory.Faker("sentence", nb_words=12)


class BlogPageAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlogPageAuthor

    page = factory.SubFactory(BlogPageFactory)
    person = factory.SubFactory(PersonFactory)


class FeedSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedSource

    name = factory.Sequence(lambda n: f"Council blog {n}")
    feed_url = factory.Sequence(lambda n: f"https://blog{n}.example.gov.uk/feed/")


class ImportedEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportedEntry

    source = factory.SubFactory(FeedSourceFactory)
    guid = factory.Sequence(lambda n: f"entry-{n}")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(TaggedPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Council meetup {n}")
    summary = "Practitioners meet to share what they built."
    start = factory.Sequence(lambda n: timezone.now() + datetime.timedelta(days=n + 1))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue = "Exeter Library, Castle Street, Exeter"


class WorkstreamIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkstreamIndexPage

    title = "Workstreams"
    slug = "workstreams"


class WorkstreamPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkstreamPage

    title = factory.Sequence(lambda n: f"Workstream {n}")
    summary = "Councils working together on one theme."
    aims = "<ul><li>Share what works.</li></ul>"


class WorkstreamMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkstreamMembership

    workstream = factory.SubFactory(WorkstreamPageFactory)
    person = factory.SubFactory(PersonFactory)
    role = WorkstreamMembership.Role.MEMBER


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Case studies"
    slug = "case-studies"


class CaseStudyPageFactory(TaggedPageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Shared bin day lookup {n}")
    summary = "A bin day lookup that three councils now share."
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(days=n))
    problem = "<p>Residents phoned to ask which day their bins were collected.</p>"
    approach = "<p>We built a lookup on open address data.</p>"
    outcomes = "<p>Calls about bin days fell by half.</p>"
    service_area = factory.SubFactory(
        ServiceAreaFactory, name="Waste and recycling", slug="waste-and-recycling"
    )


class CaseStudyDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseStudyDocument

    page = factory.SubFactory(CaseStudyPageFactory)
    document = factory.SubFactory(wagtail_factories.DocumentFactory)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Projects"
    slug = "projects"


class ProjectPageFactory(TaggedPageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Open planning data {n}")
    summary = "Publishing planning applications as open data."
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    phase = "alpha"
    lead_organisation = factory.SubFactory(OrganisationFactory)
