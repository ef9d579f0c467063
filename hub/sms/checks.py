"""A text line turned on but unable to check its requests is a deployment mistake: said by
`manage.py check` (and at every start), not found by a family whose texts go unanswered."""

from django.conf import settings
from django.core.checks import Error, register

from .gateways import GATEWAYS


@register
def text_line_configured(app_configs, **kwargs):
    name = settings.HUB_SMS_GATEWAY
    if not name:
        return []
    if name not in GATEWAYS:
        return [
            Error(
                f"HUB_SMS_GATEWAY={name!r} is not a gateway the hub knows.",
                hint=f"Use one of: {', '.join(sorted(GATEWAYS))}, or leave it empty (off).",
                id="sms.E001",
            )
        ]
    if name == "twilio" and not settings.HUB_SMS_TWILIO_AUTH_TOKEN:
        return [
            Error(
                "HUB_SMS_GATEWAY is twilio but HUB_SMS_TWILIO_AUTH_TOKEN is empty: no request "
                "could be verified, so every text would be refused.",
                id="sms.E002",
            )
        ]
    return []
