"""No listing, tag, organisation or detail page runs more SQL queries with 200 items than with 10."""

import datetime

from django.utils import timezone

from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
)
from tests.helpers import count_queries


def add_items(count, council, workstream, project_index, event_index, blog_index):
    for number in range(count):
        tags = ["waste", f"topic {number % 7}"]
        CaseStudyPageFactory(
            parent=workstream, organisations=[council], reused_by=[OrganisationFactory()], tags=tags
        )
        ProjectPageFactory(
            parent=project_index, lead_organisation=council, partners=[OrganisationFactory()], tags=tags
        )
        days = number + 1 if number % 2 else -(number + 1)
        start = timezone.now() + datetime.timedelta(days=days)
        EventPageFactory(
            parent=event_index,
            organiser=council,
            tags=tags,
            start=start,
            end=start + datetime.timedelta(hours=2),
        )
        BlogPageFactory(parent=blog_index, tags=tags)


def test_query_counts_do_not_grow_with_items(
    client, home_page, workstream, case_study_index, project_index, event_index, blog_index
):
    council = OrganisationFactory(slug="devon")
    add_items(10, council, workstream, project_index, event_index, blog_index)
    first_case_study = workstream.get_children().first().specific
    first_project = project_index.get_children().first().specific
    first_event = event_index.get_children().first().specific
    urls = [
        "/",
        "/case-studies/",
        "/case-studies/?tag=waste&organisation=devon&year=2023",
        "/projects/",
        "/projects/?phase=alpha&organisation=devon",
        "/events/",
        "/events/?when=past",
        "/blog/",
        "/workstreams/",
        workstream.url,
        "/tags/",
        "/tags/waste/",
        "/organisations/",
        "/organisations/devon/",
        first_case_study.url,
        first_project.url,
        first_event.url,
    ]
    with_ten = {url: count_queries(client, url) for url in urls}

    add_items(190, council, workstream, project_index, event_index, blog_index)
    with_two_hundred = {url: count_queries(client, url) for url in urls}

    grown = {
        url: (with_ten[url], with_two_hundred[url]) for url in urls if with_two_hundred[url] > with_ten[url]
    }
    assert grown == {}
