"""Help beyond the hub: the region's 211 (food, housing, health care and every other need),
offered beside the hub's own contact and wherever few programs fit a family's question."""

import re

from django.conf import settings


def two_one_one():
    """The region's 211 as configured (HUB_211_*), or None when it is turned off."""
    if not settings.HUB_211_PHONE:
        return None
    text_digits = re.sub(r"[^\d+]", "", settings.HUB_211_TEXT)
    return {
        "phone": settings.HUB_211_PHONE,
        "text": settings.HUB_211_TEXT,
        "sms": f"sms:{text_digits}" if text_digits else "",
        "site": settings.HUB_211_SITE,
    }
