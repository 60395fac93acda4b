from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from network.services import home_page_get_or_create


class Command(BaseCommand):
    help = (
        "Load the demo network: the home page, then each app's demo content. Idempotent: "
        "a second run changes nothing. An app takes part by giving its AppConfig a "
        "load_demo_content(home_page) method."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        home = home_page_get_or_create()
        created = 0
        for app_config in apps.get_app_configs():
            loader = getattr(app_config, "load_demo_content", None)
            if loader is not None:
                created += loader(home)
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} new item(s)."))
