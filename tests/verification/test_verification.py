"""Partners keep listings true: "still accurate" in one click (admin or a signed link in a
reminder, without logging in), reminders once per cycle, and stale listings flagged."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone, translation
from partners_fixtures import assert_refused
from wagtail.models import Page

from hub.verification.models import VerificationReminder
from hub.verification.verify import link_token
from search import indexing
from search.models import OpportunityDocument

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
LONG_AGO = TODAY - datetime.timedelta(days=400)


def aged(page, last_verified=LONG_AGO):
    """The live listing, published with an old verification date and indexed."""
    page = Page.objects.get(pk=page.pk).specific
    page.last_verified = last_verified
    page.save_revision().publish()
    indexing.refresh([page])
    return Page.objects.get(pk=page.pk).specific


def verified_on(page):
    page = Page.objects.get(pk=page.pk).specific
    draft = page.get_latest_revision_as_object()
    document = OpportunityDocument.objects.get(page=page).data
    return page.last_verified, draft.last_verified, document["last_verified"]


def test_a_signed_link_asks_then_confirms_without_logging_in(client, world):
    club = aged(world.alpha_club)
    url = f"/verify/{link_token(club)}/"
    page = client.get(url)
    assert page.status_code == 200 and "Alpha Robot Club" in page.content.decode()
    assert verified_on(club)[0] == LONG_AGO  # opening the link changes nothing
    done = client.post(url)
    assert done.status_code == 200 and "Thank you" in done.content.decode()
    assert verified_on(club) == (TODAY, TODAY, TODAY.isoformat())


def test_a_draft_in_progress_keeps_the_new_date_when_published(client, world):
    club = aged(world.alpha_club)
    club.summary = "A new summary, not yet published."
    club.save_revision()
    client.post(f"/verify/{link_token(club)}/")
    draft = Page.objects.get(pk=club.pk).specific.get_latest_revision_as_object()
    assert (draft.summary, draft.last_verified) == ("A new summary, not yet published.", TODAY)
    assert Page.objects.get(pk=club.pk).specific.summary != draft.summary  # still a draft


def test_an_expired_or_altered_link_changes_nothing(client, world, monkeypatch):
    club = aged(world.alpha_club)
    token = link_token(club)
    tampered = client.post(f"/verify/{token[:-2]}xx/")
    assert tampered.status_code == 400 and "not valid" in tampered.content.decode()
    other = signing.TimestampSigner(salt="something else").sign_object({"page": club.pk})
    assert client.post(f"/verify/{other}/").status_code == 400
    later = timezone.now().timestamp() + 31 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: later)
    expired = client.post(f"/verify/{token}/")
    assert expired.status_code == 410 and "expired" in expired.content.decode()
    assert verified_on(club)[0] == LONG_AGO


def test_one_click_in_the_admin_for_the_owner_only(client, world):
    club = aged(world.alpha_club)
    client.force_login(world.partner_b)
    assert_refused(client.post(f"/admin/verify/{club.pk}/", follow=True))
    assert verified_on(club)[0] == LONG_AGO
    client.force_login(world.partner_a)
    response = client.post(f"/admin/verify/{club.pk}/")
    assert response.status_code == 302
    assert verified_on(club)[0] == TODAY


def test_reminders_go_to_the_owner_once_per_cycle(client, world):
    club = aged(world.alpha_club)
    aged(world.beta_camp, TODAY - datetime.timedelta(days=10))  # recently checked: not due
    call_command("send_verification_reminders")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["a@alpha.example"]
    assert "Alpha Robot Club" in message.body and "Beta Code Camp" not in message.body
    link = re.search(r"http://\S+/verify/(\S+)/", message.body).group(1)

    call_command("send_verification_reminders")
    assert len(mail.outbox) == 1  # once per cycle

    client.post(f"/verify/{link}/")  # confirmed from the email: a new cycle begins
    # ... and months later (as if today were far ahead) it is due again.
    aged(club, TODAY - datetime.timedelta(days=300))
    call_command("send_verification_reminders")
    assert len(mail.outbox) == 2
    assert VerificationReminder.objects.filter(page=club).count() == 2


def test_stale_listings_are_flagged_to_families(client, world):
    fresh = aged(world.alpha_club, TODAY - datetime.timedelta(days=100))
    assert "may be out of date" not in client.get(fresh.url).content.decode()
    stale = aged(world.alpha_club, TODAY - datetime.timedelta(days=400))
    html = client.get(stale.url).content.decode()
    assert "may be out of date" in html


@pytest.mark.parametrize(
    "language, days, phrases",
    [
        ("en", 1, ["more than 1 day ago", "The links work for 1 day."]),
        ("en", 30, ["more than 30 days ago", "The links work for 30 days."]),
        ("ru", 1, ["более 1 дня назад", "Ссылки действуют 1 день."]),
        ("ru", 3, ["более 3 дней назад", "Ссылки действуют 3 дня."]),
        ("ru", 181, ["более 181 дня назад", "Ссылки действуют 181 день."]),
        ("ru", 182, ["более 182 дней назад", "Ссылки действуют 182 дня."]),
        ("uk", 22, ["понад 22 дні тому", "Посилання діють 22 дні."]),
    ],
)
def test_the_reminder_counts_days_as_each_language_does(language, days, phrases):
    with translation.override(language):
        body = render_to_string(
            "verification/reminder_email.txt",
            {"organization": "Alpha", "listings": [], "days": days, "link_days": days},
        )
    for phrase in phrases:
        assert phrase in body
