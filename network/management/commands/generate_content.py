import time

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from network.search_indexing import search_index_updates_suspended
from network.services import home_page_get_or_create


class Command(BaseCommand):
    help = (
        "Generate N items of made-up content for benchmarks, shared among the apps that "
        "give their AppConfig a generate_content(home_page, count) method, then rebuild the "
        "search index once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, required=True, help="How many items in all.")

    def handle(self, *args, items, **options):
        if items < 1:
            raise CommandError("--items must be at least 1.")
        generators = [
            app_config.generate_content
            for app_config in apps.get_app_configs()
            if hasattr(app_config, "generate_content")
        ]
        if not generators:
            raise CommandError("No installed app generates content.")
        started = time.perf_counter()
        # Indexing each page for search as it is saved costs about as much as saving it;
        # indexing them all at the end, a thousand at a time, costs a fraction of that.
        with search_index_updates_suspended(), transaction.atomic():
            home = home_page_get_or_create()
            share, remainder = divmod(items, len(generators))
            for position, generate in enumerate(generators):
                generate(home, share + (1 if position < remainder else 0))
        generated = time.perf_counter()
        call_command("update_index", verbosity=0)  # every configured backend
        with connection.cursor() as cursor:
            # Tell the query planner how big the tables have grown; with the sizes from before
            # the bulk load, PostgreSQL plans searches as if the site were empty (seconds each).
            cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {items} item(s) in {generated - started:.1f}s, "
                f"then indexed them in {time.perf_counter() - generated:.1f}s."
            )
        )
