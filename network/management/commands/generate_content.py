from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from network.services import home_page_get_or_create


class Command(BaseCommand):
    help = (
        "Generate N items of made-up content for benchmarks, shared among the apps that "
        "give their AppConfig a generate_content(home_page, count) method."
    )

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, required=True, help="How many items in all.")

    def handle(self, *args, items, **options):
        if items < 1:
            raise CommandError("--items must be at least 1.")
        home = home_page_get_or_create()
        generators = [
            app_config.generate_content
            for app_config in apps.get_app_configs()
            if hasattr(app_config, "generate_content")
        ]
        if not generators:
            raise CommandError("No installed app generates content.")
        share, remainder = divmod(items, len(generators))
        for position, generate in enumerate(generators):
            generate(home, share + (1 if position < remainder else 0))
        self.stdout.write(self.style.SUCCESS(f"Generated {items} item(s)."))
