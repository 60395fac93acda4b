"""A workstream's leads may edit and publish its pages, and nothing else."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from tests.factories import (
    CaseStudyPageFactory,
    PersonFactory,
    UserFactory,
    WorkstreamMembershipFactory,
    WorkstreamPageFactory,
)
from workstreams.models import WorkstreamMembership
from workstreams.services import workstream_leads_sync


def make_lead(workstream, user=None):
    person = PersonFactory(user=user or UserFactory())
    WorkstreamMembershipFactory(workstream=workstream, person=person, role=WorkstreamMembership.Role.LEAD)
    workstream_leads_sync(workstream)
    return person


@pytest.fixture
def two_workstreams(workstream_index):
    first = WorkstreamPageFactory(parent=workstream_index, title="Open data")
    second = WorkstreamPageFactory(parent=workstream_index, title="Shared web platform")
    return first, second


def test_creating_a_workstream_creates_its_leads_group(two_workstreams):
    first, _ = two_workstreams

    assert Group.objects.filter(name="Open data leads").exists()
    first.refresh_from_db()
    assert first.leads_group.name == "Open data leads"


def test_renaming_a_workstream_renames_its_group(two_workstreams):
    first, _ = two_workstreams

    first.title = "Open data and standards"
    first.save()

    first.refresh_from_db()
    assert first.leads_group.name == "Open data and standards leads"


def test_lead_with_account_joins_the_group_and_leaves_when_no_longer_lead(two_workstreams):
    first, _ = two_workstreams
    lead = make_lead(first)

    assert first.leads_group.user_set.filter(pk=lead.user.pk).exists()

    WorkstreamMembership.objects.filter(person=lead).update(role=WorkstreamMembership.Role.MEMBER)
    workstream_leads_sync(first)
    assert not first.leads_group.user_set.filter(pk=lead.user.pk).exists()


def test_a_lead_given_an_account_later_joins_the_group(two_workstreams):
    first, _ = two_workstreams
    person = PersonFactory()
    WorkstreamMembershipFactory(workstream=first, person=person, role=WorkstreamMembership.Role.LEAD)
    workstream_leads_sync(first)

    person.user = UserFactory()
    person.save()

    assert first.leads_group.user_set.filter(pk=person.user.pk).exists()


def test_publishing_the_workstream_syncs_its_leads(two_workstreams):
    """Leads added in the editor take effect when the page is published."""
    first, _ = two_workstreams
    user = UserFactory()
    first.memberships.add(
        WorkstreamMembership(person=PersonFactory(user=user), role=WorkstreamMembership.Role.LEAD)
    )
    first.save_revision().publish()

    assert first.leads_group.user_set.filter(pk=user.pk).exists()


def test_lead_may_edit_and_publish_own_workstream_pages_only(two_workstreams, home_page):
    first, second = two_workstreams
    own_case_study = CaseStudyPageFactory(parent=first)
    other_case_study = CaseStudyPageFactory(parent=second)
    user = make_lead(first).user

    for page in (first, own_case_study):
        permissions = page.permissions_for_user(user)
        assert permissions.can_edit() and permissions.can_publish() and permissions.can_lock()
    assert first.permissions_for_user(user).can_add_subpage()
    for page in (second, other_case_study, home_page, Page.objects.get(pk=home_page.pk)):
        permissions = page.permissions_for_user(user)
        assert not permissions.can_edit() and not permissions.can_publish()


def test_lead_gets_the_editor_for_own_pages_and_is_refused_others(client, two_workstreams):
    first, second = two_workstreams
    own = CaseStudyPageFactory(parent=first)
    other = CaseStudyPageFactory(parent=second)
    client.force_login(make_lead(first).user)

    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    refused = client.get(f"/admin/pages/{other.pk}/edit/")
    assert refused.status_code in {302, 403}
    if refused.status_code == 302:
        assert "Sorry, you do not have permission" in client.get(refused.url).content.decode()
