import pytest
from django.db import connection


def test_healthz_answers_ok_when_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


@pytest.fixture
def unreachable_database(transactional_db):
    """Point the default connection at a database that does not exist, then put it back."""
    original_name = connection.settings_dict["NAME"]
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/practice-commons.sqlite3"
    else:
        connection.settings_dict["NAME"] = "practice_commons_database_that_does_not_exist"
    yield
    connection.close()
    connection.settings_dict["NAME"] = original_name


def test_healthz_answers_503_when_database_does_not(client, unreachable_database):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_healthz_refuses_writes(client, db):
    assert client.post("/healthz").status_code == 405
