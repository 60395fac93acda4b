def content_security_policy(response) -> dict[str, str]:
    directives = (
        part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";")
    )
    return dict(directives)


def test_site_pages_allow_no_inline_script_or_style_and_no_other_hosts(client, home_page):
    policy = content_security_policy(client.get("/"))

    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"


def test_admin_pages_allow_the_inline_scripts_wagtail_writes(client, db):
    policy = content_security_policy(client.get("/admin/login/"))

    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"


def test_every_page_sends_nosniff_referrer_policy_and_frame_options(client, home_page):
    for path in ["/", "/healthz", "/no-such-page/", "/admin/login/"]:
        response = client.get(path)
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert response.headers["X-Frame-Options"] == "DENY", path
