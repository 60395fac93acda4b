"""Demo and generated workstreams, case studies and projects, loaded through WorkstreamsConfig's hooks."""

import datetime

from django.contrib.auth import get_user_model

from network.generation import generated_item, generated_organisations
from network.models import Organisation, Person, ServiceArea
from network.services import child_page_get_or_create

from .choices import Phase
from .demo_data import CASE_STUDIES, PROJECTS, WORKSTREAMS
from .models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ProjectIndexPage,
    ProjectPage,
    WorkstreamIndexPage,
    WorkstreamMembership,
    WorkstreamPage,
)
from .services import workstream_leads_sync


def load_demo_workstreams(home) -> int:
    """Create the demo workstreams (with leads who can edit them), case studies and projects."""
    directory = _Directory()
    index, created = child_page_get_or_create(
        home,
        WorkstreamIndexPage,
        "workstreams",
        title="Workstreams",
        show_in_menus=True,
        intro="Groups of councils working on one theme together. Each is run by its leads.",
    )
    workstreams = {}
    for workstream in WORKSTREAMS:
        page, new = child_page_get_or_create(
            index, WorkstreamPage, workstream["slug"], **_workstream_fields(workstream, directory)
        )
        if new:
            workstream_leads_sync(page)
        workstreams[workstream["slug"]] = page
        created += new
    created += child_page_get_or_create(
        home,
        CaseStudyIndexPage,
        "case-studies",
        title="Case studies",
        show_in_menus=True,
        intro="What councils did, what it cost, what it saved and what they learned: ready to reuse.",
    )[1]
    for study in CASE_STUDIES:
        parent = workstreams[study["workstream"]]
        created += child_page_get_or_create(
            parent, CaseStudyPage, study["slug"], **_case_study_fields(study, directory)
        )[1]
    projects, new_index = child_page_get_or_create(
        home,
        ProjectIndexPage,
        "projects",
        title="Projects",
        show_in_menus=True,
        intro="Work in progress across the network, from discovery to live. Some are looking for partners.",
    )
    created += new_index
    case_studies = {page.slug: page for page in CaseStudyPage.objects.all()}
    for project in PROJECTS:
        parent = workstreams[project["workstream"]] if project["workstream"] else projects
        fields = _project_fields(project, directory, case_studies)
        created += child_page_get_or_create(parent, ProjectPage, project["slug"], **fields)[1]
    return created


class _Directory:
    """The demo's organisations, people and service areas, looked up by slug."""

    def __init__(self):
        self.organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
        self.people = {person.slug: person for person in Person.objects.all()}
        self.service_areas = {area.slug: area for area in ServiceArea.objects.all()}

    def organisations_for(self, slugs):
        return [self.organisations[slug] for slug in slugs]


def _workstream_fields(workstream: dict, directory: _Directory) -> dict:
    memberships = [
        WorkstreamMembership(
            person=_with_account(directory.people[slug]), role=WorkstreamMembership.Role.LEAD
        )
        for slug in workstream["leads"]
    ] + [
        WorkstreamMembership(person=directory.people[slug], role=WorkstreamMembership.Role.MEMBER)
        for slug in workstream["members"]
    ]
    return {
        "title": workstream["title"],
        "summary": workstream["summary"],
        "aims": "<ul>" + "".join(f"<li>{aim}</li>" for aim in workstream["aims"]) + "</ul>",
        "status": workstream["status"],
        "body": [("paragraph", f"<p>{paragraph}</p>") for paragraph in workstream["body"]],
        "memberships": memberships,
    }


def _with_account(person: Person) -> Person:
    """Give a demo lead a sign-in account (no usable password) so their rights are real."""
    if person.user_id is None:
        user = get_user_model().objects.create_user(person.slug, first_name=person.name)
        user.set_unusable_password()
        user.save()
        Person.objects.filter(pk=person.pk).update(user=user)
        person.user = user
    return person


