from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - a local development account, refused outside dev settings


class Command(BaseCommand):
    help = "Create a local superuser admin/admin. Refused unless the settings allow it (dev only)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEV_ADMIN_ALLOWED", False):
            raise CommandError("create_dev_admin only runs with the development settings.")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        base_url = settings.WAGTAILADMIN_BASE_URL
        self.stdout.write(
            self.style.SUCCESS(f"Sign in at {base_url}/admin/ as '{USERNAME}' with password '{PASSWORD}'.")
        )
