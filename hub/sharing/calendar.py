"""A program's sessions and application deadlines as an iCalendar (.ics) file a family's phone
adds to its calendar. Dates only: sessions give days and times as text, not clock times."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def _all_day(event, first, last=None):
    event.add("dtstart", first)
    event.add("dtend", (last or first) + datetime.timedelta(days=1))  # DTEND is exclusive


def program_calendar(page, address, host):
    calendar = Calendar()
    calendar.add("prodid", "-//STEM Opportunity Hub//hub//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", page.title)
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
            deadline = Event()
            deadline.add("uid", f"deadline-{session.pk}@{host}")
            deadline.add("dtstamp", now)
            deadline.add("summary", _("Last day to apply: %(title)s") % {"title": page.title})
            _all_day(deadline, session.application_deadline)
            deadline.add("description", address)
            deadline.add("url", address)
            calendar.add_component(deadline)
    return calendar.to_ical()
