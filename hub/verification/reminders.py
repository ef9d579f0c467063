"""Which partners to remind about which listings, once per verification cycle."""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from hub.directory.models import OrganizationPage

from .models import VerificationReminder
from .verify import VERIFIED_TYPES, due_before, link_token


def due_listings():
    """Live listings last verified before the due day and not yet reminded in this cycle,
    grouped by organization: {organization: [listing, ...]}."""
    reminded = set(VerificationReminder.objects.values_list("page_id", "cycle"))
    organizations = {o.path: o for o in OrganizationPage.objects.live()}
    due = defaultdict(list)
    for model in VERIFIED_TYPES:
        for page in model.objects.live().filter(last_verified__lt=due_before()).order_by("title"):
            organization = organizations.get(page.path[: -page.steplen])
            if organization and (page.pk, page.last_verified) not in reminded:
                due[organization].append(page)
    return due


def partner_addresses(organization):
    """The active accounts with rights on the organization's pages."""
    users = get_user_model().objects.filter(
        is_active=True, groups__page_permissions__page=organization
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def send_reminders(base_url):
    """Email each organization's partners about their due listings. Returns (emails sent,
    listings reminded, organizations nobody can be reminded at)."""
    emails = listings = 0
    unreachable = []
    for organization, pages in due_listings().items():
        addresses = partner_addresses(organization)
        if not addresses:
            unreachable.append(organization)  # reminded once someone can receive it
            continue
        with translation.override(settings.LANGUAGE_CODE):
            body = render_to_string(
                "verification/reminder_email.txt",
                {
                    "organization": organization,
                    "listings": [(page, base_url + link(page)) for page in pages],
                    "days": settings.HUB_VERIFY_AFTER_DAYS,
                    "link_days": settings.HUB_VERIFY_LINK_DAYS,
                },
            )
            subject = _("Are your listings still accurate? (%(count)d to check)") % {
                "count": len(pages)
            }
        send_mail(subject, body, None, addresses)
        VerificationReminder.objects.bulk_create(
            VerificationReminder(page=page, cycle=page.last_verified, recipients=len(addresses))
            for page in pages
        )
        emails += 1
        listings += len(pages)
    return emails, listings, unreachable


def link(page):
    return reverse("verify_listing", args=[link_token(page)])
