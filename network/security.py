"""The Content-Security-Policy header: strict for the site, relaxed where the Wagtail admin needs it.

django-csp can only vary its policy with decorators on views, and the admin's views are not ours,
so this small middleware picks the policy by URL prefix instead.
"""

from django.conf import settings


def content_security_policy(path: str) -> str:
    """Return the Content-Security-Policy header value for a request path."""
    directives = dict(settings.CONTENT_SECURITY_POLICY)
    if path.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX):
        directives.update(settings.CONTENT_SECURITY_POLICY_ADMIN_OVERRIDES)
    return "; ".join(f"{name} {sources}" for name, sources in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", content_security_policy(request.path))
        return response
