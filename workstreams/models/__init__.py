from .case_study import CaseStudyDocument, CaseStudyIndexPage, CaseStudyPage, CaseStudyPageQuerySet
from .project import ProjectIndexPage, ProjectPage, ProjectPageQuerySet
from .workstream import WorkstreamIndexPage, WorkstreamMembership, WorkstreamPage

__all__ = [
    "CaseStudyDocument",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyPageQuerySet",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageQuerySet",
    "WorkstreamIndexPage",
    "WorkstreamMembership",
    "WorkstreamPage",
]
