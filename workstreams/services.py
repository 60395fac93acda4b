"""Workstream leads' rights: a Wagtail group per workstream, with edit rights on its subtree only."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from .models import WorkstreamMembership, WorkstreamPage

LEAD_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page"]
# Leads attach images and documents to their case studies.
LEAD_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def leads_group_name(workstream: WorkstreamPage) -> str:
    return f"{workstream.title} leads"[:150]


@transaction.atomic
def workstream_leads_group_ensure(workstream: WorkstreamPage) -> Group:
    """Return the workstream's leads group, creating it with its rights, or renaming it after the title."""
    if workstream.leads_group_id:
        group = Group.objects.get(pk=workstream.leads_group_id)
        if group.name != leads_group_name(workstream):
            group.name = _unused_group_name(workstream)
            group.save(update_fields=["name"])
        return group

    group = Group.objects.create(name=_unused_group_name(workstream))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in LEAD_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.create(group=group, page=workstream, permission=permission)
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for app_label, codename in LEAD_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.create(
            group=group, collection=root_collection, permission=permission
        )
    WorkstreamPage.objects.filter(pk=workstream.pk).update(leads_group=group)
    workstream.leads_group = group
    return group


def _unused_group_name(workstream: WorkstreamPage) -> str:
    name = leads_group_name(workstream)
    if Group.objects.filter(name=name).exclude(pk=workstream.leads_group_id).exists():
        return f"{name} ({workstream.pk})"
    return name


@transaction.atomic
def workstream_leads_sync(workstream: WorkstreamPage) -> None:
    """Make the leads group's members exactly the published leads who have a user account."""
    group = workstream_leads_group_ensure(workstream)
    lead_users = [
        membership.person.user
        for membership in WorkstreamMembership.objects.filter(
            workstream=workstream, role=WorkstreamMembership.Role.LEAD, person__user__isnull=False
        ).select_related("person__user")
    ]
    group.user_set.set(lead_users)


def workstreams_led_by_sync(person) -> None:
    """Re-sync the groups of every workstream the person leads (after their account changed)."""
    led = WorkstreamPage.objects.filter(
        memberships__person=person, memberships__role=WorkstreamMembership.Role.LEAD
    ).distinct()
    for workstream in led:
        workstream_leads_sync(workstream)
