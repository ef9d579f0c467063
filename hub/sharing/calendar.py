"""A program's sessions and application deadlines as an iCalendar (.ics) file a family's phone
adds to its calendar, in the language of the address it came from.

A session with weekly days and clock times (ProgramSession.weekdays, start_time, end_time)
repeats every week on those days, at those times in the region's time zone, until its last day.
A session given only in words ("Every other Wednesday") stays a span of whole days, and says
so: the hub never guesses times. Each deadline reminds the family a week and a day before."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from hub.directory.weekdays import split


def _reminders(title):
    return [
        (datetime.timedelta(days=7), _("One week left to apply: %(title)s") % {"title": title}),
        (
            datetime.timedelta(days=1),
            _("Tomorrow is the last day to apply: %(title)s") % {"title": title},
        ),
    ]


def _all_day(event, first, last=None):
    event.add("dtstart", first)
    event.add("dtend", (last or first) + datetime.timedelta(days=1))  # DTEND is exclusive


def _weekly(event, session, zone):
    """Every week on the session's days, from its first meeting until its last day."""
    first = session.first_meeting()
    event.add("dtstart", datetime.datetime.combine(first, session.start_time, zone))
    event.add("dtend", datetime.datetime.combine(first, session.end_time, zone))
    rule = {"freq": "weekly", "byday": split(session.weekdays)}
    if session.end_date:
        # With a zoned start, RFC 5545 wants UNTIL in UTC: the end of the last meeting.
        last = datetime.datetime.combine(session.end_date, session.end_time, zone)
        rule["until"] = last.astimezone(datetime.UTC)
    event.add("rrule", rule)


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//STEM Opportunity Hub//hub//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def _finish(calendar):
    """The time zone's rules (VTIMEZONE) for the years these events fall in, then the file."""
    today = timezone.localdate()
    calendar.add_missing_timezones(
        first_date=today - datetime.timedelta(days=366),
        last_date=today + datetime.timedelta(days=5 * 366),
    )
    return calendar.to_ical()


def _deadline(page, session, address, host, now):
    event = Event()
    event.add("uid", f"deadline-{session.pk}@{host}")
    event.add("dtstamp", now)
    event.add("summary", _("Last day to apply: %(title)s") % {"title": page.title})
    _all_day(event, session.application_deadline)
    event.add("description", "\n".join([_("Read how to apply:"), address]))
    event.add("url", address)
    for before, text in _reminders(page.title):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -before)
        alarm.add("description", text)
        event.add_component(alarm)
    return event


def _session(page, session, address, host, now, zone):
    event = Event()
    event.add("uid", f"session-{session.pk}@{host}")
    event.add("dtstamp", now)
    event.add("summary", page.title)
    lines = [session.days_and_times]
    if session.start_time and session.end_time and session.first_meeting():
        _weekly(event, session, zone)
    else:
        _all_day(event, session.start_date, session.end_date)
        lines.append(
            _("This shows the whole dates. Ask the program which days and times it meets.")
        )
    event.add("description", "\n".join(filter(None, [*lines, address])))
    event.add("url", address)
    if session.location:
        event.add("location", f"{session.location.name}, {session.location.city}")
    return event


def program_calendar(page, address, host):
    """Every upcoming session of a program, and its application deadlines."""
    calendar = _calendar(page.title)
    now = timezone.now()
    today = timezone.localdate()
    zone = ZoneInfo(settings.TIME_ZONE)
    for session in page.upcoming_sessions():
        calendar.add_component(_session(page, session, address, host, now, zone))
        if session.application_deadline and session.application_deadline >= today:
            calendar.add_component(_deadline(page, session, address, host, now))
    return _finish(calendar)


def deadlines_calendar(name, programs, address_of, host):
    """The upcoming application deadlines of `programs` (a feed a phone subscribes to)."""
    calendar = _calendar(name)
    now = timezone.now()
    today = timezone.localdate()
    for page in programs:
        for session in page.sessions.all():
            if session.application_deadline and session.application_deadline >= today:
                calendar.add_component(_deadline(page, session, address_of(page), host, now))
    return _finish(calendar)
