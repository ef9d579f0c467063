"""Optional two-step sign-in for admin accounts: a time-based code from an authenticator app
(django-otp's TOTP device), asked for after the password once the account has turned it on."""

from base64 import b32encode

import segno
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def new_pending_device(user):
    """A fresh secret for the setup page. It only starts to count once a code from it is
    confirmed; until then any earlier unconfirmed one is thrown away."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def pending_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False).first()


def secret_for_typing(device):
    """The base32 secret in groups of four, for apps where the QR code cannot be scanned."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    return segno.make(device.config_url, error="m").svg_inline(
        scale=4, title=_("QR code for your authenticator app")
    )


def check_code(device, code):
    """(the device, reloaded, or None; an error message). Each wrong code makes the next try
    wait longer (django-otp doubles the wait), so guessing six digits is out of reach."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _info = device.verify_is_allowed()
        if not allowed:
            return None, _("Too many wrong codes. Wait a minute, then try the newest code.")
        if device.verify_token(code):
            return device, None
    return None, _("That code is not right. Check the time on your phone and try the newest code.")
