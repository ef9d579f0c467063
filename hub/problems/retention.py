"""How long the words of a problem report are kept. A family's words (and the note of whoever
handled the report, which may quote them) can hold a phone number or a child's name; they are
needed to fix the listing, not after. So they are erased:

- HUB_PROBLEM_DETAILS_KEEP_DAYS after the report was resolved or dismissed (time to come back
  to it if the fix did not hold);
- HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED after it was sent, if nobody ever handled it: a
  report nobody read in that long will not be, and its words must not wait for ever.

What names no one stays: which listing, the kind of problem, the dates, the outcome and who
handled it, so the history and the counts of reports do not change."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import ProblemReport


def erase_old_details():
    """Erase what is due; returns (handled reports erased, unhandled reports erased)."""
    now = timezone.now()
    today = timezone.localdate()
    handled_before = now - datetime.timedelta(days=settings.HUB_PROBLEM_DETAILS_KEEP_DAYS)
    sent_before = today - datetime.timedelta(days=settings.HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED)
    with_words = ProblemReport.objects.exclude(details="", handled_note="")
    erased = {"details": "", "handled_note": "", "details_erased_on": today}
    handled = with_words.exclude(status=ProblemReport.Status.OPEN).filter(
        # A handled report always has its time; a row without one counts from the day it came.
        Q(handled_at__lt=handled_before)
        | Q(handled_at__isnull=True, created_on__lt=handled_before.date())
    )
    unhandled = with_words.filter(status=ProblemReport.Status.OPEN, created_on__lt=sent_before)
    return handled.update(**erased), unhandled.update(**erased)
