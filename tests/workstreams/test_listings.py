"""Case study and project listings: combinable filters in the URL, pagination, forgiving input."""

import datetime

import pytest

from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    ServiceAreaFactory,
    WorkstreamPageFactory,
)


@pytest.fixture
def councils(db):
    return OrganisationFactory(name="Devon County Council", slug="devon"), OrganisationFactory(
        name="Bristol City Council", slug="bristol"
    )


@pytest.fixture
def case_studies(case_study_index, workstream, workstream_index, councils):
    devon, bristol = councils
    housing = ServiceAreaFactory(name="Housing", slug="housing")
    other_workstream = WorkstreamPageFactory(parent=workstream_index, title="Shared web", slug="shared-web")
    return {
        "bins": CaseStudyPageFactory(
            parent=workstream,
            title="Bin day lookup",
            organisations=[devon],
            tags=["waste", "open data"],
            date=datetime.date(2023, 5, 1),
        ),
        "repairs": CaseStudyPageFactory(
            parent=workstream,
            title="Housing repairs online",
            organisations=[bristol],
            reused_by=[devon],
            service_area=housing,
            tags=["housing"],
            date=datetime.date(2024, 2, 1),
        ),
        "website": CaseStudyPageFactory(
            parent=other_workstream,
            title="Shared council website",
            organisations=[bristol],
            tags=["open data"],
            date=datetime.date(2024, 9, 1),
        ),
    }


def titles(response) -> list[str]:
    return [item.title for item in response.context["items"]]


def test_listing_shows_every_case_study_newest_first(client, case_studies):
    response = client.get("/case-studies/")

    assert titles(response) == ["Shared council website", "Housing repairs online", "Bin day lookup"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"tag": "open-data"}, ["Shared council website", "Bin day lookup"]),
        ({"organisation": "devon"}, ["Housing repairs online", "Bin day lookup"]),
        ({"service_area": "housing"}, ["Housing repairs online"]),
        ({"workstream": "shared-web"}, ["Shared council website"]),
        ({"year": "2024"}, ["Shared council website", "Housing repairs online"]),
        ({"tag": "open-data", "organisation": "bristol"}, ["Shared council website"]),
        ({"tag": "open-data", "year": "2023", "workstream": "open-data"}, ["Bin day lookup"]),
    ],
)
def test_filters_narrow_the_list_and_combine(client, case_studies, query, expected):
    assert titles(client.get("/case-studies/", query)) == expected


def test_filter_form_keeps_the_chosen_values_in_the_url(client, case_studies):
    html = client.get("/case-studies/", {"tag": "housing"}).content.decode()

    assert '<option value="housing" selected>housing</option>' in html
    assert "[invalid name]" not in html
    for label in ("Tag", "Organisation", "Year", "Service area", "Workstream"):
        assert f">{label}</label>" in html
    assert "Clear filters" in html


def test_no_match_says_so_and_offers_to_clear_filters(client, case_studies):
    html = client.get("/case-studies/", {"tag": "housing", "year": "2023"}).content.decode()

    assert "No case studies match these filters." in html
    assert '<a href="/case-studies/">Clear the filters</a>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"tag": "no-such-tag"},
        {"organisation": "x" * 500},
        {"year": "twenty"},
        {"year": "99999999999999999999"},
        {"service_area": "'; DROP TABLE x; --"},
        {"workstream": "\x00"},
        {"page": "-1"},
        {"page": "9999"},
        {"page": "abc"},
        {"phase": "gamma"},
    ],
)
def test_invalid_filters_and_pages_are_ignored_not_errors(client, case_studies, query):
    response = client.get("/case-studies/", query)

    assert response.status_code == 200
    assert len(titles(response)) >= 1


def test_invalid_filter_value_is_explained(client, case_studies):
    html = client.get("/case-studies/", {"tag": "no-such-tag"}).content.decode()

    assert "That tag is not one we know, so it was ignored." in html


def test_listing_is_paginated(client, case_study_index, workstream, councils):
    CaseStudyPageFactory.create_batch(25, parent=workstream, organisations=[councils[0]])

    first, second = client.get("/case-studies/"), client.get("/case-studies/", {"page": 2})

    assert len(first.context["items"]) == 20 and len(second.context["items"]) == 5
    assert 'href="?page=2"' in first.content.decode()


def test_project_listing_filters_by_phase_and_lead_or_partner(client, project_index, councils):
    devon, bristol = councils
    ProjectPageFactory(parent=project_index, title="Planning data", phase="alpha", lead_organisation=devon)
    ProjectPageFactory(
        parent=project_index, title="Shared forms", phase="beta", lead_organisation=bristol, partners=[devon]
    )

    assert titles(client.get("/projects/", {"phase": "beta"})) == ["Shared forms"]
    assert sorted(titles(client.get("/projects/", {"organisation": "devon"}))) == [
        "Planning data",
        "Shared forms",
    ]
    assert titles(client.get("/projects/", {"organisation": "bristol", "phase": "alpha"})) == []


def test_drafts_are_not_listed(client, case_study_index, workstream, councils):
    CaseStudyPageFactory(parent=workstream, title="Unfinished", live=False, organisations=[councils[0]])

    assert titles(client.get("/case-studies/")) == []
