import pytest

from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPageFactory,
    ServiceAreaFactory,
    WorkstreamPageFactory,
)


@pytest.fixture
def search_json(client):
    """Return the JSON answer of a search with the given parameters (which must succeed)."""

    def search(**params):
        response = client.get("/search/", {**params, "format": "json"})
        assert response.status_code == 200, response.content
        return response.json()

    return search


def titles(data) -> list[str]:
    return [result["title"] for result in data["results"]]


@pytest.fixture
def everything_about_compost(home_page, blog_index, event_index, workstream_index, project_index):
    """One item of every searchable type that mentions compost, and one that does not."""
    workstream = WorkstreamPageFactory(
        parent=workstream_index, title="Compost and food waste", slug="compost"
    )
    council = OrganisationFactory(name="Compost Valley Council", slug="compost-valley")
    other = OrganisationFactory(name="Elsewhere Borough Council", slug="elsewhere")
    waste = ServiceAreaFactory(name="Waste and recycling", slug="waste-and-recycling")
    return {
        "case_study": CaseStudyPageFactory(
            parent=workstream,
            title="Home compost bins",
            summary="Free compost bins for residents.",
            date="2024-05-01",
            service_area=waste,
            organisations=[council],
            tags=["waste", "compost"],
        ),
        "project": ProjectPageFactory(
            parent=project_index,
            title="Compost collection pilot",
            summary="Trying food compost collection rounds.",
            date="2025-02-01",
            phase="beta",
            lead_organisation=council,
            service_area=waste,
            tags=["waste"],
        ),
        "blog_post": BlogPageFactory(
            parent=blog_index,
            title="What compost taught us",
            summary="Lessons from a year of composting.",
            date="2023-03-01",
            organisation=other,
            tags=["compost"],
        ),
        "event": EventPageFactory(
            parent=event_index, title="Compost meetup", summary="Meet other compost people.", tags=["compost"]
        ),
        "workstream": workstream,
        "organisation": council,
        "person": PersonFactory(name="Rosa Compost", organisation=council),
        "unrelated": BlogPageFactory(parent=blog_index, title="Housing repairs online", summary="Repairs."),
    }
