"""Keeping `last_verified` true: a partner confirms a listing is still accurate (in the admin,
or from a signed link in a reminder email, without logging in)."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from hub.directory.models import ProgramPage, SupportServicePage

from .signals import listing_verified

VERIFIED_TYPES = (ProgramPage, SupportServicePage)
SALT = "hub.verification.link"


def due_before():
    """Listings last verified before this day are due for a check."""
    return timezone.localdate() - timedelta(days=settings.HUB_VERIFY_AFTER_DAYS)


def link_token(page):
    return signing.TimestampSigner(salt=SALT).sign_object({"page": page.pk})


def page_for_token(token):
    """The listing a link names. Raises signing.SignatureExpired for a link older than
    HUB_VERIFY_LINK_DAYS, and signing.BadSignature for one that was altered or whose listing
    is gone."""
    max_age = timedelta(days=settings.HUB_VERIFY_LINK_DAYS)
    data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age)
    for model in VERIFIED_TYPES:
        page = model.objects.filter(pk=data.get("page")).first()
        if page:
            return page
    raise signing.BadSignature("no such listing")


@transaction.atomic
def confirm_still_accurate(page):
    """Today becomes the listing's last verified date: on the live page, on the revision it
    was published from and on the latest draft (so publishing the draft keeps the date), and
    in what listens to `listing_verified` (the matcher's documents). Nothing else about the
    listing changes, so no review."""
    today = timezone.localdate()
    type(page).objects.filter(pk=page.pk).update(last_verified=today)
    revisions = {r.pk: r for r in (page.live_revision, page.latest_revision) if r is not None}
    for revision in revisions.values():
        revision.content["last_verified"] = today.isoformat()
        revision.save(update_fields=["content"])
    page.last_verified = today
    listing_verified.send(type(page), instance=page)
    return today
