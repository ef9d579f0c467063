"""A program's sessions and application deadlines as an iCalendar (.ics) file a family's phone
adds to its calendar. Dates only: sessions give days and times as text, not clock times."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def _all_day(event, first, last=None):
    event.add("dtstart", first)
    event.add("dtend", (last or first) + datetime.timedelta(days=1))  # DTEND is exclusive


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//STEM Opportunity Hub//hub//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def _deadline(page, session, address, host, now):
    event = Event()
    event.add("uid", f"deadline-{session.pk}@{host}")
    event.add("dtstamp", now)
    event.add("summary", _("Last day to apply: %(title)s") % {"title": page.title})
    _all_day(event, session.application_deadline)
    event.add("description", address)
    event.add("url", address)
    return event


def program_calendar(page, address, host):
    """Every upcoming session of a program, and its application deadlines."""
    calendar = _calendar(page.title)
    now = timezone.now()
    today = timezone.localdate()
    for session in page.upcoming_sessions():
        event = Event()
        event.add("uid", f"session-{session.pk}@{host}")
        event.add("dtstamp", now)
        event.add("summary", page.title)
        _all_day(event, session.start_date, session.end_date)
        event.add("description", "\n".join(filter(None, [session.days_and_times, address])))
        event.add("url", address)
        if session.location:
            event.add("location", f"{session.location.name}, {session.location.city}")
        calendar.add_component(event)
        if session.application_deadline and session.application_deadline >= today:
            calendar.add_component(_deadline(page, session, address, host, now))
    return calendar.to_ical()


def deadlines_calendar(name, programs, address_of, host):
    """The upcoming application deadlines of `programs` (a feed a phone subscribes to)."""
    calendar = _calendar(name)
    now = timezone.now()
    today = timezone.localdate()
    for page in programs:
        for session in page.sessions.all():
            if session.application_deadline and session.application_deadline >= today:
                calendar.add_component(_deadline(page, session, address_of(page), host, now))
    return calendar.to_ical()
