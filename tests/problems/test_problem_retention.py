"""What a family writes in 'Report a problem' can hold a phone number or a child's name. The
attack: it was kept forever. Now the words are erased 90 days (a setting) after the report is
resolved or dismissed, and one year (a setting) after it was sent if nobody ever handled it; the
facts that name no one (which listing, the kind of problem, the dates, the outcome) stay, so
the history and the partner's figures do not change. `manage.py erase_old_problem_details`
runs daily from cron."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from hub.problems.models import ProblemReport

pytestmark = pytest.mark.django_db
PHONE = "call me at 916-555-0199, my son is Mateo"
NOTE = "Rang the reporter back on 916-555-0199"


def report(page, *, status="open", reported_days_ago=0, handled_days_ago=None):
    now = timezone.now()
    row = ProblemReport.objects.create(page=page, kind="other", language="es", details=PHONE)
    handled = {}
    if handled_days_ago is not None:
        handled = {
            "handled_at": now - datetime.timedelta(days=handled_days_ago),
            "handled_note": NOTE,
        }
    # created_on is set to today on create; a report from the past is written as it would be.
    ProblemReport.objects.filter(pk=row.pk).update(
        status=status,
        created_on=timezone.localdate() - datetime.timedelta(days=reported_days_ago),
        **handled,
    )
    return row.pk


def erase():
    out = StringIO()
    call_command("erase_old_problem_details", stdout=out)
    return out.getvalue()


def test_a_phone_number_in_a_report_is_erased_90_days_after_it_was_handled(world):
    resolved_long_ago = report(
        world.alpha_club, status="resolved", reported_days_ago=120, handled_days_ago=91
    )
    dismissed_long_ago = report(
        world.beta_camp, status="dismissed", reported_days_ago=100, handled_days_ago=95
    )
    resolved_lately = report(
        world.alpha_club, status="resolved", reported_days_ago=120, handled_days_ago=89
    )
    open_lately = report(world.alpha_club, reported_days_ago=200)

    assert "2" in erase()

    for pk in (resolved_long_ago, dismissed_long_ago):
        erased = ProblemReport.objects.get(pk=pk)
        assert (erased.details, erased.handled_note) == ("", "")
        assert erased.details_erased_on == timezone.localdate()
        # What names no one stays: the listing, the kind, the dates, the outcome.
        assert erased.kind == "other" and erased.status in ("resolved", "dismissed")
        assert erased.created_on and erased.handled_at and erased.page_id
    for pk in (resolved_lately, open_lately):
        kept = ProblemReport.objects.get(pk=pk)
        assert kept.details == PHONE and kept.details_erased_on is None


def test_a_report_nobody_handled_loses_its_words_after_a_year(world):
    forgotten = report(world.alpha_club, reported_days_ago=366)
    recent = report(world.alpha_club, reported_days_ago=364)
    erase()
    forgotten = ProblemReport.objects.get(pk=forgotten)
    assert forgotten.details == "" and forgotten.status == "open"
    assert ProblemReport.objects.get(pk=recent).details == PHONE


def test_the_periods_are_settings(world, settings):
    settings.HUB_PROBLEM_DETAILS_KEEP_DAYS = 30
    settings.HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED = 60
    handled = report(world.alpha_club, status="resolved", reported_days_ago=40, handled_days_ago=31)
    unhandled = report(world.alpha_club, reported_days_ago=61)
    erase()
    assert ProblemReport.objects.get(pk=handled).details == ""
    assert ProblemReport.objects.get(pk=unhandled).details == ""


def test_the_daily_command_says_what_it_erased_and_a_second_run_erases_nothing(world):
    report(world.alpha_club, status="resolved", reported_days_ago=200, handled_days_ago=100)
    report(world.alpha_club, reported_days_ago=400)
    report(world.alpha_club, reported_days_ago=3)
    first = erase()
    assert first.strip() == (
        "Erased the words of 1 report handled more than 90 days ago "
        "and 1 report open for more than 365 days."
    )
    assert erase().strip() == (
        "Erased the words of 0 reports handled more than 90 days ago "
        "and 0 reports open for more than 365 days."
    )
    assert ProblemReport.objects.exclude(details="").count() == 1


def test_staff_see_that_the_words_were_erased_not_an_empty_report(client, world):
    report(world.alpha_club, status="resolved", reported_days_ago=200, handled_days_ago=100)
    erase()
    client.force_login(world.staff)
    html = client.get("/admin/problems/?status=resolved").content.decode()
    assert PHONE not in html and NOTE not in html
    assert "The words of this report were erased on" in html
