"""The directory: each organisation's page gathers everything it shared or took part in."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPageFactory,
    UserFactory,
)


@pytest.fixture
def devon(db):
    return OrganisationFactory(name="Devon County Council", slug="devon", gss_code="E10000008")


def test_organisation_page_gathers_its_work_and_people(
    client, devon, workstream, project_index, event_index, blog_index
):
    CaseStudyPageFactory(parent=workstream, title="Study by Devon", organisations=[devon])
    CaseStudyPageFactory(
        parent=workstream,
        title="Study Devon reused",
        organisations=[OrganisationFactory()],
        reused_by=[devon],
    )
    ProjectPageFactory(parent=project_index, title="Project Devon leads", lead_organisation=devon)
    ProjectPageFactory(parent=project_index, title="Project Devon partners", partners=[devon])
    EventPageFactory(parent=event_index, title="Devon meetup", organiser=devon)
    BlogPageFactory(parent=blog_index, title="Post from Devon", organisation=devon)
    PersonFactory(name="Sam Example", organisation=devon)
    CaseStudyPageFactory(
        parent=workstream, title="Study by another council", organisations=[OrganisationFactory()]
    )

    html = client.get("/organisations/devon/").content.decode()

    for title in (
        "Study by Devon",
        "Study Devon reused",
        "Project Devon leads",
        "Project Devon partners",
        "Devon meetup",
        "Sam Example",
    ):
        assert title in html
    assert "Study by another council" not in html


def test_organisation_page_carries_organization_json_ld(client, devon):
    html = client.get("/organisations/devon/").content.decode()

    blocks = [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]
    organisation = next(block for block in blocks if block["@type"] == "GovernmentOrganization")
    assert organisation["name"] == "Devon County Council"
    assert organisation["identifier"]["value"] == "E10000008"


def test_unknown_organisation_is_a_404(client, db):
    assert client.get("/organisations/nowhere/").status_code == 404


def test_gss_code_must_look_like_one(db):
    with pytest.raises(ValidationError, match="GSS code"):
        OrganisationFactory.build(gss_code="12345").full_clean()


def test_admin_lists_organisations_with_search_and_filters(client, devon):
    OrganisationFactory(name="Hackney Council", slug="hackney", type="london-borough", region="london")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    by_type = client.get("/admin/network/organisation/", {"type": "london-borough"}).content.decode()
    by_search = client.get("/admin/network/organisation/", {"q": "Devon"}).content.decode()

    assert "Hackney Council" in by_type and "Devon County Council" not in by_type
    assert "Devon County Council" in by_search and "Hackney Council" not in by_search
    assert client.get("/admin/network/organisation/", {"region": "london"}).status_code == 200
