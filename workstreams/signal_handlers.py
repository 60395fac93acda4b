from django.db.models.signals import post_save
from wagtail.signals import page_published

from network.models import Person

from .models import WorkstreamPage
from .services import workstream_leads_group_ensure, workstream_leads_sync, workstreams_led_by_sync


def ensure_leads_group(sender, instance, **kwargs):
    workstream_leads_group_ensure(instance)


def sync_leads_on_publish(sender, instance, **kwargs):
    # Memberships are saved to their table only when the page is published.
    workstream_leads_sync(instance)


def sync_leads_when_person_changes(sender, instance, **kwargs):
    workstreams_led_by_sync(instance)


def register_signal_handlers():
    post_save.connect(ensure_leads_group, sender=WorkstreamPage)
    page_published.connect(sync_leads_on_publish, sender=WorkstreamPage)
    post_save.connect(sync_leads_when_person_changes, sender=Person)
