from django.test import Client, override_settings


def test_unknown_page_gets_friendly_404(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "search the site" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_gets_friendly_500(home_page, monkeypatch):
    """An unexpected error shows the site's own 500 page, with no stack trace."""

    def broken_serve(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("network.models.HomePage.serve", broken_serve)
    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
    assert "RuntimeError" not in response.content.decode()
