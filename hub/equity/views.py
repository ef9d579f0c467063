"""The privacy page (what the anonymous counters keep) and the equity figures."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def privacy(request):
    return render(
        request,
        "privacy.html",
        {
            "threshold": settings.HUB_EQUITY_SUPPRESS_BELOW,
            "contact_email": settings.HUB_CONTACT_EMAIL,
            "contact_phone": settings.HUB_CONTACT_PHONE,
        },
    )
