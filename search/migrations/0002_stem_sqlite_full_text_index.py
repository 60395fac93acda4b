"""On SQLite, rebuild Wagtail's full-text table with the Porter stemmer, so that "bins" finds "bin".

Wagtail creates the FTS5 table with the default tokenizer, which matches words exactly;
PostgreSQL stems already (SEARCH_CONFIG "english"). The table's triggers name it, so they keep
working once it is recreated under the same name.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"


def stem_sqlite_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "autocomplete, body, title, tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    schema_editor.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, title, body, autocomplete) "
        "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(stem_sqlite_index, migrations.RunPython.noop)]