def _case_study_fields(study: dict, directory: _Directory) -> dict:
    contact = directory.people.get(study["contact"])
    return {
        "title": study["title"],
        "summary": study["summary"],
        "date": datetime.date.fromisoformat(study["date"]),
        "tags": study["tags"],
        "problem": f"<p>{study['problem']}</p>",
        "approach": f"<p>{study['approach']}</p>",
        "outcomes": f"<p>{study['outcomes']}</p>",
        "cost": study["cost"],
        "savings_per_year": study["savings_per_year"],
        "users": study["users"],
        "lessons": "<ul>" + "".join(f"<li>{lesson}</li>" for lesson in study["lessons"]) + "</ul>",
        "organisations": directory.organisations_for(study["organisations"]),
        "reused_by": directory.organisations_for(study["reused_by"]),
        "service_area": directory.service_areas[study["service_area"]],
        "start_date": datetime.date.fromisoformat(study["start_date"]),
        "end_date": datetime.date.fromisoformat(study["end_date"]) if study["end_date"] else None,
        "contact": contact,
    }


def _project_fields(project: dict, directory: _Directory, case_studies: dict) -> dict:
    return {
        "title": project["title"],
        "summary": project["summary"],
        "date": datetime.date.fromisoformat(project["start_date"]),
        "tags": project["tags"],
        "phase": project["phase"],
        "lead_organisation": directory.organisations[project["lead_organisation"]],
        "partners": directory.organisations_for(project["partners"]),
        "partners_wanted": project["partners_wanted"],
        "funding_source": project["funding_source"],
        "budget": project["budget"],
        "repository_url": project["repository_url"],
        "service_area": directory.service_areas[project["service_area"]],
        "body": "".join(f"<p>{paragraph}</p>" for paragraph in project["body"]),
        "related_case_studies": [case_studies[slug] for slug in project["related_case_studies"]],
    }


def generate_workstream_content(home, count: int) -> None:
    """Add `count` made-up case studies and projects (half each) for benchmarks."""
    index, _ = child_page_get_or_create(home, WorkstreamIndexPage, "workstreams", title="Workstreams")
    workstream, _ = child_page_get_or_create(
        index,
        WorkstreamPage,
        "generated-workstream",
        title="Generated workstream",
        summary="Generated.",
        aims="<p>Generated.</p>",
    )
    child_page_get_or_create(home, CaseStudyIndexPage, "case-studies", title="Case studies")
    projects, _ = child_page_get_or_create(home, ProjectIndexPage, "projects", title="Projects")
    organisations = generated_organisations()
    service_areas = list(ServiceArea.objects.all()) or [
        ServiceArea.objects.create(name="Generated service", slug="generated-service")
    ]
    _generate_case_studies(workstream, count - count // 2, organisations, service_areas)
    _generate_projects(projects, count // 2, organisations, service_areas)


def _generate_case_studies(workstream, count: int, organisations: list, service_areas: list) -> None:
    start = CaseStudyPage.objects.filter(slug__startswith="generated-").count()
    for number in range(start, start + count):
        item = generated_item("case study", number, organisations)
        child_page_get_or_create(
            workstream,
            CaseStudyPage,
            f"generated-case-study-{number}",
            **item.page_fields(),
            problem=f"<p>{item.summary}</p>",
            approach=item.body_html,
            outcomes="<p>Generated outcomes.</p>",
            organisations=[item.organisation],
            service_area=item.rng.choice(service_areas),
        )


def _generate_projects(parent, count: int, organisations: list, service_areas: list) -> None:
    start = ProjectPage.objects.filter(slug__startswith="generated-").count()
    for number in range(start, start + count):
        item = generated_item("project", number, organisations)
        child_page_get_or_create(
            parent,
            ProjectPage,
            f"generated-project-{number}",
            **item.page_fields(),
            body=item.body_html,
            phase=item.rng.choice(Phase.values),
            lead_organisation=item.organisation,
            partners=[item.rng.choice(organisations)],
            service_area=item.rng.choice(service_areas),
        )
