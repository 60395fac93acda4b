"""Two requests that write at once both succeed: no "database is locked" on SQLite."""

import threading

from django.contrib.auth import get_user_model
from django.db import connection, transaction

WRITERS = 8


def read_then_write(name: str, start: threading.Barrier, errors: list) -> None:
    try:
        start.wait()
        # Read first, then write, holding the transaction open: the pattern that makes a
        # deferred SQLite transaction fail when another connection writes meanwhile.
        with transaction.atomic():
            existing = get_user_model().objects.count()
            threading.Event().wait(0.05)
            get_user_model().objects.create(username=f"{name}-after-{existing}")
    except Exception as error:
        errors.append(error)
    finally:
        connection.close()


def test_concurrent_writers_all_succeed(transactional_db):
    start = threading.Barrier(WRITERS)
    errors: list = []
    threads = [
        threading.Thread(target=read_then_write, args=(f"writer{number}", start, errors))
        for number in range(WRITERS)
    ]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert get_user_model().objects.filter(username__startswith="writer").count() == WRITERS


def test_sqlite_runs_in_wal_mode(db):
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
