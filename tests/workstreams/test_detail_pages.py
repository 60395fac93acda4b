"""Case study, project and workstream pages show what a reader needs to reuse the work."""

import json
import re

import pytest

from tests.factories import (
    CaseStudyDocumentFactory,
    CaseStudyPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPageFactory,
    WorkstreamMembershipFactory,
)
from workstreams.models import WorkstreamMembership


def json_ld(html: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


@pytest.fixture
def case_study(workstream):
    devon = OrganisationFactory(name="Devon County Council")
    study = CaseStudyPageFactory(
        parent=workstream,
        title="Bin day lookup",
        organisations=[devon],
        reused_by=[OrganisationFactory(name="Bristol City Council")],
        cost=12000,
        savings_per_year=45000,
        users=210000,
        lessons="<ul><li>Start with the address data.</li></ul>",
        contact=PersonFactory(name="Jo Contact", role="Web manager"),
        contact_email="jo@example.gov.uk",
        tags=["waste"],
    )
    CaseStudyDocumentFactory(page=study, document__title="Service assessment report")
    return study


def test_case_study_shows_every_part(client, case_study):
    html = client.get(case_study.url).content.decode()

    for text in (
        "The problem",
        "What was done",
        "Outcomes",
        "Lessons learned",
        "Start with the address data.",
        "Devon County Council",
        "Waste and recycling",
        "£12,000",
        "£45,000",
        "210,000",
        "Jo Contact",
        "jo@example.gov.uk",
        "Service assessment report",
        "Bristol City Council",
    ):
        assert text in html, text


def test_case_study_licence_defaults_to_ogl_and_says_how_to_reuse(client, case_study):
    html = client.get(case_study.url).content.decode()

    assert case_study.licence == "OGL-UK-3.0"
    assert 'rel="license">Open Government Licence v3.0</a>' in html
    assert "You may copy, adapt and republish it" in html
    assert "credit Devon County Council" in html


def test_case_study_carries_article_json_ld_breadcrumbs_and_open_graph(client, case_study):
    html = client.get(case_study.url).content.decode()
    data = json_ld(html)

    article = next(block for block in data if block["@type"] == "Article")
    assert article["headline"] == "Bin day lookup"
    assert article["license"].startswith("https://www.nationalarchives.gov.uk/doc/open-government-licence")
    breadcrumbs = next(block for block in data if block["@type"] == "BreadcrumbList")
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Home",
        "Workstreams",
        "Open data",
        "Bin day lookup",
    ]
    assert '<meta property="og:title" content="Bin day lookup">' in html
    assert f'<meta property="og:description" content="{case_study.summary}">' in html
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html


def test_project_page_shows_phase_partners_and_call_for_partners(client, project_index, case_study):
    project = ProjectPageFactory(
        parent=project_index,
        title="Open planning data",
        phase="beta",
        lead_organisation=OrganisationFactory(name="Leeds City Council"),
        partners=[OrganisationFactory(name="Hackney Council")],
        partners_wanted=True,
        funding_source="Local Digital Fund",
        budget=85000,
        repository_url="https://github.com/example-council/planning-data",
        related_case_studies=[case_study],
    )

    html = client.get(project.url).content.decode()

    for text in (
        "Beta",
        "Leeds City Council",
        "Hackney Council",
        "Partners wanted",
        "Local Digital Fund",
        "£85,000",
        "https://github.com/example-council/planning-data",
        "Bin day lookup",
    ):
        assert text in html, text
    assert (
        next(block for block in json_ld(html) if block["@type"] == "Project")["name"] == "Open planning data"
    )


def test_workstream_page_shows_leads_members_and_its_case_studies(
    client, workstream, case_study_index, case_study
):
    WorkstreamMembershipFactory(
        workstream=workstream, person__name="Lee Lead", role=WorkstreamMembership.Role.LEAD
    )
    WorkstreamMembershipFactory(workstream=workstream, person__name="Mo Member")

    html = client.get(workstream.url).content.decode()

    assert "Led by" in html and "Lee Lead" in html
    assert "Members" in html and "Mo Member" in html
    assert "Bin day lookup" in html
    assert 'href="/case-studies/?workstream=open-data"' in html
