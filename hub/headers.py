"""Content-Security-Policy and Permissions-Policy on every response (the other security headers
come from Django's SecurityMiddleware, configured in settings).

A middleware of our own rather than django-csp: the policy is one constant per area (public
site, Wagtail admin, previews), no public page has an inline script to give a nonce to, and
Wagtail's admin could not use one (see HUB_CONTENT_SECURITY_POLICY_ADMIN); what is left is a few
lines.

The policies are in settings (HUB_CONTENT_SECURITY_POLICY, ..._ADMIN) as directive -> sources,
so an environment can add e.g. a report-to endpoint without touching code."""

from django.conf import settings

CSP = "Content-Security-Policy"
PERMISSIONS = "Permissions-Policy"


def compile_policy(directives):
    """{'script-src': ["'self'"], 'upgrade-insecure-requests': []} -> the header's text."""
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def compile_permissions(features):
    """{'camera': [], 'fullscreen': ['self']} -> 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{name}=({' '.join(allowed)})" for name, allowed in features.items())


def policy_for(request):
    if getattr(request, "is_preview", False):
        # Wagtail runs a preview through the middleware again, with the page's own path, and
        # shows it in a same-origin iframe of the admin.
        return settings.HUB_CONTENT_SECURITY_POLICY_PREVIEW
    if request.path_info.startswith(settings.HUB_ADMIN_PATH_PREFIX):
        return settings.HUB_CONTENT_SECURITY_POLICY_ADMIN
    return settings.HUB_CONTENT_SECURITY_POLICY


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(
            PERMISSIONS, compile_permissions(settings.HUB_PERMISSIONS_POLICY)
        )
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # Django's technical error pages are styled and scripted inline
        # A view that knows better (none today) may set its own.
        response.headers.setdefault(CSP, compile_policy(policy_for(request)))
        return response
