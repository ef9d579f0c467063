"""'Report a problem': no account, nothing about the family kept, spam-resistant; the owning
partner and staff see the reports, resolve or dismiss them, and the history stays. And the
partner's admin home, where their listings, reports and figures meet."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from partners_fixtures import assert_not_found
from wagtail.models import Page

from hub.counters.models import Appearance
from hub.problems.models import ProblemReport
from hub.problems.views import REPORTS_PER_HOUR

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()  # the per-client counters live in the cache


def report_url(page, language="es"):
    return f"/{language}/report/{page.pk}/"


def test_a_family_reports_a_problem_and_nothing_about_them_is_kept(client, world):
    page = client.get(world.alpha_club.url).content.decode()
    assert f'href="/en/report/{world.alpha_club.pk}/"' in page
    response = client.post(
        report_url(world.alpha_club),
        {"kind": "wrong_hours", "details": "Ahora es los jueves <script>x</script>"},
        REMOTE_ADDR="203.0.113.77",
        HTTP_USER_AGENT="DistinctiveBrowser/9.9",
    )
    assert response.status_code == 200
    assert "Gracias" in response.content.decode()
    report = ProblemReport.objects.get()
    assert (report.kind, report.language, report.status) == ("wrong_hours", "es", "open")
    # Nothing identifying anywhere in the row: no address, no browser, no time finer than a day.
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM problems_problemreport")
        row = " ".join(str(value) for value in cursor.fetchone())
    assert "203.0.113" not in row and "Distinctive" not in row


def test_other_needs_words_and_bad_input_is_a_clear_400(client, world):
    response = client.post(report_url(world.alpha_club, "en"), {"kind": "other", "details": ""})
    assert response.status_code == 400
    assert "Please say what is wrong." in response.content.decode()
    assert client.post(report_url(world.alpha_club, "en"), {"kind": "nonsense"}).status_code == 400
    assert not ProblemReport.objects.exists()


def test_only_live_public_listings_take_reports(client, world):
    assert client.get(report_url(world.alpha_draft, "en")).status_code == 404
    assert client.get(report_url(world.alpha, "en")).status_code == 404  # an organization


def test_bots_are_thanked_and_ignored(client, world):
    response = client.post(
        report_url(world.alpha_club, "en"),
        {"kind": "ended", "website": "http://spam.example"},
    )
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not ProblemReport.objects.exists()


def test_one_client_is_limited_and_others_are_not(client, world):
    url, answers = report_url(world.alpha_club, "en"), {"kind": "ended"}
    for _ in range(REPORTS_PER_HOUR):
        assert client.post(url, answers, REMOTE_ADDR="198.51.100.1").status_code == 200
    limited = client.post(url, answers, REMOTE_ADDR="198.51.100.1")
    assert limited.status_code == 429 and "try again in an hour" in limited.content.decode()
    assert client.post(url, answers, REMOTE_ADDR="198.51.100.2").status_code == 200
    assert ProblemReport.objects.count() == REPORTS_PER_HOUR + 1


def test_partners_see_and_handle_only_their_own_reports(client, world):
    alpha_report = ProblemReport.objects.create(page=world.alpha_club, kind="ended", language="en")
    beta_report = ProblemReport.objects.create(
        page=world.beta_camp, kind="wrong_phone", language="en", details="Beta detail"
    )
    client.force_login(world.partner_a)
    listing = client.get("/admin/problems/")
    assert list(listing.context["reports"]) == [alpha_report]
    assert "Beta detail" not in listing.content.decode()
    # Another organization's report cannot be touched, even by its id.
    refused = client.post(
        "/admin/problems/", {"report": beta_report.pk, "action": "dismissed"}, follow=True
    )
    assert_not_found(refused)
    client.post(
        "/admin/problems/",
        {"report": alpha_report.pk, "action": "resolved", "note": "Dates updated"},
    )
    alpha_report.refresh_from_db()
    beta_report.refresh_from_db()
    assert (alpha_report.status, alpha_report.handled_by, alpha_report.handled_note) == (
        "resolved",
        world.partner_a,
        "Dates updated",
    )
    assert beta_report.status == "open"
    # The history stays: resolved reports are listed, not deleted.
    resolved = client.get("/admin/problems/", {"status": "resolved"}).context["reports"]
    assert list(resolved) == [alpha_report]

    client.force_login(world.staff)
    assert set(client.get("/admin/problems/").context["reports"]) == {beta_report}
    assert set(client.get("/admin/problems/", {"status": ""}).context["reports"]) == {
        alpha_report,
        beta_report,
    }


def test_a_partners_admin_home_lists_their_listings_and_what_they_need(client, world):
    Page.objects.get(pk=world.alpha_club.pk).specific.save_revision().publish()  # all live
    ProblemReport.objects.create(page=world.alpha_club, kind="ended", language="en")
    ProblemReport.objects.create(page=world.beta_camp, kind="ended", language="en")
    client.force_login(world.partner_a)
    home = client.get("/admin/")
    html = home.content.decode()
    assert "Listings of Alpha Robotics" in html
    rows = {
        row["page"].title: row for row in home.context["panels"][0].get_context_data({})["rows"]
    }
    assert set(rows) == {"Alpha Robot Club", "Alpha Draft Workshop"}
    assert (rows["Alpha Robot Club"]["status"], rows["Alpha Robot Club"]["open_reports"]) == (
        "live",
        1,
    )
    assert rows["Alpha Draft Workshop"]["status"] == "draft"
    assert "Español" in rows["Alpha Robot Club"]["untranslated"]
    assert "Beta Code Camp" not in html

    # "Still accurate" right from the dashboard, and back to it.
    response = client.post(f"/admin/verify/{world.alpha_club.pk}/", {"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    elsewhere = client.post(
        f"/admin/verify/{world.alpha_club.pk}/", {"next": "https://evil.example/"}
    )
    assert elsewhere["Location"] == f"/admin/pages/{world.alpha_club.pk}/edit/"


def test_a_partner_sees_how_often_only_their_own_listings_were_shown(client, world):
    today = timezone.localdate()
    Appearance.objects.create(page=world.alpha_club, day=today, count=7)
    Appearance.objects.create(
        page=world.alpha_club, day=today - datetime.timedelta(days=29), count=5
    )
    Appearance.objects.create(
        page=world.alpha_club, day=today - datetime.timedelta(days=30), count=100
    )
    Appearance.objects.create(page=world.beta_camp, day=today, count=4321)

    client.force_login(world.partner_a)
    home = client.get("/admin/")
    rows = {
        row["page"].title: row for row in home.context["panels"][0].get_context_data({})["rows"]
    }
    assert rows["Alpha Robot Club"]["shown"] == 12  # the last 30 days, today included
    assert rows["Alpha Draft Workshop"]["shown"] == 0
    html = home.content.decode()
    assert "Shown to families, last 30 days" in html
    assert f'data-listing="{world.alpha_club.pk}"' in html and "4321" not in html

    client.force_login(world.partner_b)
    assert "4321" in client.get("/admin/").content.decode()


def test_staff_admin_home_has_no_partner_panel(client, world):
    client.force_login(world.staff)
    assert "Listings of" not in client.get("/admin/").content.decode()
