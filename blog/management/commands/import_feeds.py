from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from blog.importer import feed_source_import, feed_sources_import_all
from blog.models import FeedSource


class Command(BaseCommand):
    help = (
        "Import new entries from every registered member blog feed as cross-posts. "
        "With --url, register that feed (named --name) and import it alone. Safe to re-run; "
        "schedule it (cron) to keep the blog current."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", help="Register this feed address and import it.")
        parser.add_argument("--name", help="The publisher's name for a feed registered with --url.")

    def handle(self, *args, url=None, name=None, **options):
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError as error:
                raise CommandError(f"{url!r} is not a web address (http or https).") from error
            source, _ = FeedSource.objects.get_or_create(feed_url=url, defaults={"name": name or url})
            results = [feed_source_import(source)]
        else:
            results = feed_sources_import_all()
        for result in results:
            self._report(result)
        if url and results[0].error:
            raise CommandError(f"{results[0].source.name}: {results[0].error}")

    def _report(self, result):
        name = result.source.name
        if result.error:
            self.stderr.write(f"{name}: failed: {result.error}")
        elif result.not_modified:
            self.stdout.write(f"{name}: unchanged since the last import.")
        else:
            self.stdout.write(f"{name}: {result.created} new, {result.skipped} already imported.")
