"""How django-axes sees a login attempt, and what a locked-out person is shown."""

from django.conf import settings
from django.shortcuts import render


def no_ip_address(request):
    """Axes records the client's IP address with every failed login; the hub keeps none.
    Locking is by account (AXES_LOCKOUT_PARAMETERS), so the address is not needed."""
    return None


def locked_out(request, original_response=None, credentials=None):
    """The sign-in page's "too many attempts" version: a 429 with a translated explanation
    and the way out (a password reset), instead of axes' bare text."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
